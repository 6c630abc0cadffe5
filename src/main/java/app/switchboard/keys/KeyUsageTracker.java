package app.switchboard.keys;

import app.switchboard.twilio.RequestListener;
import app.switchboard.twilio.RequestRecord;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Last seen by Switchboard": Twilio keeps no last-used date for keys, so Switchboard notes when each
 * credential SID last authenticated one of its own requests. During a rotation this shows whether
 * traffic on the old key has stopped, as far as this console can see.
 */
public final class KeyUsageTracker implements RequestListener {
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    @Override
    public void onRecord(RequestRecord record) {
        String sid = record.credentialSid();
        if (sid != null && record.status() != 0 && record.status() != 401) {
            lastSeen.merge(sid, record.startedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    public Optional<Instant> lastSeen(String keySid) {
        return Optional.ofNullable(lastSeen.get(keySid));
    }
}
