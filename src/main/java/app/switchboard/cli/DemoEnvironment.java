package app.switchboard.cli;

import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Hosts;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hook {@code --demo} uses to reach the embedded sandbox. The integrator installs an implementation
 * at start-up ({@link #install}); until then {@code --demo} says demo mode is unavailable.
 */
public interface DemoEnvironment {

    /** Starts (or reuses) an in-process sandbox and says how to reach it. */
    Connection start() throws Exception;

    /**
     * @param credentials demo credentials the sandbox accepts
     * @param hosts       base-URL overrides pointing at the sandbox
     */
    record Connection(Credentials credentials, Hosts hosts) {
    }

    static void install(DemoEnvironment demo) {
        Holder.INSTALLED.set(demo);
    }

    static Optional<DemoEnvironment> installed() {
        return Optional.ofNullable(Holder.INSTALLED.get());
    }

    /** Keeps the installed hook; interfaces cannot hold mutable state themselves. */
    final class Holder {
        private static final AtomicReference<DemoEnvironment> INSTALLED = new AtomicReference<>();

        private Holder() {
        }
    }
}
