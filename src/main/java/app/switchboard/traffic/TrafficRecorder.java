package app.switchboard.traffic;

import app.switchboard.twilio.RequestListener;
import app.switchboard.twilio.RequestRecord;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Takes every request record from the client's I/O threads into a bounded buffer per account, without
 * locks, so the client never waits on the charts. A single consumer ({@link TrafficMonitor#drain()})
 * empties the buffers on its tick. When a buffer is full (the consumer stalled) new samples are dropped
 * and counted rather than growing memory.
 */
public final class TrafficRecorder implements RequestListener {

    /** About 15 minutes of a busy account at 20 requests/s. */
    public static final int DEFAULT_CAPACITY = 20_000;

    private final int capacity;
    private final Map<String, Buffer> buffers = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    public TrafficRecorder() {
        this(DEFAULT_CAPACITY);
    }

    public TrafficRecorder(int capacityPerAccount) {
        if (capacityPerAccount < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacityPerAccount;
    }

    @Override
    public void onRecord(RequestRecord record) {
        if (record == null || record.accountSid() == null) {
            return; // nothing to chart it against
        }
        Buffer buffer = buffers.computeIfAbsent(record.accountSid(), sid -> new Buffer());
        if (buffer.size.incrementAndGet() > capacity) {
            buffer.size.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        buffer.queue.offer(TrafficSample.of(record));
    }

    /** Hands every buffered sample to {@code sink}; one consumer thread at a time. */
    void drain(BiConsumer<String, TrafficSample> sink) {
        for (Map.Entry<String, Buffer> e : buffers.entrySet()) {
            Buffer buffer = e.getValue();
            TrafficSample s;
            while ((s = buffer.queue.poll()) != null) {
                buffer.size.decrementAndGet();
                sink.accept(e.getKey(), s);
            }
        }
    }

    /** Drops whatever is buffered for an account that was removed. */
    void forget(String accountSid) {
        buffers.remove(accountSid);
    }

    /** Samples dropped because a buffer was full. */
    public long dropped() {
        return dropped.get();
    }

    private static final class Buffer {
        final Queue<TrafficSample> queue = new ConcurrentLinkedQueue<>();
        final AtomicInteger size = new AtomicInteger();
    }
}
