package app.switchboard.ui.common;

/**
 * Every dialog a view model opens goes through here, so view-model tests can answer and verify them.
 * Destructive actions always confirm, naming what they destroy.
 */
public interface DialogService {

    /** Shows an error; {@code details} may carry the Twilio code, docs link and request id, one per line. */
    void showError(String title, String message, String details);

    /** Asks a yes/no question; true when the user chose {@code actionLabel}. */
    boolean confirm(String title, String message, String actionLabel);

    /**
     * A stronger confirmation: the action is enabled only once the user has typed {@code expected}
     * (for instance a key's name or the last characters of its SID).
     */
    boolean confirmByTyping(String title, String message, String expected, String actionLabel);

    /** A short, non-blocking notification (for thresholds crossed, copies done). */
    void notify(String title, String message);
}
