package app.switchboard.debugger;

import java.util.regex.Pattern;

/**
 * Webhook URLs may carry {@code user:password@} credentials; they must never reach a table, a copy or an
 * export. This replaces the userinfo part with {@code ***@}.
 */
public final class UrlMasking {

    private static final Pattern USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#]+@");

    private UrlMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return USERINFO.matcher(text).replaceAll("$1***@");
    }
}
