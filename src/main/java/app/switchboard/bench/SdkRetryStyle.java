package app.switchboard.bench;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How the other Twilio SDKs react to an answer, modelled for {@link FixedWorkerClient}. */
enum SdkRetryStyle {
    /** twilio-node: only 429, 3 retries, {@code floor(min(3000, 100 * 2^n) * random())} ms, no Retry-After. */
    NODE {
        @Override
        Duration delayBeforeRetry(int retriesDone, int status) {
            if (status != 429 || retriesDone >= 3) {
                return null;
            }
            double cap = Math.min(3000, 100 * Math.pow(2, retriesDone));
            return Duration.ofMillis((long) Math.floor(cap * ThreadLocalRandom.current().nextDouble()));
        }
    },
    /** twilio-java: a 429 is an error at once; a 5xx is tried up to 3 times with a fixed 100 ms pause. */
    JAVA {
        @Override
        Duration delayBeforeRetry(int retriesDone, int status) {
            return status >= 500 && retriesDone < 2 ? Duration.ofMillis(100) : null;
        }
    },
    /** No retries: with exactly cap workers nothing is ever refused, the practical ceiling of a client. */
    NONE {
        @Override
        Duration delayBeforeRetry(int retriesDone, int status) {
            return null;
        }
    };

    /**
     * @param retriesDone retries already made for this request (0 after the first attempt)
     * @param status      the answer's status, 0 when no answer came
     * @return the pause before the next attempt, or null to give up
     */
    abstract Duration delayBeforeRetry(int retriesDone, int status);
}
