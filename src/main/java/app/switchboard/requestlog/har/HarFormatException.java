package app.switchboard.requestlog.har;

/** The file is not a HAR file (or is damaged); the message says why, for users. */
public final class HarFormatException extends Exception {
    public HarFormatException(String message) {
        super(message);
    }
}
