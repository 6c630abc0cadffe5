package app.switchboard.requestlog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Child process of {@link CrashSafetyTest}: writes batches forever, printing each committed total. */
public final class CrashWriterMain {

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        RequestLogSettings settings = new RequestLogSettings(Duration.ofDays(3650), 100_000_000, Long.MAX_VALUE, 1000, 1000);
        RequestLogStore store = RequestLogStore.open(Path.of(args[0]), settings, Clock.systemUTC());
        SampleTraffic traffic = new SampleTraffic(1, 10_000_000, Instant.now(), Duration.ofDays(1).toMillis(), true);
        long total = 0;
        while (true) {
            List<app.switchboard.twilio.RequestRecord> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 500; i++) {
                batch.add(traffic.next());
            }
            total += store.writeAll(batch.iterator(), null);
            System.out.println("committed " + total);
            System.out.flush();
        }
    }
}
