package app.switchboard.debugger;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * Text and JSON output of alerts for the CLI ({@code alerts list/show/tail}). JSON keeps Twilio's field
 * names and adds the decoded message and the catalog title; one object per line for streaming.
 * URLs are masked ({@code user:pass@} never printed).
 */
public final class AlertFormatter {

    private static final Gson LINE = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create();

    private final ErrorCatalog catalog;

    public AlertFormatter(ErrorCatalog catalog) {
        this.catalog = catalog;
    }

    /** A fixed-width table: time, level, code, title, message, resource, account. */
    public String table(List<Alert> alerts) {
        TextTable t = new TextTable("TIME (UTC)", "LEVEL", "CODE", "TITLE", "MESSAGE", "RESOURCE", "ACCOUNT");
        for (Alert a : alerts) {
            t.row(time(a.occurredAt()), nz(a.logLevel()), nz(a.errorCode()), catalog.lookup(a.errorCode()).title(),
                    AlertText.parse(a.alertText()).summary(), nz(a.resourceSid()), nz(a.accountSid()));
        }
        return t.render(60);
    }

    /** One readable line per alert, for {@code alerts tail} without {@code --json}. */
    public String line(Alert a) {
        return String.join("  ", time(a.occurredAt()), nz(a.logLevel()).toUpperCase(), nz(a.errorCode()),
                catalog.lookup(a.errorCode()).title(), "·", AlertText.parse(a.alertText()).summary(),
                nz(a.resourceSid()), nz(a.accountSid())).replaceAll("[\\r\\n]+", " ").strip();
    }

    public String toJsonLine(Alert alert) {
        return LINE.toJson(json(alert));
    }

    /** Every alert as one indented JSON array, for {@code alerts list --json}. */
    public String jsonArray(List<Alert> alerts) {
        JsonArray arr = new JsonArray();
        alerts.forEach(a -> arr.add(json(a)));
        return PRETTY.toJson(arr);
    }

    /** The human view of one alert for {@code alerts show}. */
    public String detailText(AlertDetail detail) {
        Alert a = detail.alert();
        ErrorCatalog.ErrorInfo info = catalog.lookup(a.errorCode());
        StringBuilder sb = new StringBuilder();
        sb.append(nz(a.sid())).append("  ").append(nz(a.logLevel()).toUpperCase()).append("  ")
                .append(info.code()).append(' ').append(info.title()).append('\n');
        line(sb, "Occurred", time(a.occurredAt()));
        line(sb, "Stored", time(a.dateCreated()));
        line(sb, "Account", a.accountSid());
        line(sb, "Resource", a.resourceSid());
        line(sb, "Request", (a.requestMethod() == null ? "" : a.requestMethod() + " ") + nz(UrlMasking.mask(a.requestUrl())));
        line(sb, "Message", AlertText.parse(a.alertText()).summary());
        line(sb, "Fix", info.hint());
        line(sb, "Docs", a.moreInfo() != null ? a.moreInfo() : info.docsUrl());
        section(sb, "Request variables", FormEncoded.parse(detail.requestVariables()));
        section(sb, "Request headers", FormEncoded.parse(detail.requestHeaders()));
        section(sb, "Response headers", FormEncoded.parse(detail.responseHeaders()));
        ResponseBody body = ResponseBody.of(detail.responseBody(), contentType(detail));
        sb.append("\nResponse body (").append(body.kind().name().toLowerCase()).append(")\n");
        sb.append(body.text().isEmpty() ? "  (none)" : body.text()).append('\n');
        return sb.toString();
    }

    /** The full detail as one pretty JSON document, for {@code alerts show --json}. */
    public String detailJson(AlertDetail detail) {
        JsonObject o = json(detail.alert());
        o.add("request_variables", fields(FormEncoded.parse(detail.requestVariables())));
        o.add("request_headers", fields(FormEncoded.parse(detail.requestHeaders())));
        o.add("response_headers", fields(FormEncoded.parse(detail.responseHeaders())));
        o.addProperty("response_body", detail.responseBody());
        return PRETTY.toJson(o);
    }

    /** The Content-Type of the failing response, from its form-encoded headers, or null. */
    public static String contentType(AlertDetail detail) {
        return FormEncoded.first(FormEncoded.parse(detail.responseHeaders()), "Content-Type");
    }

    private JsonObject json(Alert a) {
        JsonObject o = new JsonObject();
        o.addProperty("sid", a.sid());
        o.addProperty("account_sid", a.accountSid());
        o.addProperty("date_generated", str(a.dateGenerated()));
        o.addProperty("date_created", str(a.dateCreated()));
        o.addProperty("log_level", a.logLevel());
        o.addProperty("error_code", a.errorCode());
        o.addProperty("title", catalog.lookup(a.errorCode()).title());
        o.addProperty("message", AlertText.parse(a.alertText()).summary());
        o.addProperty("resource_sid", a.resourceSid());
        o.addProperty("service_sid", a.serviceSid());
        o.addProperty("request_method", a.requestMethod());
        o.addProperty("request_url", UrlMasking.mask(a.requestUrl()));
        o.addProperty("more_info", a.moreInfo());
        return o;
    }

    private static JsonArray fields(List<FormEncoded.Field> fields) {
        JsonArray arr = new JsonArray();
        for (FormEncoded.Field f : fields) {
            JsonObject o = new JsonObject();
            o.addProperty("name", f.name());
            o.addProperty("value", f.value());
            arr.add(o);
        }
        return arr;
    }

    private static void section(StringBuilder sb, String title, List<FormEncoded.Field> fields) {
        sb.append('\n').append(title).append('\n');
        if (fields.isEmpty()) {
            sb.append("  (none)\n");
        }
        for (FormEncoded.Field f : fields) {
            sb.append("  ").append(f.name()).append(": ").append(f.value()).append('\n');
        }
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(String.format("%-10s %s%n", label + ":", value));
        }
    }

    static String time(Instant t) {
        return t == null ? "" : t.toString().replace('T', ' ').replace("Z", "");
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
