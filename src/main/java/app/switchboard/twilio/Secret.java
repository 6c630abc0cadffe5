package app.switchboard.twilio;

import java.util.Arrays;

/**
 * A secret (API key secret or Auth Token) held as characters so it can be wiped, and never printed:
 * {@link #toString()} is a mask. Only the Basic-auth header builder reads the value.
 */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Copies the characters; the caller may wipe its own array afterwards. */
    public static Secret of(char[] value) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("The secret is empty.");
        }
        return new Secret(value.clone());
    }

    public static Secret of(String value) {
        return of(value == null ? new char[0] : value.toCharArray());
    }

    /** A copy of the characters; wipe it after use. */
    public char[] reveal() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    /** Overwrites the characters, for callers that are done with the credentials. */
    public void wipe() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "****";
    }
}
