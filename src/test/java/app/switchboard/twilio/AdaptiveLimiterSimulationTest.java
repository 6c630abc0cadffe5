package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;

/**
 * The limiter against a simulated account on a simulated clock (no threads, no sleeps): a bulk job of GETs,
 * Twilio's cap, and optionally another client that keeps part of the account busy the whole time.
 */
class AdaptiveLimiterSimulationTest {
    private static final long MS = 1_000_000L;

    @Test
    void aloneOnTheAccountTheLimitReachesTheCapAtOnceAndHoldsIt() throws Exception {
        Account run = new Account(20, 0).run(5000);

        assertEquals(0, run.failed);
        assertTrue(run.meanLimitAfterOneSecond() >= 19.9, "mean limit " + run.meanLimitAfterOneSecond());
        assertTrue(run.rate429() <= 0.02, "429 rate " + run.rate429());
        double idealSeconds = 5000 * 80.0 / 1000 / 20;
        assertTrue(run.seconds() <= idealSeconds * 1.03, run.seconds() + " s, ideal " + idealSeconds);
    }

    @Test
    void anotherClientHoldingFiveOfTheCapLeavesUsTheRestWithoutAStorm() throws Exception {
        Account run = new Account(20, 5).run(5000);

        assertEquals(0, run.failed);
        double mean = run.meanLimitAfterOneSecond();
        assertTrue(mean >= 14.5 && mean <= 15.5, "mean limit " + mean + ", the account has 15 for us");
        assertTrue(run.rate429() <= 0.03, "429 rate " + run.rate429());
    }

    /** Discrete-event model: admissions are instant, answers take 80 ms, a 429 comes back in 1 ms. */
    private static final class Account {
        private final int cap;
        private final int others;
        private final PriorityQueue<Event> events = new PriorityQueue<>();
        private long seq;
        private long now;
        private final AdaptiveLimiter limiter = new AdaptiveLimiter(4, 1, 64, () -> now);
        private int admitted;
        private int toSend;
        private int ok;
        private int failed;
        private int refused;
        private int attempts;
        private double limitNanosSum;
        private long lastSampleNanos = 1000 * MS;

        Account(int cap, int others) {
            this.cap = cap;
            this.others = others;
        }

        private record Event(long at, long seq, Runnable action) implements Comparable<Event> {
            @Override
            public int compareTo(Event o) {
                return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
            }
        }

        private void at(long when, Runnable action) {
            events.add(new Event(when, seq++, action));
        }

        Account run(int requests) throws InterruptedException {
            toSend = requests;
            fill();
            while (!events.isEmpty()) {
                Event e = events.poll();
                if (now >= lastSampleNanos) {
                    limitNanosSum += (double) limiter.limit() * (e.at - now);
                }
                now = e.at;
                e.action.run();
            }
            return this;
        }

        /** Starts requests while the limiter has permits, as the bulk pool does. */
        private void fill() {
            while (toSend > 0 && limiter.inFlight() < limiter.limit()) {
                toSend--;
                try {
                    limiter.acquire();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                attempt(1);
            }
        }

        private void attempt(int number) {
            attempts++;
            int ours = limiter.inFlight();
            long sent = now;
            int count = admitted + others + 1;
            if (count > cap) {
                refused++;
                at(now + MS, () -> {
                    limiter.onResponse(429, count, now - sent, ours);
                    if (number == 4) {
                        failed++;
                        done();
                    } else {
                        at(now + 50 * MS, () -> attempt(number + 1)); // the backoff, permit held
                    }
                });
                return;
            }
            admitted++;
            at(now + 80 * MS, () -> {
                admitted--;
                limiter.onResponse(200, count, now - sent, ours);
                ok++;
                done();
            });
        }

        private void done() {
            limiter.release();
            fill();
        }

        double seconds() {
            return now / 1e9;
        }

        double rate429() {
            return (double) refused / attempts;
        }

        double meanLimitAfterOneSecond() {
            return limitNanosSum / (now - lastSampleNanos);
        }
    }
}
