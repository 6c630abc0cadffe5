package app.switchboard.debugger;

import java.time.Instant;

/**
 * One Monitor event (the account's audit log): who did what to which resource, from where.
 *
 * @param actorSid a US… user or an AC… account (Twilio's spec says US only; real data has both)
 * @param source   {@code web}, {@code api} or {@code twilio}; the source IP is null for {@code twilio}
 */
public record AuditEvent(String sid, String accountSid, Instant eventDate, String eventType,
                         String actorSid, String actorType, String source, String sourceIpAddress,
                         String resourceSid, String resourceType, String description) {
}
