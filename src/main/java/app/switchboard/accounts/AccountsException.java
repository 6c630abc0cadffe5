package app.switchboard.accounts;

/** A failure with a message fit to show the user as is. */
public class AccountsException extends Exception {

    public AccountsException(String message) {
        super(message);
    }

    public AccountsException(String message, Throwable cause) {
        super(message, cause);
    }
}
