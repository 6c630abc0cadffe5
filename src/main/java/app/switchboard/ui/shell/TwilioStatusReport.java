package app.switchboard.ui.shell;

import java.time.Instant;

/**
 * The last look at Twilio's status page, for the status bar.
 *
 * @param description the page's own words ("All Systems Operational"), or null
 * @param problem     why the status is UNKNOWN (short, for a tooltip), or null
 * @param checkedAt   when the page was read, or null before the first check
 * @param sandbox     true when the page read is the demo sandbox's stand-in, not status.twilio.com
 */
public record TwilioStatusReport(TwilioStatus status, String description, String problem, Instant checkedAt,
                                 boolean sandbox) {
    public static final TwilioStatusReport NOT_CHECKED = new TwilioStatusReport(TwilioStatus.UNKNOWN, null, null, null,
            false);

    /** A report that says only the indicator (tests, and feeds without a page). */
    public static TwilioStatusReport of(TwilioStatus status) {
        return new TwilioStatusReport(status, null, null, null, false);
    }
}
