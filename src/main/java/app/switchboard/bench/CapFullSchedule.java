package app.switchboard.bench;

import java.util.Collection;
import java.util.PriorityQueue;

/**
 * The shortest time a client that sends requests in turn can take for known service times under a concurrency cap:
 * each request goes to the slot that frees first, with no time between one answer and the next request. Unlike the
 * sum of the times / cap, it counts a bulk's end, when fewer requests are left than the cap and the last slow ones
 * finish alone. A client that knew every time in advance could shorten that end by sending the slow ones first;
 * one that learns them from the answers cannot.
 */
final class CapFullSchedule {
    private CapFullSchedule() {
    }

    /** The time at which the last of {@code serviceMillis}, taken in their iteration order, ends on {@code cap} slots. */
    static double millis(Collection<Double> serviceMillis, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1");
        }
        PriorityQueue<Double> slotFreeAt = new PriorityQueue<>();
        for (int i = 0; i < cap; i++) {
            slotFreeAt.add(0.0);
        }
        double end = 0;
        for (double d : serviceMillis) {
            double done = slotFreeAt.remove() + d;
            slotFreeAt.add(done);
            end = Math.max(end, done);
        }
        return end;
    }
}
