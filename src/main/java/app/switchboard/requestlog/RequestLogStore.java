package app.switchboard.requestlog;

import app.switchboard.AppPaths;
import app.switchboard.twilio.RequestListener;
import app.switchboard.twilio.RequestRecord;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The request log on disk. As a {@link RequestListener} it only queues records (never blocking the
 * client: when the bounded queue is full the record is dropped and counted); its own daemon thread
 * writes them in batches, one transaction per batch, so a crash loses at most the uncommitted batch.
 * Write problems (locked file, full disk) become {@link #health()} messages; the app carries on.
 */
public final class RequestLogStore implements RequestListener, AutoCloseable {

    static final int BATCH = 2_000;
    private static final Duration RETENTION_EVERY = Duration.ofMinutes(1);

    private final Path file;
    private final BatchWriter writer;
    private final BlockingQueue<RequestRecord> queue;
    private final Clock clock;
    private final Thread thread;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private volatile String problem;
    private volatile boolean closing;
    private long lastRetentionMs;

    private RequestLogStore(Path file, RequestLogSettings settings, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        try {
            this.writer = new BatchWriter(file, RequestLogDatabase.openForWriting(file), settings, clock);
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
        this.thread = new Thread(this::drainLoop, "switchboard-requestlog-writer");
        thread.setDaemon(true);
    }

    /** Opens (or creates) {@code requestlog.db} in the current user's data folder. */
    public static RequestLogStore openDefault() {
        // the default zone: "time>2026-11-28T10:00" in a filter means the user's local ten o'clock
        return open(RequestLogDatabase.fileIn(AppPaths.forCurrentUser().dataDir()), RequestLogSettings.defaults(),
                Clock.systemDefaultZone());
    }

    /**
     * Opens the log at {@code file} and starts its writer thread.
     *
     * @throws RequestLogException with a user-facing message (newer schema, damaged or unwritable file)
     */
    public static RequestLogStore open(Path file, RequestLogSettings settings, Clock clock) {
        RequestLogStore store = new RequestLogStore(file, settings, clock);
        store.retentionNow();
        store.thread.start();
        return store;
    }

    @Override
    public void onRecord(RequestRecord record) {
        if (closing || !queue.offer(record)) {
            dropped.incrementAndGet();
        } else {
            accepted.incrementAndGet();
        }
    }

    /**
     * Writes records now, on the calling thread, through the same batch path (HAR import, benchmark).
     * Waits for nothing queued: callers use it while the live queue is quiet or alongside it.
     *
     * @return records written
     */
    public long writeAll(Iterator<RequestRecord> records, String sourceLabel) {
        synchronized (writer) {
            try {
                int source = sourceLabel == null ? RequestLogDatabase.OWN_SOURCE_ID : writer.source(sourceLabel);
                long n = 0;
                List<RequestRecord> batch = new ArrayList<>(BATCH);
                while (records.hasNext()) {
                    batch.add(records.next());
                    if (batch.size() == BATCH) {
                        writer.write(batch, source);
                        n += batch.size();
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    writer.write(batch, source);
                    n += batch.size();
                }
                return n;
            } catch (SQLException e) {
                throw RequestLogException.of(e, file);
            }
        }
    }

    private void drainLoop() {
        List<RequestRecord> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                RequestRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    writeBatch(batch);
                    batch.clear();
                }
                if (clock.millis() - lastRetentionMs > RETENTION_EVERY.toMillis()) {
                    retentionNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeBatch(List<RequestRecord> batch) {
        synchronized (writer) {
            try {
                writer.write(batch, RequestLogDatabase.OWN_SOURCE_ID);
                written.addAndGet(batch.size());
                problem = null;
            } catch (SQLException e) {
                // the message first: awaitWritten() returns as soon as the counter moves
                problem = RequestLogException.describe(e, file) + " (" + (lost.get() + batch.size()) + " records not saved)";
                lost.addAndGet(batch.size());
            } catch (RuntimeException e) {
                problem = "Request log: " + batch.size() + " records could not be saved: " + e.getMessage();
                lost.addAndGet(batch.size());
            }
        }
    }

    private void retentionNow() {
        lastRetentionMs = clock.millis();
        synchronized (writer) {
            try {
                writer.applyRetention();
                writer.optimize();
            } catch (SQLException e) {
                problem = RequestLogException.describe(e, file);
            }
        }
    }

    /** Blocks until every record accepted so far is written (or lost), or the timeout passes. */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written.get() + lost.get() < accepted.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** What the status bar shows: the last write problem (or null) and the counters. */
    public Health health() {
        return new Health(problem, written.get(), dropped.get(), lost.get(), queue.size());
    }

    /** @param problem a user-facing message about the last failed write, or null when all is well */
    public record Health(String problem, long written, long dropped, long lost, int queued) { }

    public Path file() {
        return file;
    }

    /** A read-only view for queries; each call opens its own connection, close it when done. */
    public RequestLogQueries queries() {
        return RequestLogQueries.open(file, clock);
    }

    /** Writes what is queued, then stops the writer thread and closes the file. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (writer) {
            try {
                writer.optimize();   // fresh planner statistics for the next session's queries
            } catch (SQLException e) {
                problem = RequestLogException.describe(e, file);
            }
            writer.close();
        }
    }
}
