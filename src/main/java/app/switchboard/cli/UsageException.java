package app.switchboard.cli;

/** Bad usage or input (exit code 2); the message is shown as is. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
