package app.switchboard.sandbox;

import java.time.Clock;
import java.time.Duration;

import app.switchboard.sandbox.world.StatusPage;

/**
 * How to start a sandbox. Immutable; each {@code withX} returns a copy. {@link #demo()} is the lively default
 * for the desktop app and {@code switchboard sandbox}; {@link #forTests()} is quiet and fast (no background load,
 * no live alerts, 2 ms mean latency) so tests and benchmarks measure exactly what they send.
 */
public final class SandboxOptions {
    private int port;
    private long seed = 42;
    private int concurrencyCap = 100;
    private double alertsPerMinute = 2;
    private boolean backgroundLoad = true;
    private Duration meanLatency = Duration.ofMillis(80);
    private int extraKeys;
    private Clock clock = Clock.systemUTC();
    private StatusPage.Indicator statusIndicator = StatusPage.Indicator.NONE;

    private SandboxOptions() {
    }

    public static SandboxOptions demo() {
        return new SandboxOptions();
    }

    public static SandboxOptions forTests() {
        return new SandboxOptions().withBackgroundLoad(false).withAlertsPerMinute(0)
                .withMeanLatency(Duration.ofMillis(2));
    }

    private SandboxOptions copy() {
        SandboxOptions c = new SandboxOptions();
        c.port = port;
        c.seed = seed;
        c.concurrencyCap = concurrencyCap;
        c.alertsPerMinute = alertsPerMinute;
        c.backgroundLoad = backgroundLoad;
        c.meanLatency = meanLatency;
        c.extraKeys = extraKeys;
        c.clock = clock;
        c.statusIndicator = statusIndicator;
        return c;
    }

    /** 0 (default) picks a free port. */
    public SandboxOptions withPort(int value) {
        if (value < 0 || value > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        SandboxOptions c = copy();
        c.port = value;
        return c;
    }

    /** The same seed (and clock) gives the same world. Default 42. */
    public SandboxOptions withSeed(long value) {
        SandboxOptions c = copy();
        c.seed = value;
        return c;
    }

    /** In-flight requests allowed per account before 429 / 20429. Default 100. */
    public SandboxOptions withConcurrencyCap(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("concurrency cap must be at least 1");
        }
        SandboxOptions c = copy();
        c.concurrencyCap = value;
        return c;
    }

    /** New alerts per minute, spread over the accounts (mostly the main one). 0 turns the live stream off. */
    public SandboxOptions withAlertsPerMinute(double value) {
        if (value < 0) {
            throw new IllegalArgumentException("alert rate must not be negative");
        }
        SandboxOptions c = copy();
        c.alertsPerMinute = value;
        return c;
    }

    /** Simulated traffic from the account's other clients, counted against the cap. Off for exact benchmarks. */
    public SandboxOptions withBackgroundLoad(boolean value) {
        SandboxOptions c = copy();
        c.backgroundLoad = value;
        return c;
    }

    /** Mean server processing time of an admitted request (the sandbox really spends it). Default 80 ms. */
    public SandboxOptions withMeanLatency(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("mean latency must not be negative");
        }
        SandboxOptions c = copy();
        c.meanLatency = value;
        return c;
    }

    /** Extra standard keys on the main account (named "bulk key 00001" ...), e.g. 10,000 for a benchmark. */
    public SandboxOptions withExtraKeys(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("extra keys must not be negative");
        }
        SandboxOptions c = copy();
        c.extraKeys = value;
        return c;
    }

    /** The clock the world is seeded against; a fixed clock makes the seeded world identical run to run. */
    public SandboxOptions withClock(Clock value) {
        SandboxOptions c = copy();
        c.clock = value;
        return c;
    }

    /** What the status page says at start (it can be changed later through {@link Sandbox#statusPage()}). */
    public SandboxOptions withStatusIndicator(StatusPage.Indicator value) {
        SandboxOptions c = copy();
        c.statusIndicator = java.util.Objects.requireNonNull(value);
        return c;
    }

    public int port() {
        return port;
    }

    public long seed() {
        return seed;
    }

    public int concurrencyCap() {
        return concurrencyCap;
    }

    public double alertsPerMinute() {
        return alertsPerMinute;
    }

    public boolean backgroundLoad() {
        return backgroundLoad;
    }

    public Duration meanLatency() {
        return meanLatency;
    }

    public int extraKeys() {
        return extraKeys;
    }

    public Clock clock() {
        return clock;
    }

    public StatusPage.Indicator statusIndicator() {
        return statusIndicator;
    }
}
