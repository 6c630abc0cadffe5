package app.switchboard.ui.wiring;

import app.switchboard.twilio.RequestListener;
import app.switchboard.twilio.RequestRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the request log while it opens off the path to the first screen's data: keeps the records of
 * the first requests (up to a bound, like the log's own queue) and hands them over, in order, once the log is
 * open; from then on it passes every record straight through.
 */
final class HeldRecords implements RequestListener {

    private final int capacity;
    private List<RequestRecord> held = new ArrayList<>();
    private RequestListener log;

    HeldRecords(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void onRecord(RequestRecord record) {
        if (log != null) {
            log.onRecord(record);
        } else if (held != null && held.size() < capacity) {
            held.add(record);
        }
    }

    /** The log is open: what was held goes to it first, then every new record. */
    synchronized void handTo(RequestListener openLog) {
        if (held != null) {
            held.forEach(openLog::onRecord);
        }
        held = null;
        log = openLog;
    }

    /** The log could not be opened: nothing more is kept. */
    synchronized void drop() {
        held = null;
    }
}
