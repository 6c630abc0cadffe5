package app.switchboard.cli;

import app.switchboard.AppPaths;
import app.switchboard.twilio.TwilioClient;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What commands take from the outside world, injectable for tests: environment variables, the clock and
 * the one Twilio client (created on first use).
 */
public final class CliEnvironment {
    private final Map<String, String> env;
    private final Clock clock;
    private final Supplier<TwilioClient> clientFactory;
    private TwilioClient client;

    public CliEnvironment(Map<String, String> env, Clock clock, Supplier<TwilioClient> clientFactory) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.clientFactory = clientFactory;
    }

    /** The real process environment, system clock and a production client. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), Clock.systemUTC(), TwilioClient::create);
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
