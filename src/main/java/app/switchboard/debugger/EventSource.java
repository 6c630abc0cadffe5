package app.switchboard.debugger;

import java.util.List;

/** Monitor v1 Events (the audit log), implemented on top of the Twilio client. */
public interface EventSource {

    /** Every event matching {@code query}, following all pages. */
    List<AuditEvent> list(EventQuery query);
}
