package app.switchboard.sandbox.fault;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Fault injection: a queue of armed faults, each for the next N matching requests. Thread-safe. A fault may be
 * limited to paths containing a string (e.g. {@code "/Keys"}). {@link FaultKind#DROP_CREATE_RESPONSE} only fires
 * on requests that create a resource, so it can be armed before unrelated reads.
 */
public final class Faults {

    private static final class Armed {
        final FaultKind kind;
        final String pathContains;
        int remaining;

        Armed(FaultKind kind, int count, String pathContains) {
            this.kind = kind;
            this.remaining = count;
            this.pathContains = pathContains;
        }
    }

    private final Deque<Armed> armed = new ArrayDeque<>();
    private volatile Duration slowDelay = Duration.ofSeconds(3);

    /** Arms {@code kind} for the next {@code count} requests (any path). */
    public Faults inject(FaultKind kind, int count) {
        return inject(kind, count, null);
    }

    /** Arms {@code kind} for the next {@code count} requests whose path contains {@code pathContains}. */
    public synchronized Faults inject(FaultKind kind, int count, String pathContains) {
        if (count < 1) {
            throw new IllegalArgumentException("fault count must be at least 1");
        }
        armed.add(new Armed(kind, count, pathContains));
        return this;
    }

    /** How long a {@link FaultKind#SLOW} answer is held back (default 3 s). */
    public Faults slowDelay(Duration delay) {
        this.slowDelay = delay;
        return this;
    }

    public Duration slowDelay() {
        return slowDelay;
    }

    public synchronized void clear() {
        armed.clear();
    }

    public synchronized int pending() {
        return armed.stream().mapToInt(a -> a.remaining).sum();
    }

    /**
     * Takes the fault for this request, if one is armed for it (first armed, first served), or null.
     *
     * @param creates whether the request would create a resource
     */
    public synchronized FaultKind take(String path, boolean creates) {
        Iterator<Armed> it = armed.iterator();
        while (it.hasNext()) {
            Armed a = it.next();
            boolean pathMatches = a.pathContains == null || path.contains(a.pathContains);
            boolean kindApplies = a.kind != FaultKind.DROP_CREATE_RESPONSE || creates;
            if (pathMatches && kindApplies) {
                if (--a.remaining == 0) {
                    it.remove();
                }
                return a.kind;
            }
        }
        return null;
    }

    /** Parses the CLI form {@code KIND[:COUNT][@PATH]}, e.g. {@code 429:50}, {@code reset}, {@code drop-create@/Keys}. */
    public Faults injectSpec(String spec) {
        String rest = spec.trim();
        String path = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            path = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        int count = 1;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            try {
                count = Integer.parseInt(rest.substring(colon + 1));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("fault count must be a number in '" + spec + "'");
            }
            rest = rest.substring(0, colon);
        }
        return inject(FaultKind.parse(rest), count, path);
    }
}
