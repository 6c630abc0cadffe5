package app.switchboard.sandbox;

import java.time.Instant;

/** Ground truth about one alert the sandbox holds (seeded or live), for the debugger benchmark and tests. */
public record GeneratedAlert(String sid, String accountSid, String errorCode, String logLevel, Instant dateCreated,
        Instant dateGenerated) {
}
