package app.switchboard.twilio;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Monitor v1 alerts, the Debugger (facts §6). Twilio keeps 30 days. */
public final class AlertsApi {
    private final AccountClient c;

    AlertsApi(AccountClient c) {
        this.c = c;
    }

    /**
     * @param logLevel  error, warning, notice or debug; null for all
     * @param startDate inclusive lower bound, or null
     * @param endDate   upper bound, or null
     */
    public record Filter(String logLevel, Instant startDate, Instant endDate) {
        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    public Paged<Alert> list(Filter filter) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("LogLevel", filter.logLevel());
        q.put("StartDate", filter.startDate() == null ? null : TwilioDates.formatIso8601(filter.startDate()));
        q.put("EndDate", filter.endDate() == null ? null : TwilioDates.formatIso8601(filter.endDate()));
        return c.list(Product.MONITOR, "v1/Alerts", q, "alerts", Alert.class);
    }

    /** One alert with its request and response details. */
    public Alert fetch(String alertSid) {
        String sid = Sids.require("NO", alertSid, "Alert SID");
        return TwilioJson.gson().fromJson(c.get(c.url(Product.MONITOR, "v1/Alerts/" + sid, Map.of())), Alert.class);
    }
}
