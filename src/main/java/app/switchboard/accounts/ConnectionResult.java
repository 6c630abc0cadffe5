package app.switchboard.accounts;

/** What "Test connection" found: the account and its subaccounts, or the failure. Exactly one is set. */
public record ConnectionResult(SubaccountTree tree, TwilioFailure failure) {

    public static ConnectionResult success(SubaccountTree tree) {
        return new ConnectionResult(tree, null);
    }

    public static ConnectionResult failed(TwilioFailure failure) {
        return new ConnectionResult(null, failure);
    }

    public boolean ok() {
        return failure == null;
    }
}
