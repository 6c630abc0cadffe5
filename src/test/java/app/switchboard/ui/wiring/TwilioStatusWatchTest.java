package app.switchboard.ui.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.AppPaths;
import app.switchboard.accounts.secrets.SecretStorage;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.sandbox.fault.FaultKind;
import app.switchboard.sandbox.world.StatusPage;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioStatusPage;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.common.DirectTaskRunner;
import app.switchboard.ui.common.RecordingDialogService;
import app.switchboard.ui.shell.ShellViewModel;
import app.switchboard.ui.shell.TwilioStatus;
import app.switchboard.ui.shell.TwilioStatusReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's Twilio status, from a sandbox's status page through the status feed to the shell's words. */
class TwilioStatusWatchTest {
    @TempDir
    Path home;

    private final Sandbox sandbox = Sandbox.start(SandboxOptions.forTests());
    private final TwilioClient client = TwilioClient.create();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final LiveStatus live = new LiveStatus(() -> null);
    private final TwilioStatusWatch watch = new TwilioStatusWatch(tasks, live::twilioStatus);

    @AfterEach
    void close() {
        client.close();
        sandbox.close();
    }

    /** As in the demo: the sandbox's base URL is the status page's. */
    private TwilioStatusPage sandboxPage() {
        return new TwilioStatusPage(client.http(), sandbox.baseUrl());
    }

    private TwilioStatusReport shown() {
        return live.snapshot().twilioStatus();
    }

    @Test
    void theSandboxPagesStatusReachesTheStatusFeedAtOnceAndOnEachTick() {
        assertEquals(TwilioStatusReport.NOT_CHECKED, shown());
        List<RequestRecord> records = new CopyOnWriteArrayList<>();
        client.addListener(records::add);

        watch.watch(sandboxPage(), true);

        TwilioStatusReport r = shown();
        assertEquals(TwilioStatus.NONE, r.status());
        assertEquals("All Systems Operational", r.description());
        assertTrue(r.sandbox());
        assertTrue(records.isEmpty(), "a status read is no Twilio API call");

        sandbox.statusPage().set(StatusPage.Indicator.MAJOR);
        tasks.tick();
        assertEquals(TwilioStatus.MAJOR, shown().status());
        assertEquals("Partial System Outage", shown().description());
    }

    @Test
    void aFailingPageIsUnknownWithItsReasonAndRecovers() {
        sandbox.faults().inject(FaultKind.HTML_BODY, 1, "/api/v2/status.json");
        watch.watch(sandboxPage(), true);

        TwilioStatusReport r = shown();
        assertEquals(TwilioStatus.UNKNOWN, r.status());
        assertEquals("the status page answered HTTP 502", r.problem());
        assertNull(r.description());

        tasks.tick();
        assertEquals(TwilioStatus.NONE, shown().status());
    }

    @Test
    void stoppingEndsThePoll() {
        watch.watch(sandboxPage(), true);
        watch.stop();
        sandbox.statusPage().set(StatusPage.Indicator.CRITICAL);
        tasks.tick();
        assertEquals(TwilioStatus.NONE, shown().status());
    }

    @Test
    void theShellSaysWhatThePageSaysAndThatItIsTheSandbox() {
        SecretStorage secrets = new SecretStorage(home.resolve("s.enc"), () -> {
            throw new IllegalStateException("not used");
        });
        secrets.useInMemory();
        AppContext ctx = new AppContext(AppPaths.under(home), tasks, new RecordingDialogService(), secrets);
        ctx.plugIn(new AppContext.Services(AppContext.Services.NONE.connectionTester(),
                AppContext.Services.NONE.accountDirectory(), live, null));
        ShellViewModel vm = new ShellViewModel(ctx);
        watch.watch(sandboxPage(), true);

        vm.refreshStatus();

        assertEquals(TwilioStatus.NONE, vm.twilioStatusProperty().get());
        assertEquals("All Systems Operational (sandbox)", vm.twilioStatusTextProperty().get());
        String detail = vm.twilioStatusDetailProperty().get();
        assertTrue(detail.startsWith("The demo sandbox's stand-in for status.twilio.com"), detail);
        assertTrue(detail.contains("says: All Systems Operational\nChecked at "), detail);
    }

    @Test
    void everyPageIndicatorHasAStatusBarStatus() {
        for (TwilioStatusPage.Indicator i : TwilioStatusPage.Indicator.values()) {
            TwilioStatusReport r = TwilioStatusWatch.report(new TwilioStatusPage.Reading(i, null, null, null), false);
            assertEquals(i.name(), r.status().name());
            assertFalse(r.sandbox());
        }
    }
}
