package app.switchboard.accounts;

import java.util.Locale;

/** A Twilio account's status. */
public enum AccountStatus {
    ACTIVE, SUSPENDED, CLOSED;

    /** Parses Twilio's lower-case value; unknown values count as suspended so they stand out. */
    public static AccountStatus parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return SUSPENDED;
        }
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
