package app.switchboard.requestlog;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from what the request log writes, even though the client already should have
 * (defence in depth): credential headers, secret-looking form and JSON fields, {@code user:pass@} in URLs.
 */
public final class Redactor {

    public static final String MASK = "[REDACTED]";

    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-twilio-signature");

    /** Field names that hold secrets: AuthToken, auth_token, secret, ApiSecret, password, ... */
    private static final String SECRET_NAME = "[A-Za-z_]*(?i:auth_?token|secret|password)[A-Za-z_]*";

    private static final Pattern JSON_FIELD =
            Pattern.compile("(\"" + SECRET_NAME + "\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FORM_FIELD =
            Pattern.compile("(^|[&?])(" + SECRET_NAME + ")=[^&\\s]*");
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s?#]*@");

    private Redactor() {
    }

    public static boolean isSecretHeader(String name) {
        // compared in place: this runs for every header of every logged request
        for (String secret : SECRET_HEADERS) {
            if (secret.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap pre-check so the regular expressions run only on the rare text that could match. It runs on
     * every header value of every logged request, so it compares in place instead of making a lower-cased copy.
     */
    private static boolean mightHoldSecret(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int lower = c | 0x20;   // lower-cases an ASCII letter and never turns anything else into one
            if (c == '@' || lower == 't' && wordAt(value, i, "token") || lower == 's' && wordAt(value, i, "secret")
                    || lower == 'p' && wordAt(value, i, "password")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lowerWord} (lower-case ASCII letters) is at {@code i} in any mix of cases. */
    private static boolean wordAt(String value, int i, String lowerWord) {
        if (i + lowerWord.length() > value.length()) {
            return false;
        }
        for (int j = 1; j < lowerWord.length(); j++) {
            if ((value.charAt(i + j) | 0x20) != lowerWord.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** A header value as it may be stored. */
    public static String header(String name, String value) {
        return isSecretHeader(name) ? MASK : text(value);
    }

    /** A URL or any text: userinfo removed, secret query/form/JSON fields masked. */
    public static String text(String value) {
        if (value == null || value.isEmpty() || !mightHoldSecret(value)) {
            return value;
        }
        String v = USER_INFO.matcher(value).replaceAll("$1" + Matcher.quoteReplacement("***@"));
        v = JSON_FIELD.matcher(v).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
        return FORM_FIELD.matcher(v).replaceAll("$1$2=" + Matcher.quoteReplacement(MASK));
    }
}
