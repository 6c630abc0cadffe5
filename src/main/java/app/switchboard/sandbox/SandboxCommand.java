package app.switchboard.sandbox;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code switchboard sandbox}: runs the emulator in the foreground until killed. */
@Command(name = "sandbox",
        description = {"Runs the embedded Twilio sandbox on 127.0.0.1 until killed.",
            "Prints the base URL, then the demo credentials as shell lines (eval them to point Twilio tools at it)."})
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: a free port).")
    int port;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the demo world (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--concurrency-cap", paramLabel = "N",
            description = "In-flight requests per account before 429 (default: ${DEFAULT-VALUE}).")
    int concurrencyCap = 100;

    @Option(names = "--alert-rate", paramLabel = "PER_MIN",
            description = "New Debugger alerts per minute (default: ${DEFAULT-VALUE}; 0 = none).")
    double alertRate = 2;

    @Option(names = "--mean-latency-ms", paramLabel = "MS",
            description = "Mean processing time of a request in ms (default: ${DEFAULT-VALUE}).")
    long meanLatencyMs = 80;

    @Option(names = "--no-background-load", description = "Turn off the simulated traffic of other clients.")
    boolean noBackgroundLoad;

    @Option(names = "--extra-keys", paramLabel = "N", description = "Seed N extra keys on the main account.")
    int extraKeys;

    @Option(names = "--status", paramLabel = "INDICATOR",
            description = "What the sandbox's status page (/api/v2/status.json) says: none, minor, major or critical "
                + "(default: ${DEFAULT-VALUE}).")
    String status = "none";

    @Option(names = "--fault", paramLabel = "KIND[:COUNT][@PATH]",
            description = {"Arm a fault for the next COUNT requests (repeatable). KIND: 429, 5xx, reset, slow, "
                + "truncate, html, drop-create. Example: --fault 429:20 --fault drop-create@/Keys"})
    List<String> faultSpecs = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        SandboxOptions options;
        try {
            options = SandboxOptions.demo().withPort(port).withSeed(seed).withConcurrencyCap(concurrencyCap)
                    .withAlertsPerMinute(alertRate).withMeanLatency(java.time.Duration.ofMillis(meanLatencyMs))
                    .withBackgroundLoad(!noBackgroundLoad).withExtraKeys(extraKeys)
                    .withStatusIndicator(app.switchboard.sandbox.world.StatusPage.Indicator.parse(status));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(options);
        } catch (java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        try {
            for (String faultSpec : faultSpecs) {
                sandbox.faults().injectSpec(faultSpec);
            }
        } catch (IllegalArgumentException e) {
            sandbox.close();
            throw new ParameterException(spec.commandLine(), "--fault: " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        DemoAccount demo = sandbox.demoAccount();
        // The secrets are printed on purpose: they are sandbox-only and this is how a user picks them up.
        out.println("sandbox listening on " + sandbox.baseUrl());
        out.println("TWILIO_ACCOUNT_SID=" + demo.accountSid());
        out.println("TWILIO_API_KEY=" + demo.apiKeySid());
        out.println("TWILIO_API_SECRET=" + demo.apiKeySecret());
        out.println("TWILIO_AUTH_TOKEN=" + demo.authToken());
        out.flush();
        stopped.await();
        return 0;
    }
}
