package app.switchboard.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes secrets from text before it is recorded or shown (DESIGN §6). */
public final class Redaction {
    /** Bodies kept in request records are cut at this size. */
    public static final int MAX_RECORDED_BODY_BYTES = 64 * 1024;
    static final String MASK = "***";

    private static final String SECRET_NAMES = "auth_?token|secret|password|api_?secret";
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(\"(?i:" + SECRET_NAMES + ")\"\\s*:\\s*\")((?:[^\"\\\\]++|\\\\.)*+\\\\?)(\"|\\z)");
    private static final Pattern FORM_FIELD = Pattern.compile("((?:^|&)(?i:" + SECRET_NAMES + ")=)([^&]*)");
    private static final Pattern USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]*@");

    private Redaction() {
    }

    /** Masks secret-named fields in a JSON or form body and cuts it to {@link #MAX_RECORDED_BODY_BYTES}. */
    public static String body(String text) {
        if (text == null) {
            return null;
        }
        // A char is at most 3 UTF-8 bytes: most bodies are surely short enough without encoding them.
        return text.length() * 3L > MAX_RECORDED_BODY_BYTES ? body(text.getBytes(StandardCharsets.UTF_8)) : redact(text);
    }

    /**
     * Like {@link #body(String)} for a body as it came (UTF-8): only the part kept is decoded, so a list page of
     * several hundred kilobytes costs the 64 KiB recorded, not a copy of it all.
     */
    public static String body(byte[] utf8) {
        if (utf8 == null) {
            return null;
        }
        // Cut first (a body may be megabytes), then redact; the patterns accept a value cut short, so a
        // secret at the edge never survives.
        boolean cut = utf8.length > MAX_RECORDED_BODY_BYTES;
        String head = redact(new String(utf8, 0, Math.min(utf8.length, MAX_RECORDED_BODY_BYTES), StandardCharsets.UTF_8));
        return cut ? head + "…[truncated]" : head;
    }

    private static String redact(String text) {
        return mayNameASecret(text) ? replace(FORM_FIELD.matcher(replace(JSON_FIELD.matcher(text), true)), false) : text;
    }

    /**
     * False when no secret name can occur (every one contains one of these words), which skips the patterns:
     * they cost about 0.1 µs per character, a millisecond for a 16 KB page, on every request recorded.
     */
    private static boolean mayNameASecret(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("token") || lower.contains("secret") || lower.contains("password");
    }

    /** Masks {@code user:pass@} in every URL inside the text. */
    public static String url(String text) {
        // No '@', no user info: skip the pattern (several µs per URL, on every request recorded).
        return text == null || text.indexOf('@') < 0 ? text : USERINFO.matcher(text).replaceAll("$1" + MASK + "@");
    }

    private static String replace(Matcher m, boolean quoted) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + MASK + (quoted ? m.group(3) : "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
