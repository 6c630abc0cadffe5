package app.switchboard.debugger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory Monitor Alerts list that behaves like the real one where it matters to a tail: alerts
 * become visible only at their own time (late, out of order), results are newest first and split into
 * pages read one request at a time (the clock moves between pages, so new alerts shift the pages), and
 * failures can be injected.
 */
public final class SimulatedMonitor implements AlertSource {

    private record Visible(Alert alert, Instant visibleAt) {
    }

    private final MutableClock clock;
    private final Duration pageLatency;
    private final List<Visible> alerts = new ArrayList<>();
    private final Map<String, AlertDetail> details = new HashMap<>();
    private int pageRequests;
    private int listCalls;
    private int failNext;
    private RuntimeException failure;

    public SimulatedMonitor(MutableClock clock, Duration pageLatency) {
        this.clock = clock;
        this.pageLatency = pageLatency;
    }

    public void add(Alert alert, Instant visibleAt) {
        alerts.add(new Visible(alert, visibleAt));
    }

    public void addDetail(AlertDetail detail) {
        details.put(detail.alert().sid(), detail);
        add(detail.alert(), clock.instant());
    }

    /** The next {@code times} list calls throw {@code e}. */
    public void failNext(int times, RuntimeException e) {
        failNext = times;
        failure = e;
    }

    @Override
    public List<Alert> list(AlertQuery query) {
        listCalls++;
        if (failNext > 0) {
            failNext--;
            pageRequests++;
            throw failure;
        }
        List<Alert> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            pageRequests++;
            List<Alert> matching = matching(query);
            int from = page * query.pageSize();
            int to = Math.min(matching.size(), from + query.pageSize());
            if (from < to) {
                out.addAll(matching.subList(from, to));
            }
            clock.advance(pageLatency);
            if (to >= matching.size()) {
                return out;
            }
        }
    }

    private List<Alert> matching(AlertQuery q) {
        Instant now = clock.instant();
        List<Alert> m = new ArrayList<>();
        for (Visible v : alerts) {
            Alert a = v.alert();
            boolean visible = !v.visibleAt().isAfter(now);
            boolean inRange = (q.start() == null || !a.dateCreated().isBefore(q.start()))
                    && (q.end() == null || a.dateCreated().isBefore(q.end()));
            boolean account = q.accountSid() == null || q.accountSid().equals(a.accountSid());
            boolean level = q.logLevel() == null || q.logLevel().equals(a.logLevel());
            if (visible && inRange && account && level) {
                m.add(a);
            }
        }
        m.sort(Comparator.comparing(Alert::dateCreated).reversed().thenComparing(Alert::sid));
        return m;
    }

    @Override
    public AlertDetail fetch(String accountSid, String alertSid) {
        AlertDetail d = details.get(alertSid);
        if (d == null) {
            throw new MonitorException("The requested resource was not found", 404, 20404);
        }
        return d;
    }

    public int pageRequests() {
        return pageRequests;
    }

    public int listCalls() {
        return listCalls;
    }

    /** This monitor seen from credentials that have no Debugger on {@code accountSid}: its lists answer 404 / 20404. */
    public AlertSource withoutDebuggerOn(String accountSid) {
        SimulatedMonitor self = this;
        return new AlertSource() {
            @Override
            public List<Alert> list(AlertQuery q) {
                if (accountSid.equals(q.accountSid())) {
                    throw new MonitorException("The requested resource was not found", 404, 20404);
                }
                return self.list(q);
            }

            @Override
            public AlertDetail fetch(String account, String alertSid) {
                return self.fetch(account, alertSid);
            }
        };
    }
}
