package app.switchboard.ui.keys;

import app.switchboard.keys.ApiKey;
import java.time.Instant;

/**
 * One line of the keys table: the key plus what Switchboard knows about it.
 *
 * @param lastSeen        when Switchboard last used this key itself, or null
 * @param ageDays         days since creation, -1 when unknown
 * @param overPolicyAge   older than the rotation policy (Settings, 90 days by default)
 * @param usedByProfile   the key the active profile signs in with
 */
public record KeyRow(ApiKey key, Instant lastSeen, long ageDays, boolean overPolicyAge, boolean usedByProfile) {

    public String sid() {
        return key.sid();
    }

    public String name() {
        return key.friendlyName();
    }

    /** What must be typed to confirm revoking this key: the last six characters of its SID. */
    public String confirmationText() {
        String sid = key.sid();
        return sid.substring(Math.max(0, sid.length() - 6));
    }
}
