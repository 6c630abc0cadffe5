package app.switchboard.cli;

import app.switchboard.AppPaths;
import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.twilio.TwilioClient;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What commands take from the outside world, injectable for tests: environment variables, the clock and
 * the one Twilio client (created on first use).
 */
public final class CliEnvironment {
    private final Map<String, String> env;
    private final Clock clock;
    private final Supplier<TwilioClient> clientFactory;
    private final DemoEnvironment demo;
    private final Supplier<Optional<Terminal>> terminal;
    private TwilioClient client;

    /** An environment without demo mode. */
    public CliEnvironment(Map<String, String> env, Clock clock, Supplier<TwilioClient> clientFactory) {
        this(env, clock, clientFactory, null);
    }

    /** @param demo how {@code --demo} reaches a sandbox, or null when this build has none */
    public CliEnvironment(Map<String, String> env, Clock clock, Supplier<TwilioClient> clientFactory, DemoEnvironment demo) {
        this(env, clock, clientFactory, demo, Terminal::system);
    }

    private CliEnvironment(Map<String, String> env, Clock clock, Supplier<TwilioClient> clientFactory, DemoEnvironment demo,
                           Supplier<Optional<Terminal>> terminal) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.clientFactory = clientFactory;
        this.demo = demo;
        this.terminal = terminal;
    }

    /** This environment with another terminal (tests: none, or one that types scripted answers). */
    public CliEnvironment withTerminal(Supplier<Optional<Terminal>> value) {
        return new CliEnvironment(env, clock, clientFactory, demo, value);
    }

    /** The terminal a person can confirm on; empty in scripts and pipes ({@code System.console() == null}). */
    public Optional<Terminal> terminal() {
        return terminal.get();
    }

    /** The real process environment, system clock, a production client and the embedded sandbox for --demo. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), Clock.systemUTC(), TwilioClient::create, () -> {
            EmbeddedDemo d = EmbeddedDemo.get();
            return new DemoEnvironment.Connection(d.credentials(), d.hosts(), d::caCertificatePem);
        });
    }

    /** How {@code --demo} reaches the sandbox, if this environment has one. */
    public Optional<DemoEnvironment> demo() {
        return Optional.ofNullable(demo);
    }

    /** An environment variable, or null when unset or blank. */
    public String get(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public Clock clock() {
        return clock;
    }

    public synchronized TwilioClient client() {
        if (client == null) {
            client = clientFactory.get();
        }
        return client;
    }

    /** Where files go, honouring {@code SWITCHBOARD_HOME} from this environment. */
    public AppPaths paths() {
        String home = get("SWITCHBOARD_HOME");
        return home != null ? AppPaths.under(java.nio.file.Path.of(home)) : AppPaths.forCurrentUser();
    }
}
