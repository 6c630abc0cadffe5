package app.switchboard.twilio;

import java.time.Instant;

/** A v2010 API key or signing key (no type information: see {@link IamKey#flags()}). */
public record ApiKey(String sid, String friendlyName, Instant dateCreated, Instant dateUpdated) {
}
