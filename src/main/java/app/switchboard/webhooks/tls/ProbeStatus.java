package app.switchboard.webhooks.tls;

/** How far a probe got. */
public enum ProbeStatus {
    /** TLS handshake completed with a valid chain and host name. */
    TLS_OK("TLS ok"),
    /** TLS was negotiated but the certificate failed validation; see {@link ChainStatus}. */
    TLS_INVALID_CERTIFICATE("invalid certificate"),
    /** A plain-http target accepted a TCP connection (no TLS to check). */
    HTTP_REACHABLE("http reachable"),
    DNS_FAILURE("DNS failure"),
    REFUSED("connection refused"),
    CONNECT_TIMEOUT("connect timed out"),
    /** TCP connected, but the server never completed a TLS handshake in time. */
    HANDSHAKE_TIMEOUT("no TLS answer"),
    /** The handshake failed for a reason other than the certificate (not TLS, no common protocol, ...). */
    HANDSHAKE_FAILED("handshake failed"),
    /** The URL could not be probed at all. */
    NOT_PROBED("not probed");

    private final String label;

    ProbeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
