package app.switchboard.sandbox.world;

import java.time.Instant;
import java.util.List;

/**
 * An API key or signing key. The secret is kept so Basic auth can check it; it leaves the sandbox only once,
 * in the create answer (and in {@code DemoAccount} for the demo credentials).
 */
public final class KeyRecord {
    public enum Type { MAIN, STANDARD, RESTRICTED, SIGNING }

    public final String sid;
    public final String accountSid;
    public final Type type;
    public final Instant dateCreated;
    final String secret;
    // Written under the world lock, read by renderers without it: volatile keeps those reads fresh.
    volatile String friendlyName;
    volatile String policyJson;
    volatile Instant dateUpdated;

    KeyRecord(String sid, String accountSid, Type type, String friendlyName, String secret, String policyJson,
            Instant dateCreated) {
        this.sid = sid;
        this.accountSid = accountSid;
        this.type = type;
        this.friendlyName = friendlyName;
        this.secret = secret;
        this.policyJson = policyJson;
        this.dateCreated = dateCreated;
        this.dateUpdated = dateCreated;
    }

    public String friendlyName() {
        return friendlyName;
    }

    public String policyJson() {
        return policyJson;
    }

    public Instant dateUpdated() {
        return dateUpdated;
    }

    public String secret() {
        return secret;
    }

    /** The IAM list's {@code flags}: what the key may be used for. */
    public List<String> flags() {
        switch (type) {
            case MAIN:
                return List.of("rest_api", "signing", "accounts_management", "keys_management");
            case RESTRICTED:
                return List.of("rest_api");
            default:
                return List.of("rest_api", "signing");
        }
    }

    @Override
    public String toString() {
        return "Key[" + sid + ", " + type + ", " + friendlyName + "]"; // never the secret
    }
}
