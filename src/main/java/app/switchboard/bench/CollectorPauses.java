package app.switchboard.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's recent pauses, to tell how much of a stall they took. Times are on {@link System#nanoTime()}'s
 * clock; the JVM reports pauses in whole milliseconds since it started, so the figures are good to a millisecond.
 */
final class CollectorPauses implements AutoCloseable {
    private static final int KEPT = 256;
    /** How ZGC's and Shenandoah's "Cycles" beans name a collection that ran beside the app (their pauses have beans of their own). */
    private static final String CONCURRENT_CYCLE = "end of GC cycle";

    private record Pause(long startNanos, long endNanos) {
    }

    private final ConcurrentLinkedDeque<Pause> pauses = new ConcurrentLinkedDeque<>();
    // The notifications count from the JVM's start as the wall clock saw it (RuntimeMXBean's uptime counts from a few
    // dozen milliseconds earlier).
    private final long startNanos = System.nanoTime()
            - TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
    private final NotificationListener listener = (n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var notification = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if (CONCURRENT_CYCLE.equals(notification.getGcAction())) {
                return; // ZGC and Shenandoah report their concurrent cycles too, during which the app runs on
            }
            var info = notification.getGcInfo();
            pauses.add(new Pause(startNanos + TimeUnit.MILLISECONDS.toNanos(info.getStartTime()),
                    startNanos + TimeUnit.MILLISECONDS.toNanos(info.getEndTime())));
            while (pauses.size() > KEPT) {
                pauses.poll();
            }
        }
    };

    CollectorPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /**
     * Milliseconds of pauses between {@code fromNanos} and {@code toNanos}. The JVM reports a pause just after it ends,
     * so a span that has just ended may not count its last one yet.
     */
    long millisWithin(long fromNanos, long toNanos) {
        long sum = 0;
        for (Pause p : pauses) {
            sum += Math.max(0, Math.min(toNanos, p.endNanos()) - Math.max(fromNanos, p.startNanos()));
        }
        return TimeUnit.NANOSECONDS.toMillis(sum);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // not one of the beans it listens to
                }
            }
        }
    }
}
