package app.switchboard.cli;

import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Hosts;
import java.util.function.Supplier;

/** How {@code --demo} reaches a sandbox: the embedded one in the app, none or a fake in tests. */
@FunctionalInterface
public interface DemoEnvironment {

    /** Starts (or reuses) an in-process sandbox and says how to reach it. */
    Connection start() throws Exception;

    /**
     * @param credentials       demo credentials the sandbox accepts
     * @param hosts             base-URL overrides pointing at the sandbox
     * @param caCertificatePem  the sandbox's demo CA in PEM, the only trust anchor of the demo's TLS audit; a
     *                          supplier because the sandbox makes its certificates in the background and only
     *                          {@code webhooks audit} needs to wait for them
     */
    record Connection(Credentials credentials, Hosts hosts, Supplier<String> caCertificatePem) {

        /** A sandbox without TLS webhook targets (the audit then has no demo CA to trust). */
        public Connection(Credentials credentials, Hosts hosts) {
            this(credentials, hosts, () -> null);
        }
    }
}
