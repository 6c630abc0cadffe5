package app.switchboard.keys;

import java.util.Arrays;

/**
 * A key just created, with the secret Twilio returns exactly once. The secret is a char array so the
 * holder can wipe it once the user has stored it; {@link #toString()} never shows it.
 */
public final class NewKey {
    private final ApiKey key;
    private final char[] secret;

    public NewKey(ApiKey key, char[] secret) {
        this.key = key;
        this.secret = secret.clone();
    }

    public ApiKey key() {
        return key;
    }

    /** A copy of the secret; the caller wipes it when done. */
    public char[] secret() {
        return secret.clone();
    }

    /** Overwrites the secret in memory. */
    public void wipe() {
        Arrays.fill(secret, '\0');
    }

    @Override
    public String toString() {
        return "NewKey[" + key.sid() + ", secret=***]";
    }
}
