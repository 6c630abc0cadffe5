package app.switchboard.accounts.secrets;

/** A secret store refused or failed; the message is fit to show the user. */
public class CredentialStoreException extends Exception {

    /** Why, so the UI can offer the right next step. */
    public enum Reason { UNAVAILABLE, LOCKED_OR_REFUSED, WRONG_PASSPHRASE, DAMAGED, IO }

    private final Reason reason;

    public CredentialStoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CredentialStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
