package app.switchboard.ui.shell;

/** Twilio's published status indicator (status.twilio.com), or UNKNOWN when it could not be read. */
public enum TwilioStatus {
    NONE("All systems operational"), MINOR("Minor service disruption"), MAJOR("Major service disruption"),
    CRITICAL("Critical service outage"), UNKNOWN("Twilio status unknown");

    private final String label;

    TwilioStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
