package app.switchboard.sandbox.world;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Makes believable Debugger alerts: real error codes with their usual level, the webhook that failed, and the
 * form-encoded {@code alert_text}, request variables and response headers Monitor returns.
 */
public final class AlertFactory {

    private record Kind(String code, String level, String message, int weight, boolean webhook, int httpStatus,
            String responseBody) {
    }

    private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>";

    private static final List<Kind> KINDS = List.of(
            new Kind("11200", "error", "HTTP retrieval failure", 22, true, 502, NGINX_502),
            new Kind("11205", "error", "HTTP connection failure", 12, true, 0, null),
            new Kind("11750", "warning", "TwiML response body too large", 3, true, 200, "<Response><Say>…</Say></Response>"),
            new Kind("12100", "error", "Document parse failure", 8, true, 200, "<Response><Say>Hello</Response>"),
            new Kind("12300", "error", "Invalid Content-Type", 6, true, 200, "{\"ok\":true}"),
            new Kind("13227", "warning", "Dial: No International Permission", 4, false, 0, null),
            new Kind("21610", "warning", "Attempt to send to unsubscribed recipient", 9, false, 0, null),
            new Kind("30003", "warning", "Unreachable destination handset", 10, false, 0, null),
            new Kind("30007", "warning", "Message filtered (carrier violation)", 7, false, 0, null),
            new Kind("20429", "warning", "Too Many Requests", 5, false, 0, null),
            new Kind("11235", "error", "Certificate Invalid - Domain Mismatch", 4, true, 0, null),
            new Kind("11236", "error", "Certificate Invalid - Certificate Expired", 3, true, 0, null),
            new Kind("11237", "error", "Certificate Invalid - Could not find path to certificate", 4, true, 0, null),
            new Kind("11220", "error", "SSL/TLS Handshake Error", 2, true, 0, null),
            new Kind("82005", "notice", "Function execution resulted in a warning log", 1, false, 0, null));

    private static final int TOTAL_WEIGHT = KINDS.stream().mapToInt(Kind::weight).sum();
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final List<String> webhookUrls;

    /** @param webhookUrls the failing URLs alerts can name: the seeded webhooks of the account */
    public AlertFactory(List<String> webhookUrls) {
        this.webhookUrls = webhookUrls;
    }

    /** An alert created at {@code created}; {@code date_generated} is up to two minutes earlier (buffering). */
    public AlertRecord create(Random random, String accountSid, Instant created) {
        Kind kind = pick(random);
        Instant generated = created.minusSeconds(random.nextInt(100) < 70 ? 0 : 1 + random.nextInt(120));
        String callSid = Sids.sid("CA", random);
        String messageSid = Sids.sid("SM", random);
        boolean messaging = kind.code.startsWith("30") || kind.code.equals("21610");
        String resourceSid = kind.code.equals("20429") ? accountSid : messaging ? messageSid : callSid;
        String url = kind.webhook ? webhookUrls.get(random.nextInt(webhookUrls.size()))
                : kind.code.equals("20429") ? "https://api.twilio.com/2010-04-01/Accounts/" + accountSid + "/Messages.json"
                : "";
        String from = "+1415555" + (1000 + random.nextInt(9000));
        String to = (kind.code.equals("13227") ? "+4420794" : "+1628555") + (1000 + random.nextInt(9000));

        Map<String, String> text = new LinkedHashMap<>();
        text.put("Msg", kind.message);
        text.put("sourceComponent", kind.webhook ? "12000" : "14100");
        text.put("ErrorCode", kind.code);
        if (kind.httpStatus > 0) {
            text.put("httpResponse", Integer.toString(kind.httpStatus));
        }
        if (!url.isEmpty()) {
            text.put("url", url);
        }
        text.put("LogLevel", kind.level.toUpperCase(Locale.ROOT));

        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AccountSid", accountSid);
        variables.put(messaging ? "MessageSid" : "CallSid", messaging ? messageSid : callSid);
        variables.put("From", from);
        variables.put("To", to);
        variables.put("ApiVersion", "2010-04-01");
        variables.put(messaging ? "SmsStatus" : "CallStatus", messaging ? "undelivered" : "ringing");
        variables.put("Direction", "inbound");

        String responseHeaders = null;
        String responseBody = null;
        if (kind.httpStatus > 0) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", kind.code.equals("12300") ? "application/json" : "text/html");
            headers.put("Date", HTTP_DATE.format(created));
            headers.put("Server", "nginx");
            responseHeaders = form(headers);
            responseBody = kind.responseBody;
        }
        String requestHeaders = kind.webhook
                ? form(JsonMap.of("X-Twilio-Signature", Sids.hex(random, 28) + "=", "User-Agent", "TwilioProxy/1.1"))
                : null;
        return new AlertRecord(Sids.sid("NO", random), accountSid, kind.code, kind.level, form(text),
                kind.webhook ? (random.nextBoolean() ? "POST" : "GET") : "POST", url, resourceSid, generated, created,
                created.plusSeconds(random.nextInt(3)), form(variables), responseBody, responseHeaders, requestHeaders);
    }

    private static Kind pick(Random random) {
        int r = random.nextInt(TOTAL_WEIGHT);
        for (Kind kind : KINDS) {
            r -= kind.weight;
            if (r < 0) {
                return kind;
            }
        }
        return KINDS.get(0);
    }

    private static String form(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(enc(e.getKey())).append('=').append(enc(String.valueOf(e.getValue())));
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
