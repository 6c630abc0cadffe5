package app.switchboard.requestlog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * "Copy as curl": a command that reproduces a request, with the credentials as shell variables
 * ({@code $TWILIO_API_KEY:$TWILIO_API_SECRET}, or {@code $TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN} when
 * the request authenticated with an Account SID), never a secret.
 */
public final class CurlCommand {

    private CurlCommand() {
    }

    public static String of(RequestDetail detail) {
        RequestRow row = detail.row();
        StringBuilder sb = new StringBuilder("curl");
        String method = row.method().toUpperCase(Locale.ROOT);
        String body = detail.requestBody();
        boolean hasForm = body != null && !body.isBlank();
        if (!method.equals("GET") || hasForm) {
            sb.append(" -X ").append(method);
        }
        sb.append(' ').append(quote(Redactor.text(row.url())));
        String credential = row.credential();
        if (credential != null && credential.startsWith("AC")) {
            sb.append(" -u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\"");
        } else {
            sb.append(" -u \"$TWILIO_API_KEY:$TWILIO_API_SECRET\"");
        }
        if (hasForm) {
            String contentType = detail.header(detail.requestHeaders(), "Content-Type");
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
                sb.append(" -H 'Content-Type: application/json' --data-raw ").append(quote(Redactor.text(body)));
            } else {
                for (String pair : Redactor.text(body).split("&")) {
                    if (!pair.isEmpty()) {
                        sb.append(" \\\n  --data-urlencode ").append(quote(decode(pair)));
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String decode(String pair) {
        try {
            return URLDecoder.decode(pair, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return pair;
        }
    }

    /** POSIX single quotes: nothing inside is expanded by the shell. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
