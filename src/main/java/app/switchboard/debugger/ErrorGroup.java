package app.switchboard.debugger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Alerts of one error code over a range, across accounts.
 *
 * @param perDay   counts per day from {@code firstDay} on (the sparkline)
 * @param accounts the account SIDs that raised it
 */
public record ErrorGroup(String code, String title, int count, LocalDate firstDay, List<Integer> perDay,
                         Set<String> accounts, String lastMessage) {
}
