package app.switchboard.debugger;

import java.util.List;

/**
 * The decoded {@code alert_text}. Twilio sends it form-encoded
 * ({@code Msg=…&sourceComponent=…&ErrorCode=…&httpResponse=…&url=…&LogLevel=…}); older or unusual alerts
 * carry plain prose. Decoding never fails: whatever cannot be read as fields becomes the message.
 */
public record AlertText(List<FormEncoded.Field> fields, String message, String errorCode,
                        String httpResponse, String url, String logLevel, String sourceComponent) {

    public static AlertText parse(String alertText) {
        if (alertText == null || alertText.isBlank()) {
            return new AlertText(List.of(), "", null, null, null, null, null);
        }
        String trimmed = alertText.trim();
        if (!looksFormEncoded(trimmed)) {
            return new AlertText(List.of(), trimmed, null, null, null, null, null);
        }
        List<FormEncoded.Field> fields = FormEncoded.parse(trimmed);
        String msg = FormEncoded.first(fields, "Msg");
        return new AlertText(List.copyOf(fields), msg == null ? "" : msg.trim(),
                FormEncoded.first(fields, "ErrorCode"), FormEncoded.first(fields, "httpResponse"),
                UrlMasking.mask(FormEncoded.first(fields, "url")), FormEncoded.first(fields, "LogLevel"),
                FormEncoded.first(fields, "sourceComponent"));
    }

    /**
     * One readable line: Twilio's message when it wrote one, else what the fields say
     * ("HTTP 405 from https://…"), else the raw text.
     */
    public String summary() {
        if (!message.isEmpty()) {
            return url != null && !url.isEmpty() && !message.contains(url) ? message + " (" + url + ")" : message;
        }
        if (httpResponse != null && !httpResponse.isEmpty()) {
            return "HTTP " + httpResponse + (url == null || url.isEmpty() ? "" : " from " + url);
        }
        if (url != null && !url.isEmpty()) {
            return url;
        }
        StringBuilder sb = new StringBuilder();
        for (FormEncoded.Field f : fields) {
            if (!f.name().equalsIgnoreCase("LogLevel") && !f.name().equalsIgnoreCase("ErrorCode")) {
                sb.append(sb.length() == 0 ? "" : ", ").append(f.name());
                if (!f.value().isEmpty()) {
                    sb.append('=').append(f.value());
                }
            }
        }
        return sb.toString();
    }

    /** Prose has spaces and no {@code =}; anything with {@code =} or {@code &} is tried as fields. */
    private static boolean looksFormEncoded(String s) {
        return s.indexOf('=') >= 0 || (s.indexOf('&') >= 0 && s.indexOf(' ') < 0);
    }
}
