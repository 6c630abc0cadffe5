package app.switchboard.bench;

import app.switchboard.debugger.Alert;
import app.switchboard.debugger.AlertQuery;
import app.switchboard.debugger.AlertSource;
import app.switchboard.debugger.AlertTail;
import app.switchboard.debugger.TailAudit;
import app.switchboard.debugger.TailRunner;
import app.switchboard.debugger.TwilioMonitorSource;
import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.GeneratedAlert;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard bench debugger}: the live tail (real client + {@link TwilioMonitorSource} + {@link AlertTail}
 * + {@link TailRunner}) against a sandbox generating alerts, compared with the sandbox's ground truth, and in the
 * same run with a naive tail (cursor = previous poll, no overlap, no de-duplication) on its own client.
 */
@Command(name = "debugger", mixinStandardHelpOptions = true,
        description = "Live alert tail vs the sandbox's ground truth: duplicates, missed alerts and polling requests.")
public final class DebuggerBench implements Callable<Integer> {

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "60", description = "Length of the tail (default ${DEFAULT-VALUE}).")
    int seconds;
    @Option(names = "--rate", paramLabel = "PER_MINUTE", defaultValue = "600", description = "Alerts the sandbox generates per minute (default ${DEFAULT-VALUE}).")
    double perMinute;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seconds < 2) {
            throw new IllegalArgumentException("--seconds must be at least 2.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().withAlertsPerMinute(perMinute));
             TwilioClient client = TwilioClient.create();
             TwilioClient baselineClient = TwilioClient.create()) {
            DemoAccount demo = sandbox.demoAccount();
            Credentials credentials = Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret()));
            AtomicInteger pollRequests = new AtomicInteger();
            AtomicReference<Instant> lastPollStart = new AtomicReference<>();
            client.addListener(r -> {
                if (isAlertList(r)) {
                    pollRequests.incrementAndGet();
                    lastPollStart.set(r.startedAt());
                }
            });
            AccountClient account = client.account(credentials, EmbeddedDemo.hostsFor(sandbox.baseUrl()));
            AlertSource source = new TwilioMonitorSource(client, account);
            AlertSource baselineSource = new TwilioMonitorSource(baselineClient,
                    baselineClient.account(credentials, EmbeddedDemo.hostsFor(sandbox.baseUrl())));

            Clock clock = Clock.systemUTC();
            Instant since = clock.instant();
            AlertTail.Settings settings = AlertTail.Settings.defaults().withInterval(Duration.ofSeconds(1));
            AlertTail tail = new AlertTail(source, AlertQuery.forAccount(demo.accountSid()), clock, settings, since);
            NaiveTail naive = new NaiveTail(baselineSource, demo.accountSid(), since);
            Thread baseline = new Thread(naive, "bench-naive-tail");
            baseline.setDaemon(true);
            baseline.start();

            List<String> emitted = Collections.synchronizedList(new ArrayList<>());
            List<String> warnings = new ArrayList<>();
            out.printf("tailing account %s for %d s, sandbox generating %.0f alerts/min over all accounts%n",
                    demo.accountSid(), seconds, perMinute);
            out.flush();
            TailRunner.Summary summary = new TailRunner(tail, clock, TailRunner.threadSleeper())
                    .run(Duration.ofSeconds(seconds), a -> emitted.add(a.sid()), warnings::add);
            baseline.interrupt();
            baseline.join(5_000);

            Instant end = lastPollStart.get();
            List<GeneratedAlert> all = sandbox.alertsGenerated();
            Set<String> truth = new HashSet<>();
            Set<String> edge = new HashSet<>();
            int generatedInWindow = 0;
            long maxSkewSeconds = 0;
            for (GeneratedAlert a : all) {
                if (a.dateCreated().isBefore(since) || a.dateCreated().isAfter(end)) {
                    continue;
                }
                generatedInWindow++;
                if (!a.accountSid().equals(demo.accountSid())) {
                    continue;
                }
                maxSkewSeconds = Math.max(maxSkewSeconds, Duration.between(a.dateGenerated(), a.dateCreated()).toSeconds());
                (a.dateCreated().plusSeconds(1).isAfter(end) ? edge : truth).add(a.sid());
            }
            TailAudit audit = TailAudit.compare(emitted, truth);
            long unexpected = emitted.stream().distinct().filter(s -> !truth.contains(s) && !edge.contains(s)).count();
            TailAudit naiveAudit = TailAudit.compare(naive.emitted(), truth);

            double windowSeconds = Duration.between(since, end).toMillis() / 1000.0;
            out.println("truth = alerts of the tailed account in sandbox.alertsGenerated() with tail start <= date_created"
                    + " and date_created + 1 s <= start of the tail's last poll request. The sandbox stores an alert the moment it"
                    + " stamps it, with date_created cut to the second, so these were certainly visible to the last poll;"
                    + " alerts stamped in the second before it may or may not have been, and count on neither side.");
            out.printf("window: %.1f s; generated in it: %d alerts on all accounts (%.0f/min), %d on the tailed account"
                    + " (%d in truth, %d at the edge); date_generated up to %d s before date_created%n",
                    windowSeconds, generatedInWindow, generatedInWindow * 60 / windowSeconds, truth.size() + edge.size(),
                    truth.size(), edge.size(), maxSkewSeconds);
            out.printf("tail: %d polls (%d failed), %d HTTP list requests, %.2f requests/s, longest wait from date_created to"
                    + " first sight %d ms, %d emitted, %d outside truth and edge%n",
                    summary.polls(), summary.failedPolls(), pollRequests.get(), pollRequests.get() / windowSeconds,
                    tail.maxObservedDelay().toMillis(), emitted.size(), unexpected);
            out.printf("baseline (naive cursor, no overlap, no de-duplication, same rate): seen=%d duplicates=%d missed=%d%n",
                    naiveAudit.seen(), naiveAudit.duplicates(), naiveAudit.missed());
            if (generatedInWindow * 60 / windowSeconds < perMinute * 0.9) {
                out.printf("note: the sandbox generated fewer alerts than the %.0f/min asked%n", perMinute);
            }
            warnings.stream().limit(5).forEach(w -> out.println("warning: " + w));
            out.println(audit.resultLine(pollRequests.get()));
            out.flush();
            return audit.duplicates() == 0 && audit.missed() == 0 && unexpected == 0 ? 0 : 1;
        }
    }

    private static boolean isAlertList(RequestRecord r) {
        String path = r.url().replaceFirst("\\?.*", "");
        return r.method().equals("GET") && path.endsWith("/v1/Alerts");
    }

    /**
     * What a first attempt at a tail does: ask for everything since the previous poll began (whole seconds,
     * as Monitor takes them) and print all of it. Alerts stamped in that second come back twice.
     */
    private static final class NaiveTail implements Runnable {
        private final AlertSource source;
        private final String accountSid;
        private final List<String> emitted = Collections.synchronizedList(new ArrayList<>());
        private Instant cursor;

        NaiveTail(AlertSource source, String accountSid, Instant since) {
            this.source = source;
            this.accountSid = accountSid;
            this.cursor = since;
        }

        @Override
        public void run() {
            boolean last = false;
            while (!last) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    last = true; // one more poll, so the baseline also covers the whole window
                }
                Instant startedAt = Instant.now();
                try {
                    for (Alert a : source.list(AlertQuery.forAccount(accountSid).withRange(cursor.truncatedTo(ChronoUnit.SECONDS), null))) {
                        emitted.add(a.sid());
                    }
                    cursor = startedAt;
                } catch (RuntimeException e) {
                    // The baseline only keeps going; its failures are not what this bench measures.
                }
            }
        }

        List<String> emitted() {
            synchronized (emitted) {
                return new ArrayList<>(emitted);
            }
        }
    }
}
