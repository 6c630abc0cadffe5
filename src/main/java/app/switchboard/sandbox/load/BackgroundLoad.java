package app.switchboard.sandbox.load;

/**
 * Simulated requests from the account's other clients: a slow wave over minutes, a faster ripple, and short
 * spikes in some minutes (deterministic per seed). It counts against the cap like real traffic would.
 */
public final class BackgroundLoad {
    private final int cap;
    private final long seed;
    private final boolean enabled;

    public BackgroundLoad(int cap, long seed, boolean enabled) {
        this.cap = cap;
        this.seed = seed;
        this.enabled = enabled;
    }

    /** In-flight background requests at {@code elapsedMillis} since start. */
    public int at(long elapsedMillis) {
        if (!enabled) {
            return 0;
        }
        double t = elapsedMillis / 1000.0;
        double level = 0.22 + 0.15 * Math.sin(2 * Math.PI * t / 420) + 0.06 * Math.sin(2 * Math.PI * t / 53);
        long minute = elapsedMillis / 60_000;
        long hash = mix(seed * 31 + minute);
        // About one minute in five has a spike lasting 10-25 s that pushes towards the cap.
        if ((hash & 7) < 2) {
            long startSecond = (hash >>> 8) % 40;
            long length = 10 + (hash >>> 16) % 16;
            long secondOfMinute = (elapsedMillis / 1000) % 60;
            if (secondOfMinute >= startSecond && secondOfMinute < startSecond + length) {
                level += 0.35 + ((hash >>> 24) % 20) / 100.0;
            }
        }
        return (int) Math.max(0, Math.round(level * cap));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
