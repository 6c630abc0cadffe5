package app.switchboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TrafficRecorderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void recordsFromManyIoThreadsAllArriveWhileTheTickDrains() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        TrafficRecorder recorder = new TrafficRecorder(1_000_000);
        TrafficMonitor monitor = new TrafficMonitor(recorder, clock);
        int threads = 4;
        int each = 5_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String account = "AC" + t;
            Thread p = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    recorder.onRecord(Records.ok(account, NOW.minusMillis(i), i % 50));
                }
            });
            p.start();
            producers.add(p);
        }
        start.countDown();
        while (producers.stream().anyMatch(Thread::isAlive)) {
            monitor.drain();
        }
        monitor.drain();
        long total = 0;
        for (String sid : monitor.accounts()) {
            total += monitor.series(sid, TrafficWindow.FIVE_MINUTES).orElseThrow().summary().requests();
        }
        assertThat(monitor.accounts()).hasSize(threads);
        assertThat(total).isEqualTo((long) threads * each);
        assertThat(recorder.dropped()).isZero();
    }
}
