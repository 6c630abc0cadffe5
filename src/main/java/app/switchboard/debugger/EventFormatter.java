package app.switchboard.debugger;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Text and JSON-lines output of audit events for {@code events list}. */
public final class EventFormatter {

    private static final Gson LINE = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Gson PRETTY = LINE.newBuilder().setPrettyPrinting().create();

    private EventFormatter() {
    }

    public static String table(List<AuditEvent> events) {
        TextTable t = new TextTable("DATE (UTC)", "EVENT", "ACTOR", "SOURCE", "SOURCE IP", "RESOURCE", "DESCRIPTION");
        for (AuditEvent e : events) {
            t.row(AlertFormatter.time(e.eventDate()), AlertFormatter.nz(e.eventType()), actor(e),
                    AlertFormatter.nz(e.source()), AlertFormatter.nz(e.sourceIpAddress()),
                    AlertFormatter.nz(e.resourceSid()), AlertFormatter.nz(e.description()));
        }
        return t.render(60);
    }

    public static String toJsonLine(AuditEvent e) {
        return LINE.toJson(json(e));
    }

    /** Every event as one indented JSON array, for {@code events list --json}. */
    public static String jsonArray(List<AuditEvent> events) {
        JsonArray arr = new JsonArray();
        events.forEach(e -> arr.add(json(e)));
        return PRETTY.toJson(arr);
    }

    private static JsonObject json(AuditEvent e) {
        JsonObject o = new JsonObject();
        o.addProperty("sid", e.sid());
        o.addProperty("account_sid", e.accountSid());
        o.addProperty("event_date", e.eventDate() == null ? null : e.eventDate().toString());
        o.addProperty("event_type", e.eventType());
        o.addProperty("actor_sid", e.actorSid());
        o.addProperty("actor_type", e.actorType());
        o.addProperty("source", e.source());
        o.addProperty("source_ip_address", e.sourceIpAddress());
        o.addProperty("resource_sid", e.resourceSid());
        o.addProperty("resource_type", e.resourceType());
        o.addProperty("description", e.description());
        return o;
    }

    /** "user US12…" or just the SID when the type is unknown. */
    public static String actor(AuditEvent e) {
        String sid = AlertFormatter.nz(e.actorSid());
        return e.actorType() == null || e.actorType().isBlank() ? sid : e.actorType() + " " + sid;
    }
}
