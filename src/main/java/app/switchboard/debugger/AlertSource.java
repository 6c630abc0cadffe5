package app.switchboard.debugger;

import java.util.List;

/**
 * Where alerts come from: implemented on top of the Twilio client (Monitor v1 Alerts), the sandbox, or a
 * fake in tests. Implementations throw {@link MonitorException} (or anything else) on failure; callers
 * classify failures with {@link MonitorFailure}.
 */
public interface AlertSource {

    /** Every alert matching {@code query}, following all pages (Twilio returns newest first). */
    List<Alert> list(AlertQuery query);

    /** One alert with its request and response ({@code GET /v1/Alerts/{sid}}), as seen by {@code accountSid}. */
    AlertDetail fetch(String accountSid, String alertSid);
}
