package app.switchboard.requestlog.bench;

import app.switchboard.requestlog.RequestLogDatabase;
import app.switchboard.requestlog.RequestLogQueries;
import app.switchboard.requestlog.RequestLogSettings;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.SampleTraffic;
import app.switchboard.requestlog.filter.FilterException;
import app.switchboard.requestlog.filter.SqlFilter;
import app.switchboard.twilio.RequestRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code switchboard bench requestlog}: inserts realistic records through the store's write path, then
 * times opening the log with its first page and a fixed list of filter queries. The baseline, measured
 * in the same run, is an unindexed full scan of the same rows.
 */
@Command(name = "requestlog", mixinStandardHelpOptions = true,
        description = "Benchmark the request log: insert rate, first page, filter queries, bytes per row, heap.")
public final class RequestLogBench implements Callable<Integer> {

    private static final int PAGE = 100;
    private static final int REPEATS = 5;
    private static final int BATCH = 5_000;

    @Option(names = "--rows", description = "records to insert (default ${DEFAULT-VALUE})", defaultValue = "1000000")
    long rows;

    @Option(names = "--dir", description = "folder for the database (default: a new temporary folder, deleted after)")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path folder = temporary ? Files.createTempDirectory("switchboard-bench-requestlog") : dir;
        Path file = RequestLogDatabase.fileIn(folder);
        Files.deleteIfExists(file);
        Instant end = Instant.parse("2026-11-28T09:00:00Z");
        Clock clock = Clock.fixed(end, ZoneOffset.UTC);
        try {
            out.printf(Locale.ROOT, "request log benchmark: %,d rows in %s%n", rows, file);
            long insertNanos;
            long insertCpuNanos;
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            RequestLogSettings settings = new RequestLogSettings(Duration.ofDays(3650), rows * 2, Long.MAX_VALUE, 64 * 1024, 20_000);
            Iterator<RequestRecord> traffic = new SampleTraffic(42, rows, end, Duration.ofDays(7).toMillis(), false);
            try (RequestLogStore store = RequestLogStore.open(file, settings, clock)) {
                // Records are made one batch ahead and only the writing is timed: the figure is the store's.
                insertNanos = 0;
                insertCpuNanos = 0;
                List<RequestRecord> batch = new ArrayList<>(BATCH);
                while (traffic.hasNext()) {
                    batch.clear();
                    while (traffic.hasNext() && batch.size() < BATCH) {
                        batch.add(traffic.next());
                    }
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    store.writeAll(batch.iterator(), null);
                    insertNanos += System.nanoTime() - t0;
                    insertCpuNanos += threads.getCurrentThreadCpuTime() - c0;
                }
            }
            double insertRate = rows / (insertNanos / 1e9);
            out.printf(Locale.ROOT, "%-58s %12s%n", "step", "ms");
            out.printf(Locale.ROOT, "%-58s %12.0f  (%,.0f rows/s)%n", "insert " + rows + " rows in batches", insertNanos / 1e6, insertRate);
            // On a shared machine the wall clock also measures other processes; CPU time is this thread's own
            // work (Java and SQLite).
            out.printf(Locale.ROOT, "%-58s %12.0f  (%,.0f rows per CPU second; load average %.1f)%n", "  of which CPU time of the writing thread",
                    insertCpuNanos / 1e6, rows / (insertCpuNanos / 1e9), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            long t1 = System.nanoTime();
            double firstPageMs;
            List<Double> pageTimes = new ArrayList<>();
            try (RequestLogQueries q = RequestLogQueries.open(file, clock)) {
                List<RequestRow> first = q.page(q.filter(""), Long.MAX_VALUE, PAGE);
                firstPageMs = (System.nanoTime() - t1) / 1e6;
                out.printf(Locale.ROOT, "%-58s %12.1f  (%d rows)%n", "open database + first page", firstPageMs, first.size());
                String someRid = q.page(q.filter(""), first.get(first.size() - 1).id() - rows / 2, 1).get(0).requestId();
                String someAccount = first.get(0).account();
                double baseline = time(() -> fullScan(q));
                out.printf(Locale.ROOT, "%-58s %12.1f%n", "baseline: unindexed full scan of all rows", baseline);
                for (String f : filters(someAccount, someRid)) {
                    SqlFilter filter = q.filter(f);
                    double[] samples = new double[REPEATS];
                    int[] found = new int[1];
                    for (int i = 0; i < REPEATS; i++) {
                        samples[i] = time(() -> found[0] = q.page(filter, Long.MAX_VALUE, PAGE).size());
                        pageTimes.add(samples[i]);
                    }
                    double countMs = time(() -> q.count(filter));
                    Arrays.sort(samples);
                    out.printf(Locale.ROOT, "%-58s %12.1f  (%d rows on page; median, count(*) %.0f ms)%n",
                            "page: " + abbreviate(f), samples[REPEATS / 2], found[0], countMs);
                }
            }
            pageTimes.sort(Double::compare);
            double p50 = percentile(pageTimes, 0.50);
            double p95 = percentile(pageTimes, 0.95);
            long bytes = Files.size(file) + sizeIfExists(folder.resolve(RequestLogDatabase.FILE_NAME + "-wal"));
            double bytesPerRow = (double) bytes / rows;
            double rowBytesPerRow = bytesWithoutDetail(file) / (double) rows;
            // The peak depends on how lazily the collector runs under the JVM's max heap; what the log holds on
            // to is the heap still in use after a full collection. Both are printed; the RESULT has the latter.
            long peakMb = peakHeapBytes() / (1024 * 1024);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            out.printf(Locale.ROOT, "%-58s %12d%n", "heap in use after a full GC (MB)", heapMb);
            out.printf(Locale.ROOT, "%-58s %12d%n", "peak heap during the run (MB; max heap " + rt.maxMemory() / (1024 * 1024)
                    + " MB, run with -Xmx256m to bound it)", peakMb);
            out.printf(Locale.ROOT, "%-58s %12.0f%n", "file bytes per row (headers included)", bytesPerRow);
            out.printf(Locale.ROOT, "%-58s %12.0f%n", "bytes per row without headers/bodies (dbstat)", rowBytesPerRow);
            out.printf(Locale.ROOT, "targets: insert >= 50000 rows/s, first page <= 200 ms, query p95 <= 100 ms, <= 400 bytes/row, heap <= 256 MB%n");
            out.printf(Locale.ROOT, "RESULT rows=%d insert_rows_per_s=%.0f first_page_ms=%.1f query_p50_ms=%.1f query_p95_ms=%.1f"
                    + " bytes_per_row=%.0f heap_mb=%d%n", rows, insertRate, firstPageMs, p50, p95, rowBytesPerRow, heapMb);
            out.flush();
            return 0;
        } finally {
            if (temporary) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(folder.resolve(RequestLogDatabase.FILE_NAME + suffix));
                }
                Files.deleteIfExists(folder);
            }
        }
    }

    /** The fixed query list, printed with the results. */
    static List<String> filters(String account, String rid) {
        return List.of(
                "status>=400",
                "method=POST path*=Keys",
                "account=" + account,
                "code=20429",
                "duration>0.1",
                "concurrency>=30",
                "rid=" + rid,
                "retry=true",
                "time>-1h",
                "not status=200 and (method=DELETE or host=iam.twilio.com)",
                "IncomingPhoneNumbers",
                "status=404 rtt>100",
                "code=20500 or status>=500");
    }

    private static long fullScan(RequestLogQueries q) {
        try {
            return q.count(q.filter("rtt>0 or rtt<=0"));
        } catch (FilterException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static long sizeIfExists(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    /** Bytes used by everything but the detail table (headers and bodies), from SQLite's dbstat. */
    private static long bytesWithoutDetail(Path file) {
        try (Connection c = RequestLogDatabase.openForReading(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sum(pgsize) FROM dbstat WHERE name NOT IN ('detail')")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 47) + "...";
    }
}
