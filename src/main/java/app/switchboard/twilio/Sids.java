package app.switchboard.twilio;

import java.util.regex.Pattern;

/** Twilio String Identifiers: two-letter prefix + 32 hex digits (facts §1.3). */
public final class Sids {
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    private Sids() {
    }

    public static boolean isValid(String prefix, String sid) {
        return sid != null && sid.length() == 34 && sid.startsWith(prefix) && HEX32.matcher(sid.substring(2)).matches();
    }

    /**
     * Checks a SID typed by a person and says precisely what is wrong with it.
     *
     * @param what how the person knows the value, e.g. "Account SID"
     * @throws IllegalArgumentException with a message fit to show as is
     */
    public static String require(String prefix, String sid, String what) {
        String s = sid == null ? "" : sid.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing (expected " + prefix + " followed by 32 hex digits).");
        }
        if (!isValid(prefix, s)) {
            throw new IllegalArgumentException("Malformed " + what + " '" + abbreviate(s) + "': expected " + prefix
                    + " followed by 32 hex digits (34 characters), got " + s.length() + " characters.");
        }
        return s;
    }

    /** Long input is cut so a pasted secret or page of text is not echoed back whole. */
    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
