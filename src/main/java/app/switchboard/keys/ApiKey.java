package app.switchboard.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An API key as Switchboard shows it: Twilio's fields plus the kind when knowable. Holds no secret.
 *
 * @param permissions a restricted key's allowed permissions; empty when unknown or not restricted
 */
public record ApiKey(String accountSid, String sid, String friendlyName, Instant dateCreated, Instant dateUpdated,
                     KeyKind kind, List<String> permissions) {

    public ApiKey {
        friendlyName = friendlyName == null ? "" : friendlyName;
        kind = kind == null ? KeyKind.UNKNOWN : kind;
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
    }

    /** Whole days since creation, or -1 when Twilio gave no creation date. */
    public long ageDays(Instant now) {
        return dateCreated == null ? -1 : Duration.between(dateCreated, now).toDays();
    }

    public ApiKey withName(String name) {
        return new ApiKey(accountSid, sid, name, dateCreated, dateUpdated, kind, permissions);
    }

    /** A label for confirmations and messages: the name and the SID, which is what people recognise. */
    public String displayName() {
        return friendlyName.isBlank() ? sid : friendlyName + " (" + sid + ")";
    }
}
