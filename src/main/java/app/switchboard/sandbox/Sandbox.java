package app.switchboard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import app.switchboard.sandbox.fault.Faults;
import app.switchboard.sandbox.load.BackgroundLoad;
import app.switchboard.sandbox.load.ConcurrencyGate;
import app.switchboard.sandbox.load.LatencyModel;
import app.switchboard.sandbox.server.SandboxServer;
import app.switchboard.sandbox.tls.WebhookTargets;
import app.switchboard.sandbox.world.SandboxWorld;
import app.switchboard.sandbox.world.StatusPage;
import app.switchboard.sandbox.world.WorldSeeder;

/**
 * A running embedded Twilio emulator on 127.0.0.1: one base URL for every product (v2010, IAM, Monitor, Event
 * Streams) and for a stand-in of status.twilio.com's API, a seeded demo world, local webhook targets with good and bad TLS, and fault injection.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests())) {
 *     DemoAccount demo = sandbox.demoAccount();
 *     // GET sandbox.baseUrl() + "/2010-04-01/Accounts/" + demo.accountSid() + "/Keys.json"
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    private final SandboxWorld world;
    private final SandboxServer server;
    private final WebhookTargets webhookTargets;
    private final LiveAlerts liveAlerts;
    private final Faults faults;
    private final DemoAccount demoAccount;

    private Sandbox(SandboxOptions options) throws IOException {
        WorldSeeder seeder;
        WorldSeeder.Seeded seeded;
        this.faults = new Faults();
        this.webhookTargets = new WebhookTargets();
        try {
            this.world = new SandboxWorld(options.clock(), options.seed() * 7919 + 1, options.statusIndicator());
            seeder = new WorldSeeder(world, options.seed(), webhookTargets.endpoints());
            seeded = seeder.seed(options.extraKeys());
            this.demoAccount = new DemoAccount(seeded.main().sid, seeded.mainKey().sid, seeded.mainKey().secret(),
                    seeded.main().authToken, seeded.standardKey().sid, seeded.standardKey().secret());
            long startedAt = System.nanoTime();
            ConcurrencyGate gate = new ConcurrencyGate(options.concurrencyCap(),
                    new BackgroundLoad(options.concurrencyCap(), options.seed(), options.backgroundLoad()),
                    () -> (System.nanoTime() - startedAt) / 1_000_000);
            this.server = new SandboxServer(options.port(), world, gate,
                    new LatencyModel(options.meanLatency().toNanos() / 1e6), faults);
        } catch (IOException | RuntimeException e) {
            webhookTargets.close(); // nothing else was started yet
            throw e;
        }
        this.liveAlerts = options.alertsPerMinute() > 0
                ? new LiveAlerts(world, seeder, seeded, options.alertsPerMinute(), options.seed()) : null;
        webhookTargets.startTls();
    }

    /**
     * Seeds the world and starts serving. Returns as soon as the API answers; the TLS webhook targets finish
     * starting in the background (see {@link #webhookTargetsReady()}).
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    static {
        // The JDK server writes headers and body separately; with Nagle on, a client's delayed ACK then stalls
        // every answer by ~40 ms. The JDK reads this once, when its first HttpServer (here: a webhook target
        // or the API server) is created, so it is set before the sandbox creates any.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static Sandbox start(SandboxOptions options) {
        try {
            return new Sandbox(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox on port " + options.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT}: the base of every product, by path ({@code /2010-04-01}, {@code /v1/...}). */
    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    public DemoAccount demoAccount() {
        return demoAccount;
    }

    /** The demo CA (PEM) that issued the valid webhook target's certificate; trust it only in the demo profile. */
    public String demoCaCertificatePem() {
        return webhookTargets.caCertificatePem();
    }

    public CompletableFuture<Void> webhookTargetsReady() {
        return webhookTargets.ready();
    }

    public Faults faults() {
        return faults;
    }

    /** The sandbox's status page ({@code GET /api/v2/status.json}, no credentials): set its indicator here. */
    public StatusPage statusPage() {
        return world.statusPage();
    }

    /** Every alert the sandbox holds right now (seeded and live), oldest first: the debugger's ground truth. */
    public List<GeneratedAlert> alertsGenerated() {
        return world.allAlerts().stream()
                .map(a -> new GeneratedAlert(a.sid(), a.accountSid(), a.errorCode(), a.logLevel(), a.dateCreated(),
                        a.dateGenerated()))
                .collect(Collectors.toList());
    }

    @Override
    public void close() {
        if (liveAlerts != null) {
            liveAlerts.close();
        }
        server.close();
        webhookTargets.close();
    }
}
