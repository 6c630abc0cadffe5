package app.switchboard.debugger;

import java.time.Duration;

/** Something {@link TailRunner} can follow: one account ({@link AlertTail}) or several ({@link MultiAccountTail}). */
public interface Tail {

    /** One poll; never throws, a failure is returned in the result. */
    AlertTail.Poll poll();

    /** How long to wait before the next {@link #poll()}. */
    Duration nextDelay();

    /** Requests to the source so far (one per {@link AlertSource#list} call). */
    long polls();

    /**
     * False once there is nothing left to follow: every account answered that it has no Debugger
     * ({@link MonitorFailure#UNAVAILABLE}), which polling again would not change.
     */
    boolean following();
}
