package app.switchboard.sandbox;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard bench sandbox-capacity}: checks that the sandbox itself is not the bottleneck of the goodput
 * benchmark. A perfect client (exactly cap workers) must finish close to the ideal time requests x mean / cap with
 * no 429; twice the cap without retries must see many 429s (the cap works).
 */
@Command(name = "sandbox-capacity",
        description = "Measure the sandbox against its ideal throughput (requests x mean latency / cap).")
public final class SandboxCapacityBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--requests", description = "Requests per run (default: ${DEFAULT-VALUE}).")
    int requests = 2000;

    @Option(names = "--cap", description = "Concurrency cap of the sandbox account (default: ${DEFAULT-VALUE}).")
    int cap = 20;

    @Option(names = "--mean-latency-ms", description = "Mean processing time (default: ${DEFAULT-VALUE}).")
    int meanLatencyMs = 20;

    private record Run(String name, int workers, double seconds, int ok, int tooMany, double meanServerMs) {
    }

    @Override
    public Integer call() throws Exception {
        if (requests < 1 || cap < 1 || meanLatencyMs < 1) {
            spec.commandLine().getErr().println("error: --requests, --cap and --mean-latency-ms must be at least 1");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().withConcurrencyCap(cap)
                .withMeanLatency(Duration.ofMillis(meanLatencyMs)))) {
            double ideal = requests * meanLatencyMs / 1000.0 / cap;
            run(sandbox, "warm-up", cap, Math.min(requests, 200));
            Run atCap = run(sandbox, "cap workers", cap, requests);
            Run overCap = run(sandbox, "2x cap, no retry", cap * 2, requests);
            out.printf(Locale.ROOT, "requests=%d cap=%d mean latency=%d ms ideal=%.2f s%n", requests, cap,
                    meanLatencyMs, ideal);
            out.printf(Locale.ROOT, "%-18s %8s %9s %7s %7s %14s%n", "run", "workers", "seconds", "ok", "429",
                    "server mean ms");
            for (Run r : List.of(atCap, overCap)) {
                out.printf(Locale.ROOT, "%-18s %8d %9.2f %7d %7d %14.1f%n", r.name, r.workers, r.seconds, r.ok,
                        r.tooMany, r.meanServerMs);
            }
            out.printf(Locale.ROOT, "RESULT ideal_s=%.2f at_cap_ratio_vs_ideal=%.3f at_cap_rate_429=%.4f "
                    + "over_cap_rate_429=%.4f server_mean_ms=%.1f%n", ideal, atCap.seconds / ideal,
                    atCap.tooMany / (double) requests, overCap.tooMany / (double) requests, atCap.meanServerMs);
            out.flush();
        }
        return 0;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work, "bench-worker");
        thread.start();
        return thread;
    }

    private static Run run(Sandbox sandbox, String name, int workers, int total) throws InterruptedException {
        DemoAccount demo = sandbox.demoAccount();
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (demo.apiKeySid() + ":" + demo.apiKeySecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/2010-04-01/Accounts/"
                + demo.accountSid() + "/IncomingPhoneNumbers.json?PageSize=1")).header("Authorization", auth).build();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger remaining = new AtomicInteger(total);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger tooMany = new AtomicInteger();
        DoubleAdder serverSeconds = new DoubleAdder();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            threads.add(started(() -> {
                while (remaining.getAndDecrement() > 0) {
                    try {
                        HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 429) {
                            tooMany.incrementAndGet();
                        } else {
                            ok.incrementAndGet();
                            serverSeconds.add(Double.parseDouble(
                                    r.headers().firstValue("Twilio-Request-Duration").orElse("0")));
                        }
                    } catch (java.io.IOException e) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(name, workers, seconds, ok.get(), tooMany.get(),
                ok.get() == 0 ? 0 : serverSeconds.sum() * 1000 / ok.get());
    }
}
