package app.switchboard.sandbox.fault;

import java.util.Locale;

/** The failures the sandbox can inject, with the short names the {@code --fault} flag uses. */
public enum FaultKind {
    /** 429 + code 20429; the request is not processed. */
    TOO_MANY_REQUESTS("429"),
    /** 500 + code 20500; the request is not processed. */
    SERVER_ERROR("5xx"),
    /** The connection is closed before any response byte; the request is not processed. */
    CONNECTION_RESET("reset"),
    /** The answer is delayed by the fault's delay, then sent normally. */
    SLOW("slow"),
    /** The request is processed; the body is cut in half and the connection closed. */
    TRUNCATED_BODY("truncate"),
    /** A 502 HTML page from a "load balancer"; the request is not processed. */
    HTML_BODY("html"),
    /** Only on requests that create something: the resource IS created, then the connection is closed. */
    DROP_CREATE_RESPONSE("drop-create");

    public final String cliName;

    FaultKind(String cliName) {
        this.cliName = cliName;
    }

    public static FaultKind parse(String name) {
        for (FaultKind kind : values()) {
            if (kind.cliName.equalsIgnoreCase(name) || kind.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + name + "' (use one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(k -> k.cliName).toArray(String[]::new))
                + ")");
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
