package app.switchboard.ui.wiring;

import app.switchboard.twilio.TwilioStatusPage;
import app.switchboard.ui.common.TaskRunner;
import app.switchboard.ui.shell.TwilioStatus;
import app.switchboard.ui.shell.TwilioStatusReport;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads Twilio's status page in the background: once when told which page to watch, then every
 * {@link #PERIOD} (Statuspage data changes in minutes; a closer poll would only add traffic). The demo watches
 * its sandbox's stand-in, a profile the real status.twilio.com. At most one read runs at a time, each bounded
 * by the page's own timeout; a read that finishes after the page changed is dropped.
 */
final class TwilioStatusWatch {
    static final Duration PERIOD = Duration.ofMinutes(5);

    private final TaskRunner tasks;
    private final Consumer<TwilioStatusReport> onReport;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Watched watched;
    private TaskRunner.Cancellable tick;

    private record Watched(TwilioStatusPage page, boolean sandbox) {
    }

    /** @param onReport told each reading (on the FX thread with the app's task runner) */
    TwilioStatusWatch(TaskRunner tasks, Consumer<TwilioStatusReport> onReport) {
        this.tasks = tasks;
        this.onReport = onReport;
    }

    /** Watches {@code page} from now on (the sandbox's stand-in when {@code sandbox}), reading it at once. */
    synchronized void watch(TwilioStatusPage page, boolean sandbox) {
        watched = new Watched(page, sandbox);
        reading.set(false); // a read of the previous page may still run; its answer will be dropped
        if (tick == null) {
            tick = tasks.every(PERIOD, this::read);
        }
        read();
    }

    synchronized void stop() {
        if (tick != null) {
            tick.cancel();
            tick = null;
        }
        watched = null;
    }

    private void read() {
        Watched w = watched;
        if (w == null || !reading.compareAndSet(false, true)) {
            return;
        }
        tasks.run("twilio-status", w.page()::check, r -> {
            if (watched == w) {
                reading.set(false);
                onReport.accept(report(r, w.sandbox()));
            }
        }, e -> {
            if (watched == w) {
                reading.set(false);
                onReport.accept(new TwilioStatusReport(TwilioStatus.UNKNOWN, null, Failures.describe(e),
                        Instant.now(), w.sandbox()));
            }
        });
    }

    static TwilioStatusReport report(TwilioStatusPage.Reading r, boolean sandbox) {
        return new TwilioStatusReport(TwilioStatus.valueOf(r.indicator().name()), r.description(), r.problem(),
                r.checkedAt(), sandbox);
    }
}
