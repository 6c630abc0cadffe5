package app.switchboard.bench;

import app.switchboard.AppPaths;
import app.switchboard.TempFolders;
import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.keys.ApiKey;
import app.switchboard.keys.KeyFiles;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.RevokeResult;
import app.switchboard.keys.TwilioKeyGateway;
import app.switchboard.requestlog.RequestLogQueries;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.filter.FilterException;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.RequestListener;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.Shell;
import app.switchboard.ui.SwitchboardApp;
import app.switchboard.ui.common.FxCall;
import app.switchboard.ui.common.FxDialogService;
import app.switchboard.ui.common.FxTaskRunner;
import app.switchboard.ui.common.NextPulse;
import app.switchboard.ui.keys.KeyScope;
import app.switchboard.ui.keys.KeysView;
import app.switchboard.ui.keys.KeysViewModel;
import app.switchboard.ui.keys.SecretOnceDialog;
import app.switchboard.ui.shell.Screen;
import app.switchboard.ui.shell.ScreenHost;
import app.switchboard.ui.snapshot.Headless;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard bench keys}: (1) the keys screen over 10,000 keys more than the demo account has, headless on
 * Monocle without a display: in the app itself (its main window, services and demo sandbox, started as a launch
 * starts them), the first visit two seconds after the first screen shows its data (the app prepares the keys screen
 * meanwhile, the window having had no input) and then coming back to the screen; then a new view of the screen on
 * the warm JVM. Each: time from navigation to the first painted rows and to all rows, and the longest gap between
 * FX frames meanwhile. (2) A bulk revoke of 1,000 keys through the key service and
 * the client's limiter against a sandbox with a known concurrency cap and mean latency, against the ideal time
 * (the deletes' own service times on cap slots kept full; also their sum / cap, and keys x mean / cap) and against
 * a baseline in the same run that sends exactly cap requests at a time without the limiter, then a second bulk of
 * as many keys with the limit the first one learned.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Keys screen over 10,000 keys (first rows, FX frame gaps) and a 1,000-key bulk revoke vs the ideal.")
public final class KeysBench implements Callable<Integer> {
    @Option(names = "--keys", defaultValue = "10000", description = "Extra keys on the account for the screen (default ${DEFAULT-VALUE}).")
    int screenKeys;
    @Option(names = "--screen-latency-ms", defaultValue = "80", description = "Mean sandbox latency for the screen (default ${DEFAULT-VALUE}).")
    int screenLatency;
    @Option(names = "--revoke", defaultValue = "1000", description = "Keys to bulk revoke (default ${DEFAULT-VALUE}).")
    int revokeKeys;
    @Option(names = "--cap", defaultValue = "20", description = "Sandbox concurrency cap for the bulk revoke (default ${DEFAULT-VALUE}).")
    int cap;
    @Option(names = "--revoke-latency-ms", defaultValue = "50", description = "Mean sandbox latency for the bulk revoke (default ${DEFAULT-VALUE}).")
    int revokeLatency;
    private static final int WARM_UP_KEYS = 400;

    @Override
    public Integer call() throws Exception {
        boolean headless = Headless.noDisplay();
        if (headless) {
            Headless.apply();
        }
        System.out.printf(Locale.ROOT, "keys benchmark: %s, java %s, %d CPUs, load average %.1f (frame gaps and times "
                        + "grow when other processes take the CPUs)%n", headless ? "headless (Monocle)" : "on the display",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path home = Files.createTempDirectory("switchboard-bench-keys");
        ScreenFigures screen;
        Bulk bulk;
        try {
            screen = measureScreen(home);
            // The screens' 20,000 rows are garbage now: collected here rather than by a collector thread that would
            // take one of the two CPUs in the middle of a timed bulk.
            System.gc();
            bulk = measureBulkRevoke(home);
        } finally {
            TempFolders.deleteQuietly(home);
        }
        Visit first = screen.app().first();
        System.out.printf(Locale.ROOT, "screen, first visit in the app: first rows %d ms (target <= 300; the slowest answer "
                        + "they waited for %d ms), all %d keys %d ms, FX max frame gap %d ms (target <= 50; %d ms of it in "
                        + "collector pauses; idle before it, the screen prepared meanwhile: %d ms)%n",
                first.firstRowsMs(), screen.app().firstRowsSlowestAnswerMs(), screen.app().keys(), first.allLoadedMs(),
                first.maxGapMs(), first.maxGapGcMs(), screen.app().idleGapMs());
        System.out.printf(Locale.ROOT, "bulk revoke: %d keys, cap %d, mean %d ms: ideal %.0f ms (the sandbox's own times for "
                        + "these deletes, %d slots kept full; %.0f ms for their sum / cap, which leaves out the bulk's end; %d ms "
                        + "at the configured mean), through the limiter %d ms (ratio = ideal / measured = %.2f; target >= 0.90; "
                        + "%.2f against the sum / cap, %.2f at the configured mean); cap-exact baseline %d ms (%.2f of its own "
                        + "ideal; the limiter against it %.2f); %d answers 429; a second bulk with the limit learned %d ms "
                        + "(ratio %.2f); %d failed%n",
                revokeKeys, cap, revokeLatency, bulk.first.phase().capFullMillis(), cap, bulk.first.phase().sumMillis() / cap,
                bulk.configuredIdealMs, bulk.first.ms(), bulk.first.ratio(), bulk.first.sumRatio(cap), bulk.configuredRatio(),
                bulk.baseline.ms(), bulk.baseline.ratio(), bulk.againstBaseline(), bulk.first.phase().throttled(),
                bulk.second.ms(), bulk.second.ratio(), bulk.failed);
        System.out.printf(Locale.ROOT, "RESULT first_rows_ms=%d fx_max_block_ms=%d bulk_revoke_ratio_vs_ideal=%.2f failed=%d "
                        + "back_first_rows_ms=%d back_fx_max_block_ms=%d new_view_first_rows_ms=%d "
                        + "new_view_fx_max_block_ms=%d bulk_revoke_ratio_vs_sum_over_cap=%.2f "
                        + "bulk_revoke_ratio_vs_configured_mean=%.2f bulk_revoke_ratio_vs_cap_exact=%.2f "
                        + "cap_exact_ratio_vs_ideal=%.2f bulk_revoke_429=%d second_bulk_ratio_vs_ideal=%.2f "
                        + "idle_fx_max_block_ms=%d fx_max_block_gc_ms=%d first_rows_slowest_answer_ms=%d%n",
                first.firstRowsMs(), first.maxGapMs(), bulk.first.ratio(), bulk.failed, screen.app().back().firstRowsMs(),
                screen.app().back().maxGapMs(), screen.newView().firstRowsMs(), screen.newView().maxGapMs(), bulk.first.sumRatio(cap),
                bulk.configuredRatio(), bulk.againstBaseline(), bulk.baseline.ratio(), bulk.first.phase().throttled(),
                bulk.second.ratio(), screen.app().idleGapMs(), first.maxGapGcMs(), screen.app().firstRowsSlowestAnswerMs());
        Platform.exit();
        return 0;
    }

    /** The keys screen's figures: in the app (first visit, coming back), and a new view on a warm JVM. */
    private record ScreenFigures(InApp app, Visit newView) {
    }

    /** One keys screen as the app builds it, with no rotation wizard (the benchmark never opens it). */
    private record KeysScreen(KeysViewModel vm, KeysView view) {
        static KeysScreen build(KeyService service, KeyUsageTracker usage, KeyScope scope, FxTaskRunner tasks, Stage s) {
            KeysViewModel vm = new KeysViewModel(service, usage, scope, tasks, new FxDialogService(() -> s),
                    new SecretOnceDialog(s), Clock.systemUTC(), Throwable::getMessage);
            return new KeysScreen(vm, new KeysView(vm, () -> {
                throw new UnsupportedOperationException("no rotation in the benchmark");
            }));
        }
    }

    /**
     * The bulk revoke's times. The ideal of a bulk is the time the sandbox's cap needs for its deletes when kept full:
     * their own service times (their {@code Twilio-Request-Duration}) packed onto cap slots with nothing in between
     * ({@link CapFullSchedule}). At the configured mean latency the sum / cap would be keys x mean / cap,
     * but the latency model's draws put the real mean of 1,000 deletes a few per cent either side of it, and its slow
     * 3 % leave the bulk's last slots finishing alone for 100-300 ms: both would move the ratio as much as anything
     * the client does.
     */
    private record Bulk(long configuredIdealMs, Timed baseline, Timed first, Timed second, long failed) {
        double configuredRatio() {
            return (double) configuredIdealMs / first.ms;
        }

        /** The limiter's first bulk against the cap-exact baseline, both as shares of their own ideals. */
        double againstBaseline() {
            return first.ratio() / baseline.ratio();
        }
    }

    /** One timed bulk and what the sandbox did for it. */
    private record Timed(PhaseTally.Phase phase, long ms) {
        /** The throughput reached as a share of the ideal: ideal time / measured time (1.0 = the cap kept full). */
        double ratio() {
            return phase.capFullMillis() / ms;
        }

        double sumRatio(int cap) {
            return phase.sumMillis() / cap / ms;
        }
    }

    /**
     * Measures the longest gap between frames on the FX thread (a stall there is what a user sees as a freeze), and how
     * much of it the collector's pauses took. The gaps come in the pulse timer's ticks (16 ms on Monocle): a frame's
     * work that ends a little after a tick waits for the next one, so 32 and 48 ms are two and three ticks.
     */
    private static final class FrameGaps extends AnimationTimer {
        private long last;
        private volatile long maxGapStart;
        private volatile long maxGapEnd;
        private CollectorPauses pauses;

        @Override
        public void start() {
            pauses = new CollectorPauses();
            super.start();
        }

        @Override
        public void stop() {
            super.stop();
            pauses.close();
        }

        @Override
        public void handle(long now) {
            if (last != 0 && now - last > maxGapEnd - maxGapStart) {
                maxGapStart = last;
                maxGapEnd = now;
            }
            last = now;
        }

        /** The longest gap since the last call, and the collector pauses inside it. */
        Stalls take() {
            long from = maxGapStart;
            long to = maxGapEnd;
            maxGapStart = 0;
            maxGapEnd = 0;
            return new Stalls(TimeUnit.NANOSECONDS.toMillis(to - from), pauses.millisWithin(from, to));
        }
    }

    /** The longest gap between frames over a span, and the milliseconds of collector pauses inside it. */
    private record Stalls(long maxGapMs, long gcMs) {
    }

    private ScreenFigures measureScreen(Path home) throws Exception {
        // The app's own demo sandbox, with the keys added: the app itself is measured first, on a fresh JVM.
        EmbeddedDemo.startWith(SandboxOptions.demo().withExtraKeys(screenKeys).withMeanLatency(Duration.ofMillis(screenLatency)));
        try (FxTaskRunner tasks = startFx()) {
            InApp app = measureInApp(home, tasks);
            Visit fresh = measureNewView(home, tasks);
            return new ScreenFigures(app, fresh);
        }
    }

    /** The keys screen in the app: its first visit once the first screen shows its data, then coming back to it. */
    private record InApp(Visit first, Visit back, int keys, long idleGapMs, long firstRowsSlowestAnswerMs) {
    }

    /** One navigation to the keys screen: first rows, all loaded, the longest frame gap meanwhile. */
    private record Visit(long firstRowsMs, long allLoadedMs, Stalls stalls) {
        long maxGapMs() {
            return stalls.maxGapMs();
        }

        /** How much of the longest frame gap the collector's pauses took. */
        long maxGapGcMs() {
            return stalls.gcMs();
        }
    }

    private InApp measureInApp(Path home, FxTaskRunner tasks) throws Exception {
        FrameGaps gaps = new FrameGaps();
        Stage[] stage = new Stage[1];
        AppPaths paths = AppPaths.under(home.resolve("app"));
        Shell shell = FxCall.await(() -> {
            stage[0] = new Stage();
            AppContext ctx = new AppContext(paths, tasks, new FxDialogService(() -> stage[0]),
                    AppContext.defaultSecretStorage(paths));
            Shell opened = SwitchboardApp.open(stage[0], ctx, true);
            gaps.start();
            return opened;
        });
        try {
            shell.window().currentReady().toCompletableFuture().get(60, TimeUnit.SECONDS);
            // A user's first look at the first screen, two seconds; the other screens' classes load meanwhile and
            // the keys screen is prepared, as in the app. The frame after readiness still lays out the first
            // screen's tree (the screen is ready once the tree has joined the window): the idle frames are the ones
            // after it.
            Scene scene = shell.window().getScene();
            CompletableFuture<Void> laidOut = new CompletableFuture<>();
            FxCall.await(() -> {
                NextPulse.then(scene, () -> laidOut.complete(null));
                return null;
            });
            laidOut.get(10, TimeUnit.SECONDS);
            gaps.take();
            Thread.sleep(2000);
            long idleGap = gaps.take().maxGapMs();
            Runnable toKeys = () -> shell.viewModel().navigate(Screen.KEYS);
            Instant navigated = Instant.now();
            Visit first = visit(scene, shell.window(), toKeys, gaps);
            long slowestAnswer = slowestAnswerWithin(paths, navigated, first.firstRowsMs());
            FxCall.await(() -> {
                shell.viewModel().navigate(Screen.ACCOUNTS);
                return null;
            });
            Thread.sleep(1000);
            Visit back = visit(scene, shell.window(), toKeys, gaps);
            int keys = FxCall.await(() -> shell.window().lookup("#keys-table") instanceof TableView<?> t ? t.getItems().size() : 0);
            System.out.printf(Locale.ROOT, "in the app (its demo sandbox with %d keys more, mean latency %d ms; %s first):%n"
                    + "  first visit: first rows %d ms (the slowest answer they waited for %d ms), all %d "
                    + "keys %d ms, FX max frame gap %d ms (%d ms of it in collector pauses)%n"
                    + "  coming back: first rows %d ms, all refreshed %d ms, FX max frame gap %d ms (%d ms of it in "
                    + "collector pauses)%n"
                    + "  idle before the first visit (the keys screen prepared meanwhile): FX max frame gap %d ms%n",
                    screenKeys, screenLatency, Screen.ACCOUNTS.title(), first.firstRowsMs, slowestAnswer, keys, first.allLoadedMs,
                    first.maxGapMs(), first.maxGapGcMs(), back.firstRowsMs, back.allLoadedMs, back.maxGapMs(), back.maxGapGcMs(),
                    idleGap);
            return new InApp(first, back, keys, idleGap, slowestAnswer);
        } finally {
            FxCall.await(() -> {
                gaps.stop();
                shell.stop();
                stage[0].close();
                return null;
            });
        }
    }

    /**
     * Runs {@code navigation} (showing the keys screen) on the FX thread and times it. Rows count as visible once a
     * frame has been laid out with a row of keys in the screen's table; all are loaded once the screen's busy
     * indicator is gone.
     *
     * @param root where the keys screen appears
     */
    private static Visit visit(Scene scene, Parent root, Runnable navigation, FrameGaps gaps) throws Exception {
        CompletableFuture<Long> firstRows = new CompletableFuture<>();
        CompletableFuture<Long> allLoaded = new CompletableFuture<>();
        long[] start = new long[1];
        // Each node it needs is looked up once: a lookup walks the window, inside the very frames being measured.
        Runnable probe = new Runnable() {
            private Node view;
            private Node table;
            private ProgressIndicator busy;

            @Override
            public void run() {
                long now = System.nanoTime();
                if (view == null && (view = root.lookup(".keys-view")) == null) {
                    return;
                }
                if (table == null && (table = view.lookup("#keys-table")) == null) {
                    return;
                }
                if (!firstRows.isDone() && showsRows(table)) {
                    firstRows.complete(now);
                }
                if (busy == null) {
                    busy = busyIndicator(view);
                }
                if (firstRows.isDone() && busy != null && !busy.isVisible()) {
                    allLoaded.complete(now);
                }
            }
        };
        FxCall.await(() -> {
            scene.addPostLayoutPulseListener(probe);
            gaps.take();
            start[0] = System.nanoTime();
            navigation.run();
            return null;
        });
        try {
            long first = firstRows.get(60, TimeUnit.SECONDS);
            long all = allLoaded.get(120, TimeUnit.SECONDS);
            return new Visit(TimeUnit.NANOSECONDS.toMillis(first - start[0]), TimeUnit.NANOSECONDS.toMillis(all - start[0]),
                    gaps.take());
        } finally {
            FxCall.await(() -> {
                scene.removePostLayoutPulseListener(probe);
                return null;
            });
        }
    }

    /**
     * The longest round trip, from the app's own request log, among the requests that started after {@code from} and
     * were answered within {@code withinMs} of it: the first rows of a visit cannot come sooner than the answers they
     * wait for, so a slow first rows figure can be told apart from a slow screen. -1 when the log has none.
     */
    private static long slowestAnswerWithin(AppPaths paths, Instant from, long withinMs) {
        try (RequestLogQueries log = RequestLogQueries.open(paths.dataDir().resolve("requestlog.db"), Clock.systemUTC())) {
            long slowest = -1;
            for (RequestRow r : log.newerThan(log.filter(""), 0, 1000)) {
                long startedMs = Duration.between(from, r.time()).toMillis();
                if (startedMs >= 0 && startedMs + r.roundTripMillis() <= withinMs) {
                    slowest = Math.max(slowest, Math.round(r.roundTripMillis()));
                }
            }
            return slowest;
        } catch (RuntimeException | FilterException e) {
            return -1; // the log is the app's to open; a bench that cannot read it reports no figure
        }
    }

    /** The keys screen's busy indicator, once its status bar has joined. */
    private static ProgressIndicator busyIndicator(Node keysView) {
        for (Node n : keysView.lookupAll(".progress-indicator")) {
            if (n instanceof ProgressIndicator busy && !(n instanceof ProgressBar)) {
                return busy;
            }
        }
        return null;
    }

    /**
     * A new view of the keys screen on the now warm JVM, in a window of its own over a sandbox of its own: what a
     * fresh load costs once the code is compiled (coming back to the app's screen shows the keys it had and
     * refreshes them in place).
     */
    private Visit measureNewView(Path home, FxTaskRunner tasks) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().withExtraKeys(screenKeys)
                .withMeanLatency(Duration.ofMillis(screenLatency)));
             TwilioClient client = TwilioClient.create()) {
            DemoAccount demo = sandbox.demoAccount();
            KeyUsageTracker usage = new KeyUsageTracker();
            client.addListener(usage);
            KeyService service = keyService(home, client, demoAccount(client, sandbox));
            service.list(demo.accountSid()); // warms the connection, as the app's is by the time a user navigates
            FrameGaps gaps = new FrameGaps();
            Stage s = FxCall.await(() -> {
                Stage window = new Stage();
                // Shown the way the main window shows screens: in a ScreenHost, another screen before.
                ScreenHost host = new ScreenHost();
                host.show(new Label("Dashboard"));
                window.setScene(new Scene(host, 1280, 760));
                window.show();
                gaps.start();
                return window;
            });
            Thread.sleep(500);
            KeyScope scope = new KeyScope() {
                @Override
                public List<String> accountSids() {
                    return List.of(demo.accountSid());
                }

                @Override
                public String credentialSid() {
                    return demo.apiKeySid();
                }
            };
            KeysScreen screen = FxCall.await(() -> KeysScreen.build(service, usage, scope, tasks, s));
            ScreenHost host = (ScreenHost) s.getScene().getRoot();
            // Navigation as the main window does it: the screen shown, then activated.
            Visit load = visit(s.getScene(), host, () -> {
                host.show(screen.view());
                screen.vm().activate();
            }, gaps);
            System.out.printf(Locale.ROOT, "a new view, warm JVM (a window and sandbox of its own): first rows %d ms, "
                    + "all loaded %d ms, FX max frame gap %d ms (%d ms of it in collector pauses)%n", load.firstRowsMs,
                    load.allLoadedMs, load.maxGapMs(), load.maxGapGcMs());
            FxCall.await(() -> {
                screen.vm().deactivate();
                gaps.stop();
                s.close();
                return null;
            });
            return load;
        }
    }

    /** Whether a laid-out row of the key table in {@code node} shows a key. */
    private static boolean showsRows(Node node) {
        for (Node n : node.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getItem() != null && row.isVisible() && row.getHeight() > 0) {
                return true;
            }
        }
        return false;
    }

    private static FxTaskRunner startFx() throws InterruptedException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.setImplicitExit(false);
        Platform.startup(() -> started.complete(null));
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX did not start: " + e.getMessage(), e);
        }
        return new FxTaskRunner(4);
    }

    private Bulk measureBulkRevoke(Path home) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().withExtraKeys(3 * revokeKeys + WARM_UP_KEYS).withConcurrencyCap(cap)
                .withMeanLatency(Duration.ofMillis(revokeLatency)));
             TwilioClient client = TwilioClient.create()) {
            DemoAccount demo = sandbox.demoAccount();
            AccountClient account = demoAccount(client, sandbox);
            PhaseTally tally = new PhaseTally();
            client.addListener(tally);
            KeyService service = keyService(home.resolve("bulk"), client, account);
            List<ApiKey> bulk = service.list(demo.accountSid()).stream().filter(k -> k.friendlyName().startsWith("bulk key "))
                    .collect(Collectors.toList());
            List<ApiKey> forBaseline = bulk.subList(0, revokeKeys);
            List<ApiKey> forLimiter = bulk.subList(revokeKeys, 2 * revokeKeys);
            List<ApiKey> forSecond = bulk.subList(2 * revokeKeys, 3 * revokeKeys);
            warmUp(sandbox, home, bulk.subList(3 * revokeKeys, bulk.size()));

            long baselineMs = capExactBaseline(account, forBaseline);
            Timed baseline = new Timed(tally.take(cap), baselineMs);
            long t0 = System.nanoTime();
            List<RevokeResult> results = service.revokeAll(forLimiter, () -> false, (n, r) -> { });
            Timed first = new Timed(tally.take(cap), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            // A second bulk on the same client: its limiter starts at what the first one learned, as in a session of
            // the app (the first bulk of a session starts slow, at a few requests, and finds the cap).
            long t1 = System.nanoTime();
            List<RevokeResult> second = service.revokeAll(forSecond, () -> false, (n, r) -> { });
            Timed later = new Timed(tally.take(cap), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1));
            long failed = results.stream().filter(r -> !r.succeeded()).count() + second.stream().filter(r -> !r.succeeded()).count();
            return new Bulk((long) revokeKeys * revokeLatency / cap, baseline, first, later, failed);
        }
    }

    /**
     * Per phase of the bulk revoke: the answers 429, and the time the sandbox itself spent on each delete it carried
     * out (its {@code Twilio-Request-Duration}), in the order they were sent.
     */
    private static final class PhaseTally implements RequestListener {
        record Phase(int throttled, double sumMillis, double capFullMillis) {
        }

        private int throttled;
        private final TreeMap<Long, Double> deleteMillis = new TreeMap<>();

        @Override
        public synchronized void onRecord(RequestRecord r) {
            if (r.status() == 429) {
                throttled++;
            } else if ("DELETE".equals(r.method()) && r.status() < 300 && r.twilioDurationSeconds() != null) {
                deleteMillis.put(r.id(), r.twilioDurationSeconds() * 1000);
            }
        }

        synchronized Phase take(int cap) {
            double sum = deleteMillis.values().stream().mapToDouble(Double::doubleValue).sum();
            Phase p = new Phase(throttled, sum, CapFullSchedule.millis(deleteMillis.values(), cap));
            throttled = 0;
            deleteMillis.clear();
            return p;
        }
    }

    /**
     * Revokes a few hundred keys through a client of its own before anything is timed: the JIT compiles the delete
     * path (client, sandbox, audit log) on this 2-core machine's CPUs meanwhile, which otherwise lands in whichever
     * timed phase comes first. The timed client's limiter starts fresh all the same.
     */
    private static void warmUp(Sandbox sandbox, Path home, List<ApiKey> keys) throws Exception {
        try (TwilioClient client = TwilioClient.create()) {
            keyService(home.resolve("warm-up"), client, demoAccount(client, sandbox)).revokeAll(keys, () -> false, (n, r) -> { });
        }
    }

    /** The sandbox's demo account through {@code client}, signed in with its main API key. */
    private static AccountClient demoAccount(TwilioClient client, Sandbox sandbox) {
        DemoAccount demo = sandbox.demoAccount();
        return client.account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    /** The key service over {@code account}, its journal and audit log under {@code dir}. */
    private static KeyService keyService(Path dir, TwilioClient client, AccountClient account) {
        return KeyFiles.under(dir).service(new TwilioKeyGateway(client, account), "bench", Clock.systemUTC());
    }

    /** Exactly {@code cap} requests in flight, no limiter: what this machine and sandbox allow at best. */
    private long capExactBaseline(AccountClient account, List<ApiKey> keys) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(cap);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (ApiKey k : keys) {
                futures.add(pool.submit(() -> account.keys().delete(k.sid())));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        } finally {
            pool.shutdownNow();
        }
    }
}
