package app.switchboard.bench;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioException;
import app.switchboard.twilio.TwilioHttp;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard bench goodput}: how fast a bulk job gets through an account's concurrency cap. The same
 * number of GETs (fetch the demo Main key) go to an in-process sandbox with a known mean latency and cap, from
 * Switchboard's client with its adaptive limiter ({@link AccountClient#bulk}) and, in the same run, from two
 * other SDKs as they behave by default (50 fixed workers: twilio-node's 429 retry, twilio-java's none) and an
 * oracle that is told the cap (20 fixed workers, nothing to retry), the practical ceiling on this machine.
 */
@Command(name = "goodput", mixinStandardHelpOptions = true,
        description = "Bulk GETs against a capped sandbox account: Switchboard's adaptive limiter vs other SDKs' retry styles.")
public final class GoodputBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--requests", defaultValue = "5000", description = "Requests per client (default ${DEFAULT-VALUE}).")
    int requests;
    @Option(names = "--cap", defaultValue = "20", description = "Concurrency cap of the sandbox account (default ${DEFAULT-VALUE}).")
    int cap;
    // 80 ms: the sandbox's demo default, near a real Twilio GET; long enough that the client's own CPU time
    // (about a millisecond per request on a busy 2-core box) does not dominate, short enough for a 2-minute run.
    @Option(names = "--mean-latency-ms", defaultValue = "80", description = "Mean server time per request (default ${DEFAULT-VALUE}).")
    int meanLatencyMs;
    @Option(names = "--workers", defaultValue = "50", description = "Threads of the node- and java-style clients (default ${DEFAULT-VALUE}).")
    int workers;
    @Option(names = "--warmup", defaultValue = "600", description = "Requests per client before measuring, for the JIT (default ${DEFAULT-VALUE}).")
    int warmup;

    private Sandbox sandbox;
    private Credentials credentials;
    private String keySid;

    @Override
    public Integer call() throws Exception {
        if (requests < 1 || cap < 1 || meanLatencyMs < 1 || workers < 1 || warmup < 0) {
            spec.commandLine().getErr().println("Error: --requests, --cap, --mean-latency-ms and --workers must be at least 1,"
                    + " --warmup at least 0.");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Sandbox started = Sandbox.start(SandboxOptions.forTests().withConcurrencyCap(cap)
                .withMeanLatency(Duration.ofMillis(meanLatencyMs)))) {
            sandbox = started;
            DemoAccount demo = sandbox.demoAccount();
            keySid = demo.apiKeySid();
            credentials = Credentials.apiKey(demo.accountSid(), keySid, Secret.of(demo.apiKeySecret()));
            FixedWorkerClient plain = new FixedWorkerClient(URI.create(sandbox.baseUrl() + "/2010-04-01/Accounts/"
                    + demo.accountSid() + "/Keys/" + keySid + ".json"), keySid, demo.apiKeySecret());
            double ideal = requests * meanLatencyMs / 1000.0 / cap;
            out.printf(Locale.ROOT, "%d GETs, account cap %d, mean latency %d ms: ideal %.2f s; warming up (%d per client)%n",
                    requests, cap, meanLatencyMs, ideal, warmup);
            out.flush();
            if (warmup > 0) {
                switchboard("warm-up", warmup, 0, out);
                switchboard("warm-up", warmup, cap, out);
                plain.run("warm-up", workers, warmup, SdkRetryStyle.NODE);
                plain.run("warm-up", cap, warmup, SdkRetryStyle.NONE);
            }
            List<RunStats> runs = new ArrayList<>();
            RunStats first = switchboard("(a) switchboard bulk, adaptive limiter #1", requests, 0, out);
            RunStats node = plain.run("(b) " + workers + " workers, twilio-node retry", workers, requests, SdkRetryStyle.NODE);
            RunStats nodeDone = plain.untilAllSucceed(node, "(b) with its failures sent again until done", workers,
                    SdkRetryStyle.NODE);
            RunStats java = plain.run("(c) " + workers + " workers, twilio-java (no 429 retry)", workers, requests,
                    SdkRetryStyle.JAVA);
            RunStats oracle = plain.run("oracle: " + cap + " plain workers, no retry", cap, requests, SdkRetryStyle.NONE);
            RunStats oracleOurs = switchboard("oracle: " + cap + " workers on switchboard client", requests, cap, out);
            RunStats last = switchboard("(a) switchboard bulk, adaptive limiter #2", requests, 0, out);
            runs.addAll(List.of(first, node, nodeDone, java, oracle, oracleOurs, last));
            out.println(RunStats.header());
            runs.forEach(r -> out.println(r.row(ideal, oracle.seconds())));
            double ratio = (first.seconds() + last.seconds()) / 2 / ideal;
            long attempts = first.attempts() + last.attempts();
            double rate429 = attempts == 0 ? 0 : (double) (first.throttled() + last.throttled()) / attempts;
            // (b) ends sooner than (a) only because it gives up on part of the job, which its user then has to
            // send again: "faster" is the job done, all requests succeeded, against (b) with its failures sent
            // again the same way. Goodput (successes per second) is printed beside it.
            double slowerGoodput = Math.min(first.goodput(), last.goodput());
            double meanSeconds = ratio * ideal; // as in ratio_vs_ideal: the mean of (a)'s two runs
            out.printf(Locale.ROOT, "job done (all %d succeeded): (a) in %.2f s (mean of its two runs), (b) in %.2f s "
                            + "with its %d failures sent again (%d still failing); goodput (a) %.1f/s, (b) %.1f/s%n", requests,
                    meanSeconds, nodeDone.seconds(), node.failed(), nodeDone.failed(), slowerGoodput, node.goodput());
            out.printf(Locale.ROOT, "RESULT ratio_vs_ideal=%.3f failed=%d rate_429=%.4f node_ratio_vs_ideal=%.3f node_failed=%d"
                    + " java_failed=%d a_first_ratio=%.3f a_last_ratio=%.3f oracle_ratio_vs_ideal=%.3f ratio_vs_oracle=%.3f"
                    + " node_done_ratio_vs_ideal=%.3f goodput=%.1f node_goodput=%.1f faster_than_node=%b%n", ratio,
                    first.failed() + last.failed(), rate429, node.seconds() / ideal, node.failed(), java.failed(),
                    first.seconds() / ideal, last.seconds() / ideal, oracle.seconds() / ideal, ratio * ideal / oracle.seconds(),
                    nodeDone.seconds() / ideal, slowerGoodput, node.goodput(),
                    first.failed() + last.failed() == 0 && nodeDone.failed() == 0 && meanSeconds < nodeDone.seconds());
            out.flush();
        }
        return 0;
    }

    /**
     * Switchboard's own client, fresh (its limiter starts from scratch), counting every attempt it records.
     *
     * @param fixedWorkers 0 for {@link AccountClient#bulk} under the adaptive limiter, else that many plain threads
     */
    private RunStats switchboard(String name, int count, int fixedWorkers, PrintWriter out) throws InterruptedException {
        TwilioHttp http = TwilioHttp.create();
        LongAdder attempts = new LongAdder();
        LongAdder throttled = new LongAdder();
        http.addListener(r -> {
            attempts.increment();
            if (r.status() == 429) {
                throttled.increment();
            }
        });
        long cpu0 = RunStats.processCpuNanos();
        long t0 = System.nanoTime();
        try (TwilioClient client = new TwilioClient(http);
                LimiterWatch watch = new LimiterWatch(http.limiter(credentials.accountSid()), cap)) {
            AccountClient account = client.account(credentials, EmbeddedDemo.hostsFor(sandbox.baseUrl()));
            int failed = fixedWorkers == 0 ? bulk(account, count) : fixed(account, count, fixedWorkers);
            RunStats stats = new RunStats(name, (System.nanoTime() - t0) / 1e9, count, failed, attempts.sum(), throttled.sum(),
                    RunStats.processCpuNanos() - cpu0);
            if (fixedWorkers == 0 && !name.equals("warm-up")) {
                out.println(name + ": " + watch.summary());
                out.flush();
            }
            return stats;
        }
    }

    private int bulk(AccountClient account, int count) {
        List<Integer> items = IntStream.range(0, count).boxed().toList();
        return (int) account.bulk(items, i -> account.keys().fetch(keySid)).stream().filter(r -> !r.ok()).count();
    }

    private int fixed(AccountClient account, int count, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> started = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            Thread t = new Thread(() -> {
                while (next.getAndIncrement() < count) {
                    try {
                        account.keys().fetch(keySid);
                    } catch (TwilioException e) {
                        failed.incrementAndGet();
                    }
                }
            }, "oracle-" + w);
            t.start();
            started.add(t);
        }
        for (Thread t : started) {
            t.join();
        }
        return failed.get();
    }
}
