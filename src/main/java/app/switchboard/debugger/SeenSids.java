package app.switchboard.debugger;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The SIDs the tail has already emitted, kept only as long as the server could return them again.
 * Each SID is kept with its alert's date; once that date falls before the start of the tail's query
 * window the server filters it out, so the SID can be forgotten. A hard capacity bounds memory even if
 * dates are missing or absurd (oldest dates go first).
 */
final class SeenSids {

    private record Entry(String sid, Instant date) {
    }

    private final int capacity;
    private final Map<String, Instant> dates = new HashMap<>();
    private final PriorityQueue<Entry> byDate = new PriorityQueue<>(Comparator.comparing(Entry::date));

    SeenSids(int capacity) {
        this.capacity = capacity;
    }

    /** True when {@code sid} was not seen before (and now is). */
    boolean add(String sid, Instant date) {
        if (dates.containsKey(sid)) {
            return false;
        }
        dates.put(sid, date);
        byDate.add(new Entry(sid, date));
        while (dates.size() > capacity) {
            dates.remove(byDate.poll().sid());
        }
        return true;
    }

    /** Forgets every SID dated before {@code horizon}. */
    void forgetBefore(Instant horizon) {
        while (!byDate.isEmpty() && byDate.peek().date().isBefore(horizon)) {
            dates.remove(byDate.poll().sid());
        }
    }

    int size() {
        return dates.size();
    }
}
