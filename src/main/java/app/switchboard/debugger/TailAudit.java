package app.switchboard.debugger;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares what a tail emitted with the ground truth (the SIDs the alert generator really produced),
 * for the debugger benchmark and its tests.
 */
public record TailAudit(int seen, int truth, int duplicates, int missed, int unexpected) {

    public static TailAudit compare(List<String> emittedSids, Collection<String> truthSids) {
        Set<String> distinct = new HashSet<>();
        int duplicates = 0;
        for (String sid : emittedSids) {
            if (!distinct.add(sid)) {
                duplicates++;
            }
        }
        Set<String> truth = new HashSet<>(truthSids);
        int missed = 0;
        for (String sid : truth) {
            if (!distinct.contains(sid)) {
                missed++;
            }
        }
        int unexpected = 0;
        for (String sid : distinct) {
            if (!truth.contains(sid)) {
                unexpected++;
            }
        }
        return new TailAudit(emittedSids.size(), truth.size(), duplicates, missed, unexpected);
    }

    /** The benchmark's last line. */
    public String resultLine(long pollRequests) {
        return "RESULT seen=" + seen + " truth=" + truth + " duplicates=" + duplicates + " missed=" + missed
                + " poll_requests=" + pollRequests;
    }
}
