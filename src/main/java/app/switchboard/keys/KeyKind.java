package app.switchboard.keys;

/**
 * What a key can do. v2010 lists cannot tell kinds apart; IAM v1 lists can, through their {@code flags}
 * and whether a policy exists (twilio-api-facts §2.2–2.4), so UNKNOWN is a legitimate answer.
 */
public enum KeyKind {
    MAIN("main"),
    STANDARD("standard"),
    RESTRICTED("restricted"),
    SIGNING("signing"),
    UNKNOWN("unknown");

    private final String label;

    KeyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
