package app.switchboard.ui.wiring;

import app.switchboard.accounts.AccountsException;
import app.switchboard.accounts.ConnectionResult;
import app.switchboard.accounts.CredentialKind;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.ProfileConnections;
import app.switchboard.accounts.WorkspaceTarget;
import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.keys.KeyFiles;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.RotationService;
import app.switchboard.keys.TwilioKeyGateway;
import app.switchboard.traffic.TrafficServices;
import app.switchboard.traffic.TwilioSampleProbe;
import app.switchboard.twilio.AccountClient;
import app.switchboard.ui.webhooks.WebhooksView;
import app.switchboard.ui.webhooks.WebhooksViewModel;
import app.switchboard.webhooks.WebhookServices;
import app.switchboard.webhooks.tls.TrustAnchors;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioStatusPage;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.AppWiring;
import app.switchboard.ui.debugger.DebuggerServices;
import app.switchboard.ui.debugger.DebuggerView;
import app.switchboard.ui.debugger.DebuggerViewModel;
import app.switchboard.ui.keys.KeyScope;
import app.switchboard.ui.keys.KeysView;
import app.switchboard.ui.keys.KeysViewModel;
import app.switchboard.ui.keys.RotationViewModel;
import app.switchboard.ui.keys.SecretOnceDialog;
import app.switchboard.ui.shell.Screen;
import app.switchboard.ui.shell.ScreenContent;
import app.switchboard.ui.shell.TwilioStatus;
import app.switchboard.ui.shell.TwilioStatusReport;
import app.switchboard.ui.traffic.TrafficView;
import app.switchboard.ui.traffic.TrafficViewModel;
import app.switchboard.requestlog.RequestLogSettings;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.settings.Settings;
import app.switchboard.ui.requestlog.RequestLogView;
import app.switchboard.ui.requestlog.RequestLogViewModel;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * The app's composition: one Twilio client for every screen, the demo sandbox or a profile behind it, and
 * each feature's services and screen. Loaded by the shell through {@code ServiceLoader}.
 */
public final class SwitchboardWiring implements AppWiring {
    private final Clock clock = Clock.systemDefaultZone();
    private final Session session = new Session();
    private final KeyUsageTracker keyUsage = new KeyUsageTracker();
    private final LiveStatus liveStatus = new LiveStatus(() -> session.selectedSidIfKnown());
    private TwilioStatusWatch statusWatch;
    private final CompletableFuture<TrafficViewModel> trafficVm = new CompletableFuture<>();
    private TrafficServices trafficServices;
    private WebhookServices webhookServices;
    private TwilioClient client;
    private final CompletableFuture<RequestLogStore> requestLog = new CompletableFuture<>();
    private KeysViewModel keys;
    private RequestLogViewModel log;

    @Override
    public void registerScreens(AppContext ctx) {
        ctx.screens().register(Screen.TRAFFIC, () -> new DeferredScreen("Starting live traffic…", trafficVm,
                vm -> ScreenContent.of(new TrafficView(vm), vm::activate, vm::deactivate, null, null)));
        registerWebhooks(ctx);
        registerDebugger(ctx);
        ctx.screens().register(Screen.KEYS, () -> keysScreen(ctx));
        ctx.screens().register(Screen.LOG, () -> new DeferredScreen("Opening the request log…", requestLog, store -> {
            log = new RequestLogViewModel(store, ctx.tasks(), ctx.dialogs(), clock);
            RequestLogView view = new RequestLogView(log);
            return ScreenContent.of(view, log::activate, log::deactivate, log.busyProperty(), view.filterField());
        }));
        ctx.workspace().addListener((target, sid) -> workspaceChanged(ctx, target, sid));
    }

    private ScreenContent keysScreen(AppContext ctx) {
        KeyFiles files = KeyFiles.under(ctx.paths().dataDir());
        KeyService service = files.service(new SessionKeyGateway(), System.getProperty("user.name", "unknown"), clock);
        KeyScope scope = new KeyScope() {
            @Override
            public List<String> accountSids() {
                return session.accountsInScope();
            }

            @Override
            public String credentialSid() {
                return session.credentialSid();
            }

            @Override
            public String accountName(String accountSid) {
                return session.accountName(accountSid);
            }
        };
        KeysView[] view = new KeysView[1];
        keys = new KeysViewModel(service, keyUsage, scope, ctx.tasks(), ctx.dialogs(),
                k -> new SecretOnceDialog(view[0].getScene().getWindow()).showOnce(k), clock, Failures::describe);
        keys.policyAgeDaysProperty().set(ctx.settings().get().getKeyMaxAgeDays());
        RotationService rotations = files.rotations(service,
                (accountSid, keySid, secret) -> switchCredential(ctx, keySid, secret), clock);
        view[0] = new KeysView(keys, () -> new RotationViewModel(rotations, keyUsage, ctx.tasks(), ctx.dialogs(),
                k -> new SecretOnceDialog(view[0].getScene().getWindow()).showOnce(k), clock, Failures::describe));
        return ScreenContent.of(view[0], () -> {
            keys.policyAgeDaysProperty().set(ctx.settings().get().getKeyMaxAgeDays());
            keys.activate();
        }, keys::deactivate, keys.busyProperty(), view[0].searchField());
    }

