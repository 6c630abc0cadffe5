package app.switchboard.accounts;

/** How a profile authenticates: a Main API key (SID + secret) or the account's Auth Token. */
public enum CredentialKind {
    API_KEY("Main API key"), AUTH_TOKEN("Auth Token");

    private final String label;

    CredentialKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
