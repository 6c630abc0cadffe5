package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveLimiterTest {
    private final AtomicLong nanos = new AtomicLong();
    private final AdaptiveLimiter limiter = new AdaptiveLimiter(4, 1, 64, nanos::get);

    @Test
    void slowStartsThenBacksOffOncePerRoundTripOn429() {
        for (int i = 0; i < 20; i++) {
            limiter.onResponse(200, null);
        }
        assertEquals(24, limiter.limit());
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, null);
        assertEquals(21, limiter.limit());
        limiter.onResponse(429, null);
        assertEquals(21, limiter.limit(), "429s of the same round trip count once");
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, null);
        assertEquals(19, limiter.limit());
    }

    @Test
    void growsSlowlyNearTheLearnedCeilingAndNotWhenOthersLoadTheAccount() {
        for (int i = 0; i < 16; i++) {
            limiter.onResponse(200, null);
        }
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, null); // ceiling 20, limit 18
        assertEquals(18, limiter.limit());
        for (int i = 0; i < 18; i++) {
            limiter.onResponse(200, 40);
        }
        assertEquals(18, limiter.limit(), "no growth while the account is busier than our limit");
        for (int i = 0; i < 20; i++) {
            limiter.onResponse(200, null);
        }
        assertEquals(19, limiter.limit(), "one more per round trip below the ceiling");
        for (int i = 0; i < 19 * 4; i++) {
            limiter.onResponse(200, null);
        }
        assertEquals(19, limiter.limit(), "probing near the ceiling is eight times slower");
    }

    @Test
    void successesWhileMostPermitsSitIdleDoNotGrowTheLimit() throws Exception {
        for (int i = 0; i < 50; i++) {
            limiter.onResponse(200, 20, 50_000_000L, 0); // single requests outside any bulk hold no permit
        }
        assertEquals(4, limiter.limit(), "a limit nobody used is not a limit learned");
        limiter.acquire();
        for (int i = 0; i < 5; i++) {
            limiter.onResponse(200, 20, 50_000_000L, 1);
        }
        assertEquals(4, limiter.limit(), "one permit of four in use: still idle");
        limiter.acquire();
        limiter.onResponse(200, 20, 50_000_000L, 2);
        assertEquals(5, limiter.limit(), "half the permits in use: the bulk may grow");
    }

    @Test
    void aRetrysWaitHandsThePermitBackAndTakesItAgainBeforeTheRetry() throws Exception {
        AdaptiveLimiter one = new AdaptiveLimiter(1, 1, 1);
        List<Integer> inFlightWhileWaiting = new ArrayList<>();
        int inFlightAfterWait = one.run(() -> {
            AdaptiveLimiter.waitWithoutPermit(d -> inFlightWhileWaiting.add(one.inFlight()), java.time.Duration.ofMillis(100));
            return one.inFlight();
        });
        assertEquals(List.of(0), inFlightWhileWaiting, "a request waiting to be retried holds no permit");
        assertEquals(1, inFlightAfterWait, "the retry is sent under a permit again");
        assertEquals(0, one.inFlight());
    }

    @Test
    void anInterruptedRetryWaitLeavesNoPermitBehindAndReleasesNoneTwice() throws Exception {
        AdaptiveLimiter one = new AdaptiveLimiter(1, 1, 1);
        try {
            one.run(() -> {
                AdaptiveLimiter.waitWithoutPermit(d -> {
                    throw new InterruptedException("cancelled");
                }, java.time.Duration.ofMillis(100));
                return null;
            });
        } catch (InterruptedException expected) {
            // the bulk was cancelled during the wait
        }
        assertEquals(0, one.inFlight());
        one.acquire();
        assertEquals(1, one.inFlight(), "the permit is there for the next request, once");
    }

    @Test
    void aRetryWaitInsideAnotherLimitersRunHandsBackOnlyItsOwnPermit() throws Exception {
        AdaptiveLimiter outer = new AdaptiveLimiter(1, 1, 1);
        AdaptiveLimiter inner = new AdaptiveLimiter(1, 1, 1);
        List<Integer> whileWaiting = new ArrayList<>();
        outer.run(() -> inner.run(() -> {
            AdaptiveLimiter.waitWithoutPermit(d -> {
                whileWaiting.add(outer.inFlight());
                whileWaiting.add(inner.inFlight());
            }, java.time.Duration.ofMillis(10));
            return null;
        }));
        assertEquals(List.of(1, 0), whileWaiting);
        assertEquals(0, outer.inFlight());
        assertEquals(0, inner.inFlight());
    }

    @Test
    void outsideABulkARetryWaitJustWaits() throws Exception {
        List<java.time.Duration> waited = new ArrayList<>();
        AdaptiveLimiter.waitWithoutPermit(waited::add, java.time.Duration.ofMillis(250));
        assertEquals(List.of(java.time.Duration.ofMillis(250)), waited);
        assertEquals(0, limiter.inFlight());
    }

    @Test
    void limitChangesAreReportedToListeners() {
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        limiter.addLimitListener(seen::add);
        limiter.onResponse(200, null);
        limiter.onResponse(200, null);
        assertEquals(java.util.List.of(5, 6), seen);
    }

    @Test
    void theConcurrencyTwilioReportedSetsTheCeilingOnA429() {
        for (int i = 0; i < 30; i++) {
            limiter.onResponse(200, Math.min(20, i + 1));
        }
        assertEquals(34, limiter.limit());
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 21);
        assertEquals(20, limiter.limit(), "straight down to the account's real concurrency, not 10 % at a time");
    }

    @Test
    void permitsBlockAtTheLimit() throws Exception {
        AdaptiveLimiter one = new AdaptiveLimiter(1, 1, 1);
        one.acquire();
        Thread waiter = new Thread(() -> {
            try {
                one.run(() -> null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waiter.start();
        waiter.join(100);
        assertTrue(waiter.isAlive());
        assertEquals(1, one.inFlight());
        one.release();
        waiter.join(2000);
        assertEquals(0, one.inFlight());
    }

    @Test
    void aProbeAboveTheAccountsConcurrencyFallsBackToItNotTenPercentBelow() {
        learnCeilingOf20();
        for (int i = 0; i < 170; i++) { // about 8 round trips of 20
            limiter.onResponse(200, 20);
        }
        assertEquals(21, limiter.limit(), "probing one above the ceiling");
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 21);
        assertEquals(20, limiter.limit(), "a 10 % cut would leave two slots of the account idle");
    }

    @Test
    void aRefusalAtTheCeilingKeepsTheLimitAndOneUnderLoadOfOthersStepsDownByOne() throws Exception {
        learnCeilingOf20();
        for (int i = 0; i < 20; i++) {
            limiter.acquire();
        }
        limiter.onResponse(200, 20);
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 21);
        assertEquals(20, limiter.limit(), "Twilio's count lagging ours by one must not cost part of the account");
        limiter.onResponse(200, 24);
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 25);
        assertEquals(19, limiter.limit(), "others keep the account busy: step down");
        limiter.onResponse(429, 25);
        assertEquals(19, limiter.limit(), "once per round trip");
        limiter.onResponse(200, 24);
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 25);
        assertEquals(18, limiter.limit(), "and again the next round trip");
    }

    @Test
    void growthWakesAWaiterAsSoonAsAPermitAppears() throws Exception {
        AdaptiveLimiter small = new AdaptiveLimiter(1, 1, 4);
        small.acquire();
        Thread waiter = new Thread(() -> {
            try {
                small.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(100);
        assertTrue(waiter.isAlive());
        small.onResponse(200, null);
        waiter.join(2000);
        assertEquals(2, small.inFlight(), "the second permit went to the waiter without any release");
    }

    @Test
    void slowStartEndsAtWhatTheAccountTookNotAtTheLastSuccessesStaleCount() throws Exception {
        for (int i = 0; i < 20; i++) {
            limiter.onResponse(200, Math.min(10, i + 1)); // the answers of the last doubling are still on their way
        }
        for (int i = 0; i < 21; i++) {
            limiter.acquire();
        }
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 21);
        assertEquals(20, limiter.limit(), "21 out and refused: the account took 20, not the 10 the successes reported so far");
        for (int i = 0; i < 20; i++) {
            limiter.onResponse(200, 20);
        }
        assertEquals(20, limiter.limit(), "at the cap: probing above it is slow");
    }

    @Test
    void withoutTheRefusalsOwnCountWhatWeHadOutBoundsTheCap() throws Exception {
        for (int i = 0; i < 20; i++) {
            limiter.onResponse(200, Math.min(10, i + 1));
        }
        for (int i = 0; i < 18; i++) {
            limiter.acquire();
        }
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, null);
        assertEquals(17, limiter.limit());
    }

    @Test
    void ourOwnEarlierRequestsAreNotTakenForSomeoneElsesOnTheAccount() throws Exception {
        learnCeilingOf20();
        for (int i = 0; i < 20; i++) {
            limiter.acquire();
        }
        for (int i = 0; i < 10; i++) {
            limiter.release();
        }
        limiter.onResponse(200, 20, -1, 20); // counted when all 20 of ours were out
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 21, -1, 10);
        assertEquals(20, limiter.limit(), "an isolated refusal at the cap, nobody else on the account: keep");
        limiter.onResponse(200, 20, -1, 10); // counted 20 while we had 10 out: the other 10 are someone else's
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 21, -1, 10);
        assertEquals(19, limiter.limit());
    }

    @Test
    void refusalsAtTheCapRoundTripAfterRoundTripStepDownEvenWhenNoAnswerShowsOthers() throws Exception {
        learnCeilingOf20();
        for (int i = 0; i < 20; i++) {
            limiter.acquire(); // others' share shows as our requests waiting to retry, not as a higher count
        }
        long roundTrip = 100_000_000L;
        limiter.onResponse(200, 20);
        nanos.addAndGet(roundTrip);
        limiter.onResponse(429, 21);
        assertEquals(20, limiter.limit(), "the first may be Twilio's count lagging ours");
        limiter.onResponse(200, 20);
        nanos.addAndGet(roundTrip);
        limiter.onResponse(429, 21);
        assertEquals(19, limiter.limit(), "the next round trip again: the account has less room than we use");
        limiter.onResponse(200, 20);
        nanos.addAndGet(10 * roundTrip);
        limiter.onResponse(429, 21);
        assertEquals(19, limiter.limit(), "long after, an isolated one again");
    }

    @Test
    void aStormOfRefusalsCutsTenPercentPerRoundTrip() {
        learnCeilingOf20();
        int[] expected = {18, 16, 14, 13};
        for (int limitAfter : expected) {
            nanos.addAndGet(1_000_000_000L);
            limiter.onResponse(429, 3); // nothing succeeds, whatever the account reports
            assertEquals(limitAfter, limiter.limit());
        }
    }

    @Test
    void eachProbeThatFindsTheSameCapWaitsTwiceAsLongForTheNextUpToSixtyFourTimesSlower() {
        learnCeilingOf20();
        List<Integer> successesPerProbe = new ArrayList<>();
        for (int probe = 0; probe < 5; probe++) {
            int successes = 0;
            while (limiter.limit() == 20) {
                limiter.onResponse(200, 20);
                successes++;
            }
            successesPerProbe.add(successes);
            nanos.addAndGet(1_000_000_000L);
            limiter.onResponse(429, 21);
            assertEquals(20, limiter.limit());
        }
        assertEquals(List.of(164, 328, 656, 1312, 1312), successesPerProbe, "a round trip of 20 at eight, 16, 32, 64 times slower");
    }

    /** Slow start to 24, then a 429 with the account reporting 20: limit and ceiling 20. */
    private void learnCeilingOf20() {
        for (int i = 0; i < 20; i++) {
            limiter.onResponse(200, Math.min(20, i + 1));
        }
        nanos.addAndGet(1_000_000_000L);
        limiter.onResponse(429, 21);
        assertEquals(20, limiter.limit());
    }
}