    /** Opens the request log filtered (an empty filter shows everything). Call on the FX thread. */
    private void showInRequestLog(AppContext ctx, String filter) {
        ctx.navigate(Screen.LOG);
        requestLog.thenRun(() -> javafx.application.Platform.runLater(() -> {
            if (log != null) {
                log.filterTextProperty().set(filter);
                log.applyFilter();
            }
        }));
    }

    /** The Debugger reads each subaccount with its own credentials: rebuilt when the workspace changes. */
    private void registerDebugger(AppContext ctx) {
        ctx.screens().register(Screen.DEBUGGER, () -> new DeferredScreen("Connecting to the Debugger…",
                CompletableFuture.supplyAsync(session::parent), parent -> {
                    DebuggerViewModel vm = new DebuggerViewModel(ctx.tasks(),
                            DebuggerServices.forClient(client, parent, clock, ZoneId.systemDefault()),
                            ctx::openInBrowser, filter -> showInRequestLog(ctx, filter));
                    return ScreenContent.of(new DebuggerView(vm), vm::activate, vm::deactivate, vm.loadingProperty(), null);
                }));
    }

    /** The webhooks screen belongs to one workspace (its trust anchors differ): rebuilt when the workspace changes. */
    private void registerWebhooks(AppContext ctx) {
        ctx.screens().register(Screen.WEBHOOKS, () -> new DeferredScreen("Listing webhooks…",
                CompletableFuture.supplyAsync(() -> webhookServices(ctx)), services -> {
                    WebhooksViewModel vm = new WebhooksViewModel(ctx.tasks(), ctx.dialogs(), services.audits(),
                            services.attestations(), clock);
                    return ScreenContent.of(new WebhooksView(vm), vm::activate, vm::deactivate, vm.runningProperty(), null);
                }));
    }

    /** The demo trusts only the sandbox's demo CA; a real account the JDK's trust store (as Twilio does). */
    private synchronized WebhookServices webhookServices(AppContext ctx) {
        if (webhookServices != null) {
            webhookServices.close();
        }
        AccountClient parent = session.parent();
        webhookServices = session.isDemo()
                ? WebhookServices.forDemo(parent, EmbeddedDemo.get().caCertificatePem(), ctx.paths(), clock)
                : WebhookServices.forClient(parent, TrustAnchors.jdkDefault(), ctx.paths(), clock);
        return webhookServices;
    }

