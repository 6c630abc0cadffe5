package app.switchboard.webhooks;

import java.time.LocalDate;

/**
 * The admin's statement about an account's Console "SSL certificate validation" setting, which has no API.
 *
 * @param date the day the admin checked the Console; null when never attested
 */
public record Attestation(State state, LocalDate date) {

    public enum State {
        ON("On"), OFF("Off"), UNKNOWN("Unknown");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final Attestation UNKNOWN = new Attestation(State.UNKNOWN, null);
}
