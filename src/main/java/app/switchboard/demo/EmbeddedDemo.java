package app.switchboard.demo;

import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Hosts;
import app.switchboard.twilio.Product;
import app.switchboard.twilio.Secret;

/**
 * The demo workspace: the embedded sandbox started in this process, and how the one Twilio client reaches
 * it. This is the only place that joins the two, so the sandbox stays free of client classes. Started
 * once, lazily, and stopped with the JVM.
 */
public final class EmbeddedDemo {
    private static EmbeddedDemo instance;

    private final Sandbox sandbox;
    private final Credentials credentials;
    private final Hosts hosts;

    private EmbeddedDemo(Sandbox sandbox) {
        this.sandbox = sandbox;
        DemoAccount demo = sandbox.demoAccount();
        this.credentials = Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret()));
        this.hosts = hostsFor(sandbox.baseUrl());
    }

    /** Starts the demo sandbox on first use (seconds on a busy machine: never call this on the FX thread). */
    public static synchronized EmbeddedDemo get() {
        if (instance == null) {
            startWith(SandboxOptions.demo());
        }
        return instance;
    }

    /**
     * Starts the demo sandbox with other options than the app's, before anything uses it: {@code bench keys}
     * measures the app itself over a demo account with thousands of keys more.
     *
     * @throws IllegalStateException when the demo sandbox already runs
     */
    public static synchronized EmbeddedDemo startWith(SandboxOptions options) {
        if (instance != null) {
            throw new IllegalStateException("the demo sandbox already runs");
        }
        Sandbox sandbox = Sandbox.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        instance = new EmbeddedDemo(sandbox);
        return instance;
    }

    /** Every product's base URL pointing at one sandbox (it serves all products by path). */
    public static Hosts hostsFor(String baseUrl) {
        Hosts h = Hosts.defaults();
        for (Product p : Product.values()) {
            h = h.withBaseUrl(p, baseUrl);
        }
        return h;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** The demo company's Main API key. */
    public Credentials credentials() {
        return credentials;
    }

    public Hosts hosts() {
        return hosts;
    }

    /** The sandbox's stand-in for https://status.twilio.com (it serves Statuspage's {@code /api/v2/status.json}). */
    public String statusPageBaseUrl() {
        return sandbox.baseUrl();
    }

    /** The demo CA, the only extra trust anchor the demo profile's TLS audit uses. */
    public String caCertificatePem() {
        return sandbox.demoCaCertificatePem();
    }
}
