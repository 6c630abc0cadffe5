package app.switchboard.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.AppPaths;
import app.switchboard.accounts.AccountNode;
import app.switchboard.accounts.AccountStatus;
import app.switchboard.accounts.AccountsException;
import app.switchboard.accounts.CredentialKind;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.SubaccountTree;
import app.switchboard.accounts.secrets.SecretStorage;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    static final String AC = "AC" + "0123456789abcdef0123456789abcdef";
    static final String DEMO = "AC" + "d".repeat(32);
    static final String SUB = "AC" + "1".repeat(32);

    @TempDir
    Path home;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final NoDialogs dialogs = new NoDialogs();

    private AppContext context() {
        AppPaths paths = AppPaths.under(home);
        SecretStorage secrets = new SecretStorage(home.resolve("s.enc"), () -> {
            throw new IllegalStateException("not used");
        });
        secrets.useInMemory();
        return new AppContext(paths, tasks, dialogs, secrets);
    }

    private static AppContext.Services services(StatusFeed feed) {
        return new AppContext.Services(AppContext.Services.NONE.connectionTester(), target -> {
            if (target.isDemo()) {
                return SubaccountTree.of(DEMO, List.of(new AccountNode(DEMO, "Demo", AccountStatus.ACTIVE, "Full", DEMO),
                        new AccountNode(SUB, "Sub", AccountStatus.ACTIVE, "Trial", DEMO)));
            }
            throw new AccountsException("HTTP 401 · Twilio error 20003");
        }, feed, DEMO);
    }

    @Test
    void startsOnTheDemoAndLoadsItsAccountsOnceServicesArrive() {
        AppContext ctx = context();
        ShellViewModel vm = new ShellViewModel(ctx);
        vm.start();
        assertTrue(vm.demoProperty().get());
        assertEquals("Demo workspace", vm.workspaceNameProperty().get());
        ctx.plugIn(services(StatusFeed.none()));
        vm.markServicesStarted();
        assertEquals(2, vm.accounts().size());
        assertEquals(DEMO, vm.accountProperty().get().sid());
        assertFalse(vm.loadingAccountsProperty().get());
    }

    /** Tasks queued, as on the FX thread: a task ends only when the test runs the queue. */
    private final java.util.ArrayDeque<Runnable> queue = new java.util.ArrayDeque<>();

    private AppContext queuedContext() {
        app.switchboard.ui.common.TaskRunner queued = new app.switchboard.ui.common.TaskRunner() {
            @Override
            public <T> Cancellable run(String name, java.util.concurrent.Callable<T> work,
                                       java.util.function.Consumer<? super T> onSuccess,
                                       java.util.function.Consumer<Throwable> onFailure) {
                queue.add(() -> tasks.run(name, work, onSuccess, onFailure));
                return () -> { };
            }

            @Override
            public Cancellable every(java.time.Duration period, Runnable tick) {
                return () -> { };
            }
        };
        AppContext direct = context();
        return new AppContext(direct.paths(), queued, direct.dialogs(), direct.secrets());
    }

    private void runQueue() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void theStartListsTheAccountsOnceAndAnOvertakenListingIsDropped() {
        AppContext ctx = queuedContext();
        java.util.concurrent.atomic.AtomicInteger listings = new java.util.concurrent.atomic.AtomicInteger();
        AppContext.Services counted = services(StatusFeed.none());
        ctx.plugIn(new AppContext.Services(counted.connectionTester(), target -> {
            listings.incrementAndGet();
            return counted.accountDirectory().load(target);
        }, counted.statusFeed(), DEMO));
        ShellViewModel vm = new ShellViewModel(ctx);
        vm.start();
        vm.markServicesStarted();
        vm.reloadAccounts();
        runQueue();
        assertEquals(1, listings.get(), "profiles, workspace, services and the user asked while one listing ran");
        assertEquals(2, vm.accounts().size());

        // A listing of the demo, then the user switches to a profile before it ends: the demo's answer must not
        // replace the profile's.
        vm.reloadAccounts();
        Profile p = new Profile("Prod", AC, CredentialKind.AUTH_TOKEN, null, "dublin", "ie1", null);
        vm.switchTo(p);
        runQueue();
        assertTrue(vm.accounts().isEmpty(), "the demo's accounts came after the switch: " + vm.accounts());
        assertTrue(vm.accountProblemProperty().get().contains("20003"));
        assertFalse(vm.loadingAccountsProperty().get());
    }

    @Test
    void theAccountsAreStillLoadingWhenTheServicesCountAsStarted() {
        AppContext ctx = queuedContext();
        ShellViewModel vm = new ShellViewModel(ctx);
        ctx.plugIn(services(StatusFeed.none()));
        boolean[] loadingWhenStarted = new boolean[1];
        vm.servicesStartedProperty().addListener((o, was, now) -> loadingWhenStarted[0] = vm.loadingAccountsProperty().get());
        vm.markServicesStarted();
        assertTrue(loadingWhenStarted[0], "a screen waiting for its data would be taken before the accounts are listed");
        runQueue();
        assertFalse(vm.loadingAccountsProperty().get());
        assertEquals(2, vm.accounts().size());
    }

    @Test
    void selectingASubaccountFollowsTheWorkspace() {
        AppContext ctx = context();
        ShellViewModel vm = new ShellViewModel(ctx);
        ctx.plugIn(services(StatusFeed.none()));
        vm.markServicesStarted();
        vm.selectAccount(vm.accounts().get(1));
        assertEquals(SUB, ctx.workspace().accountSid());
        assertEquals("Sub", vm.accountProperty().get().friendlyName());
    }

    @Test
    void switchingToAProfileIsRememberedAndItsFailureShown() {
        AppContext ctx = context();
        ShellViewModel vm = new ShellViewModel(ctx);
        ctx.plugIn(services(StatusFeed.none()));
        Profile p = new Profile("Prod", AC, CredentialKind.AUTH_TOKEN, null, "dublin", "ie1", null);
        vm.switchTo(p);
        assertEquals("Prod", ctx.settings().get().getActiveProfile());
        assertFalse(vm.demoProperty().get());
        assertEquals("ie1 · dublin", vm.regionProperty().get());
        assertTrue(vm.accountProblemProperty().get().contains("20003"));
        assertTrue(vm.accounts().isEmpty());
        vm.switchTo(null);
        assertNull(ctx.settings().get().getActiveProfile());
    }

    @Test
    void theStatusBarReadsTheFeedOnEachTick() {
        AppContext ctx = context();
        ShellViewModel vm = new ShellViewModel(ctx);
        vm.start();
        ctx.plugIn(services(() -> new StatusFeed.Snapshot(12, "RQ" + "a".repeat(32),
                TwilioStatusReport.of(TwilioStatus.MINOR))));
        tasks.tick();
        assertEquals(12, vm.concurrencyProperty().get());
        assertEquals("RQ" + "a".repeat(32), vm.lastRequestIdProperty().get());
        assertEquals(TwilioStatus.MINOR, vm.twilioStatusProperty().get());
        assertEquals("Memory only (demo)", vm.secretStoreProperty().get());
    }

    @Test
    void theScreenIsRemembered() {
        AppContext ctx = context();
        ShellViewModel vm = new ShellViewModel(ctx);
        vm.navigate(Screen.TRAFFIC);
        assertEquals("traffic", ctx.settings().get().getLastScreen());
        assertEquals(Screen.TRAFFIC, new ShellViewModel(ctx).screenProperty().get());
    }

    @Test
    void theScreenIsSavedByATaskAndWritesFinishingOutOfOrderLeaveTheLastScreen() {
        AppContext ctx = queuedContext();
        ShellViewModel vm = new ShellViewModel(ctx);
        vm.navigate(Screen.TRAFFIC);
        vm.navigate(Screen.KEYS);
        assertFalse(java.nio.file.Files.exists(ctx.settings().file()), "nothing written on the navigating thread");
        Runnable traffic = queue.poll();
        queue.poll().run(); // the later write first
        traffic.run();
        assertEquals("keys", new app.switchboard.settings.SettingsStore(ctx.paths().configDir()).get().getLastScreen());
    }

    @Test
    void aScreenThatCannotBeSavedIsToldAndTheNavigationStands() throws Exception {
        AppContext ctx = context();
        java.nio.file.Files.createDirectories(ctx.paths().configDir().getParent());
        java.nio.file.Files.writeString(ctx.paths().configDir(), "a file where the config folder should be");
        ShellViewModel vm = new ShellViewModel(ctx);
        vm.navigate(Screen.DEBUGGER);
        assertEquals(Screen.DEBUGGER, vm.screenProperty().get());
        assertEquals(1, dialogs.notified.size());
        assertTrue(dialogs.notified.get(0).startsWith("Settings not saved: Could not save settings to "), dialogs.notified.get(0));
    }

    @Test
    void theChosenSecretFileIsRememberedForTheNextStart() throws Exception {
        SecretStorage secrets = new SecretStorage(home.resolve("config/secrets.enc"), () -> {
            throw new app.switchboard.accounts.secrets.CredentialStoreException(
                    app.switchboard.accounts.secrets.CredentialStoreException.Reason.UNAVAILABLE, "none");
        });
        AppContext ctx = new AppContext(AppPaths.under(home), tasks, new NoDialogs(), secrets);
        secrets.probe(false);
        assertNull(ctx.settings().get().getSecretStore());
        secrets.createFile("correct horse".toCharArray(), "correct horse".toCharArray());
        assertEquals("file", ctx.settings().get().getSecretStore());
        assertEquals("Encrypted file", secrets.describe());
    }

    @Test
    void anUnreadablePageSaysWhyAndWhenAndTheItemOpensTheRealPage() {
        AppContext ctx = context();
        java.util.List<String> opened = new java.util.ArrayList<>();
        ctx.setBrowser(opened::add);
        ShellViewModel vm = new ShellViewModel(ctx);
        assertEquals("Twilio status unknown", vm.twilioStatusTextProperty().get());
        assertTrue(vm.twilioStatusDetailProperty().get().startsWith("Twilio's status page has not been read yet."));

        java.time.Instant at = java.time.Instant.parse("2026-11-28T09:41:00Z");
        ctx.plugIn(services(() -> new StatusFeed.Snapshot(null, null, new TwilioStatusReport(TwilioStatus.UNKNOWN,
                null, "Timed out talking to status.twilio.com:443.", at, false))));
        vm.refreshStatus();

        assertEquals("Twilio status unknown", vm.twilioStatusTextProperty().get());
        String hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(java.time.ZoneId.systemDefault()));
        assertEquals("status.twilio.com could not be read: Timed out talking to status.twilio.com:443.\nChecked at "
                + hhmm + ".\nClick to open https://status.twilio.com.", vm.twilioStatusDetailProperty().get());
        vm.openTwilioStatusPage();
        assertEquals(List.of("https://status.twilio.com"), opened);
    }

    @Test
    void aRealPageIsShownInItsOwnWordsWithoutTheSandboxMark() {
        AppContext ctx = context();
        ShellViewModel vm = new ShellViewModel(ctx);
        ctx.plugIn(services(() -> new StatusFeed.Snapshot(null, null, new TwilioStatusReport(TwilioStatus.MINOR,
                "Partially Degraded Service", null, java.time.Instant.now(), false))));
        vm.refreshStatus();
        assertEquals("Partially Degraded Service", vm.twilioStatusTextProperty().get());
        assertTrue(vm.twilioStatusDetailProperty().get().startsWith("status.twilio.com says: Partially Degraded Service\n"));
    }

    /** Asks nothing; keeps the notifications shown. */
    private static final class NoDialogs implements DialogService {
        final java.util.List<String> notified = new java.util.ArrayList<>();

        @Override
        public void showError(String title, String message, String details) {
        }

        @Override
        public boolean confirm(String title, String message, String actionLabel) {
            return false;
        }

        @Override
        public boolean confirmByTyping(String title, String message, String expected, String actionLabel) {
            return false;
        }

        @Override
        public void notify(String title, String message) {
            notified.add(title + ": " + message);
        }
    }
}
