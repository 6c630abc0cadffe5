package app.switchboard.debugger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads Monitor v1 JSON items (as Twilio sends them) into the Debugger's records, tolerating missing
 * fields, nulls and unparsable dates. For source implementations that have the raw JSON at hand.
 */
public final class MonitorJson {

    private MonitorJson() {
    }

    public static Alert alert(JsonObject o) {
        return new Alert(str(o, "sid"), str(o, "account_sid"), str(o, "error_code"), str(o, "log_level"),
                str(o, "alert_text"), date(o, "date_created"), date(o, "date_generated"), date(o, "date_updated"),
                str(o, "resource_sid"), str(o, "service_sid"), str(o, "request_method"), str(o, "request_url"),
                str(o, "more_info"), str(o, "api_version"));
    }

    public static AlertDetail alertDetail(JsonObject o) {
        return new AlertDetail(alert(o), str(o, "request_variables"), str(o, "request_headers"),
                str(o, "response_headers"), str(o, "response_body"));
    }

    public static AuditEvent event(JsonObject o) {
        return new AuditEvent(str(o, "sid"), str(o, "account_sid"), date(o, "event_date"), str(o, "event_type"),
                str(o, "actor_sid"), str(o, "actor_type"), str(o, "source"), str(o, "source_ip_address"),
                str(o, "resource_sid"), str(o, "resource_type"), str(o, "description"));
    }

    private static String str(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static Instant date(JsonObject o, String name) {
        String s = str(o, name);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
