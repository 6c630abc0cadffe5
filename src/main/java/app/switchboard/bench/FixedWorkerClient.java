package app.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Another SDK, modelled: a fixed number of worker threads, each sending one GET after another with plain
 * {@link HttpClient} (not Switchboard's client) and retrying per an {@link SdkRetryStyle}. No limiter.
 */
final class FixedWorkerClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;

    FixedWorkerClient(URI uri, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic).GET().build();
    }

    RunStats run(String name, int workers, int requests, SdkRetryStyle style) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        LongAdder attempts = new LongAdder();
        LongAdder throttled = new LongAdder();
        List<Thread> threads = new ArrayList<>(workers);
        long cpu0 = RunStats.processCpuNanos();
        long t0 = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                while (next.getAndIncrement() < requests) {
                    if (!send(style, attempts, throttled)) {
                        failed.incrementAndGet();
                    }
                }
            }, name + "-" + w);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return new RunStats(name, (System.nanoTime() - t0) / 1e9, requests, failed.get(), attempts.sum(), throttled.sum(),
                RunStats.processCpuNanos() - cpu0);
    }

    /**
     * What a user of this SDK must do to get the whole job done: send the requests that failed in
     * {@code firstPass} again, the same way, until none fail (at most 20 passes). The time and the attempts
     * add up over all passes, the first included.
     */
    RunStats untilAllSucceed(RunStats firstPass, String name, int workers, SdkRetryStyle style) throws InterruptedException {
        double seconds = firstPass.seconds();
        long attempts = firstPass.attempts();
        long throttled = firstPass.throttled();
        long cpuNanos = firstPass.cpuNanos();
        int left = firstPass.failed();
        for (int pass = 0; left > 0 && pass < 20; pass++) {
            RunStats again = run(name, workers, left, style);
            seconds += again.seconds();
            attempts += again.attempts();
            throttled += again.throttled();
            cpuNanos += again.cpuNanos();
            left = again.failed();
        }
        return new RunStats(name, seconds, firstPass.requests(), left, attempts, throttled, cpuNanos);
    }

    /** One request with its retries; true when it ended with a 2xx. */
    private boolean send(SdkRetryStyle style, LongAdder attempts, LongAdder throttled) {
        for (int retries = 0;; retries++) {
            int status;
            attempts.increment();
            try {
                status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (status == 429) {
                throttled.increment();
            }
            if (status >= 200 && status < 300) {
                return true;
            }
            Duration pause = style.delayBeforeRetry(retries, status);
            if (pause == null) {
                return false;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
