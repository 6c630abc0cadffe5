package app.switchboard.twilio;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Monitor v1 events, the audit log (facts §7). */
public final class MonitorEventsApi {
    private final AccountClient c;

    MonitorEventsApi(AccountClient c) {
        this.c = c;
    }

    /** Every field is optional (null = no filter). */
    public record Filter(String actorSid, String eventType, String resourceSid, String sourceIpAddress, Instant startDate,
            Instant endDate) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public Paged<MonitorEvent> list(Filter f) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("ActorSid", f.actorSid());
        q.put("EventType", f.eventType());
        q.put("ResourceSid", f.resourceSid());
        q.put("SourceIpAddress", f.sourceIpAddress());
        q.put("StartDate", f.startDate() == null ? null : TwilioDates.formatIso8601(f.startDate()));
        q.put("EndDate", f.endDate() == null ? null : TwilioDates.formatIso8601(f.endDate()));
        return c.list(Product.MONITOR, "v1/Events", q, "events", MonitorEvent.class);
    }
}
