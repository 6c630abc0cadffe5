package app.switchboard.bench;

import app.switchboard.traffic.Sampler;
import app.switchboard.traffic.TrafficMonitor;
import app.switchboard.traffic.TrafficRecorder;
import app.switchboard.traffic.TrafficWindow;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import app.switchboard.ui.traffic.TrafficViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard bench traffic}: a simulated hour of 10 accounts at 20 requests/s each (with a 429
 * storm), fast-forwarded through the real recorder, statistics and view model. Measures the memory the
 * series hold and the time of the tick that builds the chart frame. Baseline in the same run: the
 * memory of keeping every sample as a {@code TrafficSample}, the naive design this replaces.
 */
@Command(name = "traffic", mixinStandardHelpOptions = true,
        description = "Live-traffic statistics and chart model: memory and per-tick time over a simulated hour.")
public final class TrafficBench implements Callable<Integer> {

    private static final long START_MS = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    /** Ticks before this are JIT warm-up and not counted. */
    private static final int WARMUP_TICKS = 120;
    /** Tick time is measured as the thread's CPU time: 8 engineers share 2 cores, so wall time is mostly waiting. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Option(names = "--accounts", defaultValue = "10", description = "Accounts (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--rate", defaultValue = "20", description = "Records per second per account (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--minutes", defaultValue = "60", description = "Simulated minutes (default ${DEFAULT-VALUE}).")
    int minutes;

    @Override
    public Integer call() {
        long heapBefore = usedHeapAfterGc();
        FakeClock clock = new FakeClock(START_MS);
        TrafficRecorder recorder = new TrafficRecorder();
        TrafficMonitor monitor = new TrafficMonitor(recorder, clock);
        Sampler sampler = new Sampler((period, task) -> () -> { }, sid -> { });
        int[] notifications = new int[1];
        TrafficViewModel vm = new TrafficViewModel(new InlineRunner(), new CountingDialogs(notifications), monitor,
                sampler, clock, ref -> { });
        String[] sids = new String[accounts];
        for (int a = 0; a < accounts; a++) {
            sids[a] = String.format("AC%032x", a + 1);
            vm.watch(sids[a]);
            vm.setLimit(sids[a], "100", 0.8);
        }
        vm.windowProperty().set(TrafficWindow.ONE_HOUR);
        vm.activate();

        Load load = new Load(accounts, rate);
        int seconds = minutes * 60;
        long[] tickNanos = new long[seconds * 2];
        long[] tickCpuNanos = new long[seconds * 2];
        int ticks = 0;
        int pointsMax = 0;
        long records = 0;
        for (int sec = 0; sec < seconds; sec++) {
            for (int half = 0; half < 2; half++) {
                long from = START_MS + sec * 1000L + half * 500L;
                records += load.emit(recorder, sids, from, sec);
                clock.set(from + 500);
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                vm.tick();
                tickNanos[ticks] = System.nanoTime() - t0;
                tickCpuNanos[ticks++] = THREADS.getCurrentThreadCpuTime() - c0;
                pointsMax = Math.max(pointsMax, vm.frameProperty().get().pointsMax());
            }
        }
        double samplesMb = monitor.bytes() / 1e6;
        long heapAfter = usedHeapAfterGc();
        double baselineMb = records * rawSampleBytes() / 1e6;
        long[] measured = sortedAfterWarmup(tickCpuNanos, ticks);
        long[] wall = sortedAfterWarmup(tickNanos, ticks);

        System.out.printf("simulated %d min: %d accounts x %d records/s = %d records, %d ticks of %d ms%n",
                minutes, accounts, rate, records, ticks, TrafficViewModel.TICK.toMillis());
        System.out.printf("series memory (exact array accounting): %.2f MB; heap retained after GC: %.2f MB%n",
                samplesMb, (heapAfter - heapBefore) / 1e6);
        System.out.printf("baseline, every sample kept raw: %.2f MB (%.1fx more), and it grows with time%n",
                baselineMb, baselineMb / samplesMb);
        System.out.printf("tick (drain + alerts + frame of %d accounts, 1 h window), thread CPU time: p50 %.3f ms,"
                + " p99 %.3f ms, max %.3f ms%n", accounts, pct(measured, 0.50), pct(measured, 0.99),
                measured[measured.length - 1] / 1e6);
        System.out.printf("  same ticks, wall clock (includes preemption on a shared machine): p50 %.3f ms, p99 %.3f ms%n",
                pct(wall, 0.50), pct(wall, 0.99));
        for (TrafficWindow w : TrafficWindow.values()) {
            vm.windowProperty().set(w);
            long[] t = new long[200];
            for (int i = 0; i < t.length; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                vm.tick();
                t[i] = THREADS.getCurrentThreadCpuTime() - c0;
                pointsMax = Math.max(pointsMax, vm.frameProperty().get().pointsMax());
            }
            Arrays.sort(t);
            System.out.printf("  window %-5s: %d points per series, tick p99 %.3f ms%n", w.label(),
                    vm.frameProperty().get().pointsMax(), pct(t, 0.99));
        }
        System.out.printf("notifications raised: %d (429 storm debounced); dropped samples: %d%n",
                notifications[0], recorder.dropped());
        System.out.printf("RESULT accounts=%d samples_mb=%.2f tick_p99_ms=%.3f points_max=%d tick_p99_wall_ms=%.3f%n",
                accounts, samplesMb, pct(measured, 0.99), pointsMax, pct(wall, 0.99));
        return 0;
    }

    private static long[] sortedAfterWarmup(long[] nanos, int count) {
        long[] measured = Arrays.copyOfRange(nanos, Math.min(WARMUP_TICKS, count), count);
        Arrays.sort(measured);
        return measured;
    }

    private static double pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** A TrafficSample (header + 2 longs + 2 doubles + 2 ints + ref) and its RQ string (34 Latin-1 chars). */
    private static long rawSampleBytes() {
        return 64 + 16 + 24 + 40;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Synthetic load: concurrency drifts around 30-60 with bursts; account 0 hits a storm of 429s in
     * minute 30 (a quarter of its requests refused for a minute). Durations are log-normal-ish.
     */
    private static final class Load {
        private final Random random = new Random(42);
        private final int perHalfSecond;
        private final int[] level;
        private long nextId = 1;

        Load(int accounts, int rate) {
            this.perHalfSecond = rate / 2;
            this.level = new int[accounts];
            Arrays.fill(level, 40);
        }

        int emit(TrafficRecorder recorder, String[] sids, long fromMs, int second) {
            for (int a = 0; a < sids.length; a++) {
                level[a] = Math.max(1, Math.min(120, level[a] + random.nextInt(7) - 3));
                for (int i = 0; i < perHalfSecond; i++) {
                    boolean storm = a == 0 && second / 60 == 30 && random.nextInt(4) == 0;
                    int status = storm ? 429 : random.nextInt(500) == 0 ? 500 : 200;
                    double server = 0.04 + Math.exp(random.nextGaussian() * 0.6) * 0.08;
                    long id = nextId++;
                    recorder.onRecord(new RequestRecord(id, 0, 1, Instant.ofEpochMilli(fromMs + i * 50L), sids[a],
                            "SK0", "GET", "https://api.twilio.com/2010-04-01/Accounts.json", status, storm ? 20429 : null,
                            String.format("RQ%032x", id), level[a] + random.nextInt(5), server,
                            server * 1000 + 20 + random.nextDouble() * 40, 0, 512, null, null, null, null, null));
                }
            }
            return sids.length * perHalfSecond;
        }
    }

    private static final class FakeClock extends Clock {
        private long millis;

        FakeClock(long millis) {
            this.millis = millis;
        }

        void set(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** The view model's runner, inline: the benchmark has no FX thread. */
    private static final class InlineRunner implements TaskRunner {
        @Override
        public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
            return () -> { };
        }

        @Override
        public Cancellable every(Duration period, Runnable tick) {
            return () -> { }; // the benchmark calls tick() itself, on simulated time
        }
    }

    private static final class CountingDialogs implements DialogService {
        private final int[] notifications;

        CountingDialogs(int[] notifications) {
            this.notifications = notifications;
        }

        @Override
        public void showError(String title, String message, String details) {
            System.out.println("error: " + title + ": " + message);
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
            notifications[0]++;
        }
    }
}
