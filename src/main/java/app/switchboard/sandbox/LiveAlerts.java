package app.switchboard.sandbox;

import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import app.switchboard.sandbox.world.AccountRecord;
import app.switchboard.sandbox.world.AlertFactory;
import app.switchboard.sandbox.world.SandboxWorld;
import app.switchboard.sandbox.world.WorldSeeder;

/** New alerts arriving over time (Poisson-like at the configured rate), mostly on the main account. */
final class LiveAlerts implements AutoCloseable {
    private final ScheduledExecutorService timer;

    LiveAlerts(SandboxWorld world, WorldSeeder seeder, WorldSeeder.Seeded seeded, double perMinute, long seed) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-live-alerts");
            t.setDaemon(true);
            return t;
        });
        Random random = new Random(seed ^ 0x5eed_a1e7L);
        List<AccountRecord> active = seeded.subaccounts().stream().filter(a -> a.status().equals("active")).toList();
        AlertFactory mainFactory = new AlertFactory(seeder.webhookUrlsOf(seeded.main().sid));
        double perTick = perMinute / 60.0 / 4; // four ticks a second
        timer.scheduleAtFixedRate(() -> {
            // A Poisson count per tick, so high rates (600/min is 2.5 a tick) are reached, not capped at one.
            for (int i = poisson(random, perTick); i > 0; i--) {
                boolean onMain = active.isEmpty() || random.nextInt(10) < 7;
                AccountRecord account = onMain ? seeded.main() : active.get(random.nextInt(active.size()));
                AlertFactory factory = onMain ? mainFactory : new AlertFactory(seeder.webhookUrlsOf(account.sid));
                world.addAlert(factory.create(random, account.sid, world.clock().instant()
                        .with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0)));
            }
        }, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** Knuth's method: fine for the small means of a quarter-second tick. */
    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
