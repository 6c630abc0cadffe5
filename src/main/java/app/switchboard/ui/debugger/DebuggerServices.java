package app.switchboard.ui.debugger;

import app.switchboard.debugger.AccountDirectory;
import app.switchboard.debugger.AlertSource;
import app.switchboard.debugger.ErrorCatalog;
import app.switchboard.debugger.EventSource;
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
}
