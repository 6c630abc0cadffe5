package app.switchboard.ui.debugger;

import app.switchboard.debugger.AccountDirectory;
import app.switchboard.debugger.AlertSource;
import app.switchboard.debugger.ErrorCatalog;
import app.switchboard.debugger.EventSource;
import app.switchboard.debugger.TwilioMonitorSource;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.TwilioClient;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What the Debugger screen needs from the rest of the app.
 *
 * @param region the profile's processing region ({@code us1}, {@code ie1}, {@code au1}; null = us1)
 * @param zone   the zone dates are shown and picked in
 */
public record DebuggerServices(AlertSource alerts, EventSource events, AccountDirectory accounts,
                               ErrorCatalog catalog, String region, Clock clock, ZoneId zone) {

    /**
     * The services for one connected profile: Monitor alerts and events and the account list read through
     * {@code account} (subaccounts with their own credentials on {@code client}), the bundled error catalog,
     * and the region of the account's hosts.
     *
     * @param client  the app's one Twilio client
     * @param account the profile's main account
     */
    public static DebuggerServices forClient(TwilioClient client, AccountClient account, Clock clock, ZoneId zone) {
        TwilioMonitorSource monitor = new TwilioMonitorSource(client, account);
        return new DebuggerServices(monitor, monitor, monitor, ErrorCatalog.bundled(), account.hosts().region(), clock, zone);
    }
}
