package app.switchboard.bench;

import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.BulkResult;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Hosts;
import app.switchboard.twilio.Product;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard bench limiter}: the client's adaptive per-account limiter against a local server that
 * enforces a concurrency cap the way Twilio does (429 / 20429 above it), compared in the same run with a
 * naive client that fires at a fixed parallelism and relies on retries alone.
 */
@Command(name = "limiter", mixinStandardHelpOptions = true,
        description = "Bulk requests through the adaptive limiter vs a fixed-parallelism client, against a capped local server.")
public final class LimiterBench implements Runnable {
    private static final String ACCOUNT = "AC" + "0".repeat(32);
    private static final String KEY = "SK" + "1".repeat(32);

    @Option(names = "--requests", defaultValue = "5000", description = "Requests per client (default ${DEFAULT-VALUE}).")
    int requests;
    @Option(names = "--cap", defaultValue = "20", description = "Server concurrency cap (default ${DEFAULT-VALUE}).")
    int cap;
    @Option(names = "--service-ms", defaultValue = "50", description = "Server time per request (default ${DEFAULT-VALUE}).")
    int serviceMillis;
    @Option(names = "--naive-parallelism", defaultValue = "64", description = "Threads of the naive client (default ${DEFAULT-VALUE}).")
    int naiveParallelism;

    /** Counts what the server saw. */
    private static final class CappedServer implements AutoCloseable {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger served = new AtomicInteger();
        final AtomicInteger throttled = new AtomicInteger();
        final HttpServer server;
        final ExecutorService pool = Executors.newFixedThreadPool(256);

        CappedServer(int cap, int serviceMillis) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
            server.setExecutor(pool);
            server.createContext("/", ex -> handle(ex, cap, serviceMillis));
            server.start();
        }

        private void handle(HttpExchange ex, int cap, int serviceMillis) throws IOException {
            int now = inFlight.incrementAndGet();
            try {
                boolean over = now > cap;
                if (over) {
                    throttled.incrementAndGet();
                } else {
                    served.incrementAndGet();
                    Thread.sleep(serviceMillis);
                }
                byte[] body = (over ? "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}"
                        : "{\"sid\":\"" + KEY + "\",\"friendly_name\":\"bench\"}").getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.getResponseHeaders().add("Twilio-Concurrent-Requests", String.valueOf(Math.min(now, cap)));
                ex.sendResponseHeaders(over ? 429 : 200, body.length);
                ex.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                ex.close();
            }
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void reset() {
            served.set(0);
            throttled.set(0);
        }

        @Override
        public void close() {
            server.stop(0);
            pool.shutdownNow();
        }
    }

    /**
     * @param slotsUsed average number of requests the server was working on (sampled), the share of the cap
     *                  a client keeps busy independent of this machine's speed
     */
    private record Outcome(double seconds, long ok, int throttled, int served, double slotsUsed) {
        double throttledPct() {
            return 100.0 * throttled / Math.max(1, throttled + served);
        }
    }

    @Override
    public void run() {
        try (CappedServer server = new CappedServer(cap, serviceMillis)) {
            double ideal = requests * (serviceMillis / 1000.0) / cap;
            System.out.printf("server cap %d, %d ms per request, %d requests: ideal %.2f s%n", cap, serviceMillis, requests, ideal);
            Outcome naive = measure(server, naiveParallelism);
            print("naive (" + naiveParallelism + " threads, retries only)", naive, ideal);
            // naive runs out of its retry budget: its failures end fast, so compare goodput, not time
            // The best a fixed client can do needs the cap, which Twilio does not publish: an oracle baseline.
            Outcome oracle = measure(server, cap);
            print("oracle (" + cap + " threads = the cap)", oracle, ideal);
            Outcome adaptive = measure(server, 0);
            print("adaptive limiter (AccountClient.bulk)", adaptive, ideal);
            System.out.printf("RESULT requests=%d cap=%d ideal_s=%.2f naive_s=%.2f naive_ok=%d naive_429_pct=%.2f oracle_s=%.2f"
                    + " adaptive_s=%.2f adaptive_ok=%d adaptive_429_pct=%.2f adaptive_vs_oracle=%.2f%n", requests, cap, ideal,
                    naive.seconds(), naive.ok(), naive.throttledPct(), oracle.seconds(), adaptive.seconds(), adaptive.ok(),
                    adaptive.throttledPct(), oracle.seconds() / adaptive.seconds());
        } catch (IOException e) {
            System.err.println("Error: could not start the local server: " + e.getMessage());
        }
    }

    private void print(String name, Outcome o, double ideal) {
        System.out.printf("%-40s %6.2f s  ok %5d  429s %5d (%.2f %%)  goodput %5.0f req/s  %3.0f %% of ideal  server slots used %.1f%n",
                name, o.seconds(), o.ok(), o.throttled(), o.throttledPct(), o.ok() / o.seconds(), 100 * (o.ok() / o.seconds()) / (requests / ideal),
                o.slotsUsed());
    }

    /** @param parallelism fixed thread count, or 0 for the adaptive limiter */
    private Outcome measure(CappedServer server, int parallelism) {
        boolean adaptive = parallelism == 0;
        server.reset();
        try (TwilioClient client = TwilioClient.create()) {
            AccountClient account = client.account(Credentials.apiKey(ACCOUNT, KEY, Secret.of("bench-secret")),
                    Hosts.defaults().withBaseUrl(Product.API, server.baseUrl()));
            List<Integer> items = IntStream.range(0, requests).boxed().toList();
            java.util.concurrent.ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            java.util.concurrent.atomic.AtomicLong sum = new java.util.concurrent.atomic.AtomicLong();
            AtomicInteger samples = new AtomicInteger();
            sampler.scheduleAtFixedRate(() -> {
                sum.addAndGet(Math.min(cap, server.inFlight.get()));
                samples.incrementAndGet();
            }, 0, 2, java.util.concurrent.TimeUnit.MILLISECONDS);
            long t0 = System.nanoTime();
            long ok = adaptive ? account.bulk(items, i -> account.keys().fetch(KEY)).stream().filter(BulkResult::ok).count()
                    : fixed(account, items, parallelism);
            double seconds = (System.nanoTime() - t0) / 1e9;
            sampler.shutdownNow();
            return new Outcome(seconds, ok, server.throttled.get(), server.served.get(),
                    (double) sum.get() / Math.max(1, samples.get()));
        }
    }

    /** A client without a limiter: a fixed number of threads, each retrying on its own. */
    private static long fixed(AccountClient account, List<Integer> items, int parallelism) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Integer ignored : items) {
                futures.add(pool.submit(() -> {
                    try {
                        account.keys().fetch(KEY);
                        return true;
                    } catch (TwilioException e) {
                        return false;
                    }
                }));
            }
            long ok = 0;
            for (Future<Boolean> f : futures) {
                ok += f.get() ? 1 : 0;
            }
            return ok;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
