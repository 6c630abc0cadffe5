package app.switchboard.accounts;

/**
 * Tests a profile before it is saved: fetches the account and lists its subaccounts with the given secret.
 * Implemented over the Twilio client by the composition root; called off the FX thread.
 */
@FunctionalInterface
public interface ConnectionTester {

    /**
     * Never throws for Twilio or network failures: they come back as {@link ConnectionResult#failed}.
     * The secret is only borrowed; the caller wipes it afterwards.
     */
    ConnectionResult test(Profile profile, char[] secret);
}
