package app.switchboard.webhooks;

/** The kinds of Twilio resources that carry webhook URLs (facts §4). */
public enum ResourceType {
    NUMBER("Phone number"),
    APPLICATION("Application"),
    SIP_DOMAIN("SIP domain"),
    SHORT_CODE("Short code"),
    SINK("Event Streams sink");

    private final String label;

    ResourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
