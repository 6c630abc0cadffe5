package app.switchboard.cli;

import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Hosts;

/** How {@code --demo} reaches a sandbox: the embedded one in the app, none or a fake in tests. */
@FunctionalInterface
public interface DemoEnvironment {

    /** Starts (or reuses) an in-process sandbox and says how to reach it. */
    Connection start() throws Exception;

    /**
     * @param credentials demo credentials the sandbox accepts
     * @param hosts       base-URL overrides pointing at the sandbox
     */
    record Connection(Credentials credentials, Hosts hosts) {
    }
}
