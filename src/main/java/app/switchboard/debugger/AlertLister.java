package app.switchboard.debugger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists alerts across several accounts (main + subaccounts), newest first. One account failing does
 * not lose the others: its failure is kept for one summary line, for the screen and {@code alerts list --all-accounts}.
 */
public final class AlertLister {

    /**
     * @param alerts   every alert found, newest first
     * @param failures account SID → why it could not be read, in query order
     */
    public record Listing(List<Alert> alerts, Map<String, Throwable> failures, int accounts) {

        /** True when every account failed because it has no Debugger (IE1/AU1, or no access). */
        public boolean noDebuggerAnywhere() {
            return !failures.isEmpty() && failures.size() == accounts
                    && failures.values().stream().allMatch(e -> MonitorFailure.of(e) == MonitorFailure.UNAVAILABLE);
        }

        public boolean allFailed() {
            return !failures.isEmpty() && failures.size() == accounts;
        }

        /** "2 of 5 accounts could not be read (no Debugger access)", or "" when none failed. */
        public String failureSummary() {
            if (failures.isEmpty()) {
                return "";
            }
            Throwable first = failures.values().iterator().next();
            String why = MonitorFailure.of(first) == MonitorFailure.UNAVAILABLE ? "no Debugger access" : first.getMessage();
            return failures.size() + " of " + accounts + " accounts could not be read (" + why + ")";
        }
    }

    private final AlertSource source;

    public AlertLister(AlertSource source) {
        this.source = source;
    }

    /** Runs {@code query} (its account ignored) for each of {@code accountSids}, one after the other. */
    public Listing list(List<String> accountSids, AlertQuery query) {
        List<Alert> all = new ArrayList<>();
        Map<String, Throwable> failures = new LinkedHashMap<>();
        for (String sid : accountSids) {
            AlertQuery q = new AlertQuery(sid, query.logLevel(), query.start(), query.end(), query.pageSize());
            try {
                all.addAll(source.list(q));
            } catch (RuntimeException e) {
                failures.put(sid, e);
            }
        }
        all.sort(Comparator.comparing(Alert::occurredAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Listing(all, failures, accountSids.size());
    }
}
