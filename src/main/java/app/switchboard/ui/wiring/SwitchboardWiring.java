package app.switchboard.ui.wiring;

import app.switchboard.accounts.AccountsException;
import app.switchboard.accounts.ConnectionResult;
import app.switchboard.accounts.CredentialKind;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.WorkspaceTarget;
import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.keys.CreationJournal;
import app.switchboard.keys.KeyAuditLog;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.RotationService;
import app.switchboard.keys.RotationStore;
import app.switchboard.keys.TwilioKeyGateway;
import app.switchboard.traffic.Sampler;
import app.switchboard.traffic.Scheduler;
import app.switchboard.traffic.TrafficMonitor;
import app.switchboard.traffic.TrafficRecorder;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.AppWiring;
import app.switchboard.ui.keys.KeyScope;
import app.switchboard.ui.keys.KeysView;
import app.switchboard.ui.keys.KeysViewModel;
import app.switchboard.ui.keys.RotationViewModel;
import app.switchboard.ui.keys.SecretOnceDialog;
import app.switchboard.ui.shell.Screen;
import app.switchboard.ui.shell.ScreenContent;
import app.switchboard.ui.traffic.TrafficView;
import app.switchboard.ui.traffic.TrafficViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The app's composition: one Twilio client for every screen, the demo sandbox or a profile behind it, and
 * each feature's services and screen. Loaded by the shell through {@code ServiceLoader}.
 */
public final class SwitchboardWiring implements AppWiring {
    private final Clock clock = Clock.systemDefaultZone();
    private final Session session = new Session();
    private final KeyUsageTracker keyUsage = new KeyUsageTracker();
    private final TrafficRecorder trafficRecorder = new TrafficRecorder();
    private final TrafficMonitor trafficMonitor = new TrafficMonitor(trafficRecorder, clock);
    private final LiveStatus liveStatus = new LiveStatus(() -> session.selectedSidIfKnown());
    private ScheduledExecutorService scheduler;
    private Sampler sampler;
    private TwilioClient client;
    private KeysViewModel keys;
    private TrafficViewModel traffic;

    @Override
    public void registerScreens(AppContext ctx) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "switchboard-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler = new Sampler(Scheduler.of(scheduler), this::probe);
        // Traffic is recorded and its thresholds watched whether or not its screen is open.
        traffic = new TrafficViewModel(ctx.tasks(), ctx.dialogs(), trafficMonitor, sampler, clock, ref -> { });
        traffic.activate();
        traffic.deactivate();
        ctx.screens().register(Screen.TRAFFIC, () -> {
            TrafficView view = new TrafficView(traffic);
            return ScreenContent.of(view, traffic::activate, traffic::deactivate, null, null);
        });
        ctx.screens().register(Screen.KEYS, () -> keysScreen(ctx));
        ctx.workspace().addListener((target, sid) -> workspaceChanged(ctx, target, sid));
    }

    private ScreenContent keysScreen(AppContext ctx) {
        Path dir = ctx.paths().dataDir().resolve("keys");
        KeyService service = new KeyService(new SessionKeyGateway(), new CreationJournal(dir.resolve("creation-journal.json")),
                new KeyAuditLog(dir.resolve("audit.jsonl"), System.getProperty("user.name", "unknown")), clock);
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
        RotationService rotations = new RotationService(service, new RotationStore(dir.resolve("rotations")),
                (accountSid, keySid, secret) -> switchCredential(ctx, keySid, secret), clock);
        view[0] = new KeysView(keys, () -> new RotationViewModel(rotations, keyUsage, ctx.tasks(), ctx.dialogs(),
                k -> new SecretOnceDialog(view[0].getScene().getWindow()).showOnce(k), clock, Failures::describe));
        return ScreenContent.of(view[0], () -> {
            keys.policyAgeDaysProperty().set(ctx.settings().get().getKeyMaxAgeDays());
            keys.activate();
        }, keys::deactivate, keys.busyProperty(), view[0].searchField());
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
        client.addListener(keyUsage);
        client.addListener(trafficRecorder);
        client.addListener(liveStatus);
        EmbeddedDemo demo = joinDemo(demoStart);
        AccountClient demoClient = client.account(demo.credentials(), demo.hosts());
        if (ctx.workspace().target().isDemo()) {
            session.connected(demoClient, true);
            watchTraffic(ctx, demoClient.accountSid());
        }
        ctx.plugIn(new AppContext.Services(this::testConnection, target -> {
            try {
                return Session.treeOf(session.parent());
            } catch (RuntimeException e) {
                throw new AccountsException(Failures.describe(e), e);
            }
        }, liveStatus, demoClient.accountSid()));
    }

    private static EmbeddedDemo joinDemo(CompletableFuture<EmbeddedDemo> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
    }

    @Override
    public void stopServices(AppContext ctx) {
        if (traffic != null) {
            traffic.dispose();
        }
        if (sampler != null) {
            sampler.close();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
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
            session.reconnecting();
            ctx.tasks().run("connect-workspace", () -> connect(ctx, target), c -> {
                session.connected(c, target.isDemo(), target.profile());
                session.select(sid);
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
        ctx.tasks().run("watch-traffic", () -> null, v -> traffic.watch(accountSid), e -> { });
    }

    private void refreshScreens() {
        if (keys != null) {
            keys.refresh();
        }
    }

    /** The sampler's cheap authenticated GET: one page of one phone number, which every key kind may read. */
    private void probe(String accountSid) {
        session.on(accountSid).withPageSize(1).incomingPhoneNumbers().list().iterator().hasNext();
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
