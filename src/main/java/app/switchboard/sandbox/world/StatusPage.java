package app.switchboard.sandbox.world;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * The sandbox's stand-in for Twilio's public status page (an Atlassian Statuspage site): its overall indicator,
 * which tests and demos set to see how the console shows an incident. Thread-safe.
 */
public final class StatusPage {

    /** Statuspage's overall indicator, with the description Statuspage publishes beside it. */
    public enum Indicator {
        NONE("All Systems Operational"), MINOR("Minor Service Outage"), MAJOR("Partial System Outage"),
        CRITICAL("Major System Outage");

        public final String description;

        Indicator(String description) {
            this.description = description;
        }

        /** The wire name ({@code none}, {@code minor}, ...). */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Indicator parse(String name) {
            for (Indicator i : values()) {
                if (i.wireName().equalsIgnoreCase(name.strip())) {
                    return i;
                }
            }
            throw new IllegalArgumentException("unknown status indicator '" + name + "' (use none, minor, major or critical)");
        }
    }

    /** What one read of the page sees: the indicator and when it last changed. */
    public record State(Indicator indicator, Instant updatedAt) {
    }

    private final Clock clock;
    private volatile State state;

    public StatusPage(Clock clock, Indicator initial) {
        this.clock = clock;
        this.state = new State(initial, clock.instant());
    }

    public void set(Indicator indicator) {
        state = new State(indicator, clock.instant());
    }

    public State state() {
        return state;
    }
}