    @Override
    public void startServices(AppContext ctx) {
        // The sandbox starts on its own thread while the client is built: both are mostly class loading, and
        // building the client first held the sandbox back by about a second on the loaded 2-core machine.
        CompletableFuture<EmbeddedDemo> demoStart = CompletableFuture.supplyAsync(EmbeddedDemo::get, r -> {
            Thread t = new Thread(r, "demo-sandbox-start");
            t.setDaemon(true);
            t.start();
        });
        client = TwilioClient.create();
        // Opening the log (SQLite's native library, the schema) took 300-500 ms on the 2-core machine, on the
        // way to the first screen's data: it opens on its own thread, and the first requests wait for it here.
        HeldRecords held = new HeldRecords(RequestLogSettings.defaults().queueCapacity());
        client.addListener(held);
        Thread logOpener = new Thread(() -> openRequestLog(ctx, held), "request-log-open");
        logOpener.setDaemon(true);
        logOpener.start();
        // Before any other request, so the charts see them all; recorded whether or not the screen is open.
        trafficServices = TrafficServices.start(client, new TwilioSampleProbe(session::on), clock);
        trafficServices.sampler().setInterval(
                Duration.ofSeconds(Math.max(1, ctx.settings().get().getSamplerIntervalSeconds())));
        javafx.application.Platform.runLater(() -> {
            TrafficViewModel vm = new TrafficViewModel(ctx.tasks(), ctx.dialogs(), trafficServices.monitor(),
                    trafficServices.sampler(), clock, ref -> showInRequestLog(ctx, ref.startsWith("RQ") ? "rid=" + ref : ""));
            vm.activate(); // its tick raises threshold alerts even while the screen is hidden
            vm.deactivate();
            requestLog.thenAccept(store -> javafx.application.Platform.runLater(
                    () -> vm.restoreHistory(new RequestLogHistory(store, clock))));
            trafficVm.complete(vm);
        });
        client.addListener(keyUsage);
        client.addListener(liveStatus);
        statusWatch = new TwilioStatusWatch(ctx.tasks(), liveStatus::twilioStatus);
        EmbeddedDemo demo = joinDemo(demoStart);
        boolean demoTarget = ctx.workspace().target().isDemo();
        statusWatch.watch(statusPage(demoTarget), demoTarget); // the sandbox is up: no wait here
        AccountClient demoClient = client.account(demo.credentials(), demo.hosts());
        if (ctx.workspace().target().isDemo()) {
            session.connected(demoClient, true);
            watchTraffic(ctx, demoClient.accountSid());
        }
        ctx.plugIn(new AppContext.Services(this::testConnection, target -> {
            try {
                session.forgetAccounts(); // the shell asks when the user refreshes or switches
                return session.tree();
            } catch (RuntimeException e) {
                throw new AccountsException(Failures.describe(e), e);
            }
        }, liveStatus, demoClient.accountSid()));
    }

    /** The request log records every request from here on; without it the app still works, and says why. */
    private void openRequestLog(AppContext ctx, HeldRecords held) {
        Settings s = ctx.settings().get();
        RequestLogSettings settings = new RequestLogSettings(Duration.ofDays(s.getLogRetentionDays()),
                s.getLogRetentionRows(), s.getLogRetentionMegabytes() * 1024L * 1024L,
                RequestLogSettings.defaults().bodyCapChars(), RequestLogSettings.defaults().queueCapacity());
        try {
            RequestLogStore store = RequestLogStore.open(ctx.paths().dataDir().resolve("requestlog.db"), settings, clock);
            held.handTo(store);
            requestLog.complete(store);
        } catch (RuntimeException e) { // RequestLogException carries the message for the user
            held.drop();
            requestLog.completeExceptionally(e);
            ctx.dialogs().showError("The request log is unavailable", e.getMessage()
                    + "\nSwitchboard works without it, but requests are not recorded.", null);
        }
    }

    private static EmbeddedDemo joinDemo(CompletableFuture<EmbeddedDemo> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
    }

    /**
     * The status bar's Twilio status follows the workspace: the demo reads its sandbox's stand-in (so the demo
     * never reaches the internet and says "(sandbox)"), a profile the real status.twilio.com.
     */
    private TwilioStatusPage statusPage(boolean demo) {
        return new TwilioStatusPage(client.http(),
                demo ? EmbeddedDemo.get().statusPageBaseUrl() : TwilioStatusPage.DEFAULT_BASE_URL);
    }

    private void watchStatusPage(AppContext ctx, boolean demo) {
        // EmbeddedDemo.get() may still be starting the sandbox: never on the FX thread.
        ctx.tasks().run("status-page", () -> statusPage(demo), page -> statusWatch.watch(page, demo),
                e -> liveStatus.twilioStatus(new TwilioStatusReport(TwilioStatus.UNKNOWN, null, Failures.describe(e),
                        clock.instant(), demo)));
    }

    @Override
    public void stopServices(AppContext ctx) {
        if (statusWatch != null) {
            statusWatch.stop();
        }
        requestLog.thenAccept(RequestLogStore::close);
        trafficVm.thenAccept(TrafficViewModel::dispose);
        if (trafficServices != null) {
            trafficServices.close();
        }
        synchronized (this) {
            if (webhookServices != null) {
                webhookServices.close();
            }
        }
        if (client != null) {
            client.close();
        }
    }

    private ConnectionResult testConnection(Profile profile, char[] secret) {
        try {
            AccountClient c = client.account(ProfileConnections.credentials(profile, secret),
                    ProfileConnections.hosts(profile));
            c.accounts().fetch(profile.accountSid());
            return ConnectionResult.success(Session.treeOf(c));
        } catch (RuntimeException e) {
            return ConnectionResult.failed(Failures.of(e));
        }
    }

