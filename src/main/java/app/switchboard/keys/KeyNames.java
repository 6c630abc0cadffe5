package app.switchboard.keys;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for key names (Twilio: FriendlyName up to 64 characters) and the names rotation suggests. */
public final class KeyNames {
    public static final int MAX_LENGTH = 64;
    private static final Pattern ROTATION_SUFFIX = Pattern.compile("\\s+\\(rotated \\d{4}-\\d{2}-\\d{2}\\)$");

    private KeyNames() {
    }

    /** Why the name cannot be used, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Give the key a name, so you can recognise it when you revoke it later.");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("Twilio allows at most " + MAX_LENGTH + " characters; this name has " + name.length() + ".");
        }
        return Optional.empty();
    }

    /** The successor's name: the old name with today's date, replacing an earlier rotation date. */
    public static String successorOf(String oldName, LocalDate today) {
        String base = ROTATION_SUFFIX.matcher(oldName == null ? "" : oldName.strip()).replaceFirst("");
        String suffix = " (rotated " + today + ")";
        if (base.isEmpty()) {
            base = "Key";
        }
        if (base.length() + suffix.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH - suffix.length()).strip();
        }
        return base + suffix;
    }
}
