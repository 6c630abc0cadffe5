package app.switchboard.webhooks.tls;

/** The verdict on the certificate chain, with the precise reason when it is invalid. */
public enum ChainStatus {
    VALID("valid"),
    SELF_SIGNED("self-signed"),
    EXPIRED("expired"),
    NOT_YET_VALID("not yet valid"),
    HOSTNAME_MISMATCH("hostname mismatch"),
    UNKNOWN_ISSUER("unknown issuer"),
    INCOMPLETE_CHAIN("incomplete chain"),
    CHAIN_TOO_LONG("chain too long"),
    OTHER_INVALID("invalid"),
    /** No chain was received (no TLS, or the connection failed first). */
    NOT_CHECKED("—");

    private final String label;

    ChainStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