    /** Follows the shell's workspace: reconnects on a new target, narrows the screens on a new account. */
    private void workspaceChanged(AppContext ctx, WorkspaceTarget target, String sid) {
        if (client == null) {
            return;
        }
        boolean newTarget = target.isDemo() != session.isDemo()
                || (!target.isDemo() && !target.profile().equals(session.profile()));
        if (newTarget) {
            watchStatusPage(ctx, target.isDemo());
            session.reconnecting();
            ctx.tasks().run("connect-workspace", () -> connect(ctx, target), c -> {
                session.connected(c, target.isDemo(), target.profile());
                session.select(sid);
                registerWebhooks(ctx);
                registerDebugger(ctx);
                watchTraffic(ctx, c.accountSid());
                refreshScreens();
            }, e -> {
                session.failed(e);
                ctx.dialogs().showError("Could not connect to " + target.displayName(), Failures.describe(e), null);
            });
        } else {
            session.select(sid);
            ctx.tasks().run("account-selected", () -> null, v -> {
                if (sid != null) {
                    watchTraffic(ctx, sid);
                }
                refreshScreens();
            }, e -> { });
        }
    }

    private AccountClient connect(AppContext ctx, WorkspaceTarget target) throws AccountsException {
        if (target.isDemo()) {
            EmbeddedDemo demo = EmbeddedDemo.get();
            return client.account(demo.credentials(), demo.hosts());
        }
        Profile p = target.profile();
        char[] secret = ctx.profiles().secretOf(p);
        try {
            return client.account(ProfileConnections.credentials(p, secret), ProfileConnections.hosts(p));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * The last step of rotating the key Switchboard signs in with: the profile (or, for the demo, this
     * session) moves to the verified successor; the secret is stored with the profile in one step.
     */
    private void switchCredential(AppContext ctx, String keySid, char[] secret) {
        AccountClient current = session.parent();
        Credentials next = Credentials.apiKey(current.accountSid(), keySid, Secret.of(secret));
        Profile profile = session.profile();
        if (profile != null) {
            Profile moved = new Profile(profile.name(), profile.accountSid(), CredentialKind.API_KEY, keySid,
                    profile.edge(), profile.region(), profile.baseUrls());
            try {
                ctx.profiles().save(moved, profile, secret);
            } catch (AccountsException e) {
                throw new IllegalStateException("The new key works, but the profile could not be updated: "
                        + e.getMessage() + " The old key was not revoked.", e);
            }
        }
        session.connected(client.account(next, current.hosts()), profile == null, profile == null ? null
                : new Profile(profile.name(), profile.accountSid(), CredentialKind.API_KEY, keySid, profile.edge(),
                profile.region(), profile.baseUrls()));
    }

    private void watchTraffic(AppContext ctx, String accountSid) {
        trafficVm.thenAccept(vm -> javafx.application.Platform.runLater(() -> vm.watch(accountSid)));
    }

    private void refreshScreens() {
        if (keys != null) {
            keys.refresh();
        }
    }

    /** The key gateway of whatever workspace is active when a call is made. */
    private final class SessionKeyGateway implements app.switchboard.keys.KeyGateway {
        private TwilioKeyGateway current() {
            return new TwilioKeyGateway(client, session.parent());
        }

        @Override
        public void list(String accountSid, java.util.function.Consumer<List<app.switchboard.keys.ApiKey>> onPage) {
            current().list(accountSid, onPage);
        }

        @Override
        public List<app.switchboard.keys.KeyEvent> history(String accountSid, String keySid) {
            return current().history(accountSid, keySid);
        }

        @Override
        public app.switchboard.keys.ApiKey fetch(String accountSid, String keySid) {
            return current().fetch(accountSid, keySid);
        }

        @Override
        public List<String> permissions(String accountSid, String keySid) {
            return current().permissions(accountSid, keySid);
        }

        @Override
        public app.switchboard.keys.NewKey create(String accountSid, String friendlyName, List<String> permissions) {
            return current().create(accountSid, friendlyName, permissions);
        }

        @Override
        public app.switchboard.keys.ApiKey rename(String accountSid, String keySid, String friendlyName) {
            return current().rename(accountSid, keySid, friendlyName);
        }

        @Override
        public void delete(String accountSid, String keySid) {
            current().delete(accountSid, keySid);
        }

        @Override
        public void verify(String accountSid, String keySid, char[] secret, boolean mustManageKeys) {
            current().verify(accountSid, keySid, secret, mustManageKeys);
        }
    }
}
