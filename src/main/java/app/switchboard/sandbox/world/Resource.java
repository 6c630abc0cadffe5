package app.switchboard.sandbox.world;

import java.time.Instant;

/**
 * A read-only seeded resource (phone number, application, SIP domain, short code, sink). {@code fields} hold the
 * resource's own JSON fields; the server adds {@code uri}/{@code url} and dates in the product's date style.
 */
public record Resource(String sid, String accountSid, Instant dateCreated, JsonMap fields) {
}
