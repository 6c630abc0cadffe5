package app.switchboard.twilio;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes secrets from text before it is recorded or shown (DESIGN §6). */
public final class Redaction {
    /** Bodies kept in request records are cut at this size. */
    public static final int MAX_RECORDED_BODY_BYTES = 64 * 1024;
    static final String MASK = "***";

    private static final String SECRET_NAMES = "auth_?token|secret|password|api_?secret";
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(\"(?i:" + SECRET_NAMES + ")\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"|\\z)");
    private static final Pattern FORM_FIELD = Pattern.compile("((?:^|&)(?i:" + SECRET_NAMES + ")=)([^&]*)");
    private static final Pattern USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]*@");

    private Redaction() {
    }

    /** Masks secret-named fields in a JSON or form body and cuts it to {@link #MAX_RECORDED_BODY_BYTES}. */
    public static String body(String text) {
        if (text == null) {
            return null;
        }
        // Redact before cutting, and accept a value cut short, so a secret at the edge never survives.
        String json = replace(JSON_FIELD.matcher(text), true);
        return cap(replace(FORM_FIELD.matcher(json), false));
    }

    /** Masks {@code user:pass@} in every URL inside the text. */
    public static String url(String text) {
        return text == null ? null : USERINFO.matcher(text).replaceAll("$1" + MASK + "@");
    }

    private static String replace(Matcher m, boolean quoted) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + MASK + (quoted ? m.group(3) : "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String cap(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_RECORDED_BODY_BYTES) {
            return text;
        }
        return new String(bytes, 0, MAX_RECORDED_BODY_BYTES, StandardCharsets.UTF_8) + "…[truncated]";
    }
}
