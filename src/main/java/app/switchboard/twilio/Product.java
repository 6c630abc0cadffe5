package app.switchboard.twilio;

import java.util.Locale;

/** The Twilio API products this client talks to; each has its own host (facts §1.1). */
public enum Product {
    API, IAM, MONITOR, EVENTS, ACCOUNTS;

    /** The host label, e.g. {@code api} in {@code api.twilio.com}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a product label as typed on the command line. */
    public static Product parse(String label) {
        for (Product p : values()) {
            if (p.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown product '" + label + "': expected one of api, iam, monitor, events, accounts.");
    }
}
