package app.switchboard.ui.wiring;

import app.switchboard.requestlog.RequestLogQueries;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.filter.SqlFilter;
import app.switchboard.traffic.TrafficHistory;
import app.switchboard.twilio.RequestRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The live-traffic charts' last 24 h after a restart, read back from the request log: Switchboard's own
 * requests only (imported HAR files are other applications' traffic), newest page first.
 */
final class RequestLogHistory implements TrafficHistory {
    private static final int PAGE = 5_000;

    private final RequestLogStore store;
    private final Clock clock;

    RequestLogHistory(RequestLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void since(Instant since, Consumer<RequestRecord> sink) throws Exception {
        long minutes = Math.max(1, Duration.between(since, clock.instant()).toMinutes() + 1);
        RequestLogQueries queries = store.queries();
        SqlFilter filter = queries.filter("source=switchboard and time>=-" + minutes + "m");
        long before = Long.MAX_VALUE;
        List<RequestRow> page;
        while (!(page = queries.page(filter, before, PAGE)).isEmpty()) {
            for (RequestRow r : page) {
                if (!r.time().isBefore(since)) {
                    sink.accept(toRecord(r));
                }
            }
            before = page.get(page.size() - 1).id();
        }
    }

    /** What the traffic statistics read from a record; headers and bodies are not needed for charts. */
    private static RequestRecord toRecord(RequestRow r) {
        return new RequestRecord(r.id(), r.parentId(), r.attempt(), r.time(), r.account(), r.credential(), r.method(),
                r.url(), r.status(), r.twilioCode(), r.requestId(), r.concurrency(), r.twilioDurationSeconds(),
                r.roundTripMillis(), 0, 0, r.failure(), List.of(), List.of(), null, null);
    }
}
