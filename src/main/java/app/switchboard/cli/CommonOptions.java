package app.switchboard.cli;

import app.switchboard.accounts.Profile;
import app.switchboard.accounts.ProfileConnections;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Hosts;
import app.switchboard.twilio.Product;
import app.switchboard.twilio.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that talks to Twilio takes (DESIGN §7). Use as a picocli {@code @Mixin}. */
public final class CommonOptions {
    static final String ENV_HELP = "TWILIO_ACCOUNT_SID with TWILIO_API_KEY + TWILIO_API_SECRET, or TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN";

    @Option(names = "--profile", paramLabel = "NAME", description = "Use a saved account profile.")
    String profile;

    @Option(names = "--demo", description = "Run against an in-process sandbox instead of Twilio.")
    boolean demo;

    @Option(names = "--json", description = "Machine-readable JSON output.")
    boolean json;

    @Option(names = "--base-url", paramLabel = "PRODUCT=URL",
            description = "Send a product's requests to URL (repeatable; products: api, iam, monitor, events, accounts).")
    Map<String, String> baseUrls = new LinkedHashMap<>();

    @Option(names = "--edge", paramLabel = "EDGE", description = "Twilio edge location, e.g. dublin, sydney, ashburn.")
    String edge;

    @Option(names = "--region", paramLabel = "REGION", description = "Twilio processing region: us1, ie1 or au1.")
    String region;

    public boolean json() {
        return json;
    }

    /**
     * The account client these options and the environment describe.
     *
     * @throws UsageException           for missing credentials, an unknown profile or its missing secret, demo without sandbox
     * @throws IllegalArgumentException for malformed SIDs, unknown edges/regions, bad base URLs
     */
    public AccountClient connect(CliEnvironment env) {
        if (demo) {
            return connectDemo(env);
        }
        if (profile != null) {
            Profile p = ProfileSecrets.find(env, profile);
            char[] secret = ProfileSecrets.secretOf(env, p);
            try {
                return env.client().account(ProfileConnections.credentials(p, secret), ProfileConnections.hosts(p));
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }
        return env.client().account(credentialsFromEnvironment(env), hosts());
    }

    private AccountClient connectDemo(CliEnvironment env) {
        DemoEnvironment.Connection c = demoConnection(env);
        return env.client().account(c.credentials(), c.hosts());
    }

    /**
     * With {@code --demo}, the sandbox's demo CA (PEM): the demo's TLS audit trusts it and nothing else, as the
     * sandbox's valid webhook target is issued by it. Empty without {@code --demo}. May wait for the sandbox to
     * finish making its certificates.
     */
    public Optional<String> demoCaCertificatePem(CliEnvironment env) {
        return demo ? Optional.ofNullable(demoConnection(env).caCertificatePem().get()) : Optional.empty();
    }

    /** Starts the sandbox, or reuses the one already started (DemoEnvironment's contract). */
    static DemoEnvironment.Connection demoConnection(CliEnvironment env) {
        DemoEnvironment demoEnv = env.demo()
                .orElseThrow(() -> new UsageException("Demo mode is unavailable: the embedded sandbox is not part of this build."));
        try {
            return demoEnv.start();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UsageException("Could not start the demo sandbox: " + e.getMessage());
        }
    }

    Hosts hosts() {
        Hosts hosts = Hosts.of(edge, region);
        for (Map.Entry<String, String> e : baseUrls.entrySet()) {
            hosts = hosts.withBaseUrl(Product.parse(e.getKey()), e.getValue());
        }
        return hosts;
    }

    static Credentials credentialsFromEnvironment(CliEnvironment env) {
        String account = env.get("TWILIO_ACCOUNT_SID");
        String key = env.get("TWILIO_API_KEY");
        String secret = env.get("TWILIO_API_SECRET");
        String token = env.get("TWILIO_AUTH_TOKEN");
        if (account == null || (key == null && token == null)) {
            throw new UsageException("No credentials: set " + ENV_HELP + ".");
        }
        if (key != null) {
            if (secret == null) {
                throw new UsageException("TWILIO_API_KEY is set but TWILIO_API_SECRET is missing.");
            }
            return Credentials.apiKey(account, key, Secret.of(secret));
        }
        return Credentials.authToken(account, Secret.of(token));
    }
}
