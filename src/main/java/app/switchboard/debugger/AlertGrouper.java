package app.switchboard.debugger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts alerts per error code over a day range, with a per-day trend, for the grouping panel and reports. */
public final class AlertGrouper {

    private final ErrorCatalog catalog;
    private final ZoneId zone;

    public AlertGrouper(ErrorCatalog catalog, ZoneId zone) {
        this.catalog = catalog;
        this.zone = zone;
    }

    /**
     * Groups {@code alerts} (from any number of accounts) by error code, busiest first. Days run from
     * {@code firstDay} to {@code lastDay} inclusive in this grouper's zone; alerts outside still count in
     * the total but not in the trend.
     */
    public List<ErrorGroup> group(Collection<Alert> alerts, LocalDate firstDay, LocalDate lastDay) {
        int days = (int) Math.max(1, ChronoUnit.DAYS.between(firstDay, lastDay) + 1);
        Map<String, Builder> builders = new HashMap<>();
        for (Alert a : alerts) {
            String code = a.errorCode() == null || a.errorCode().isBlank() ? "" : a.errorCode().trim();
            Builder b = builders.computeIfAbsent(code, c -> new Builder(days));
            b.count++;
            if (a.accountSid() != null) {
                b.accounts.add(a.accountSid());
            }
            if (a.occurredAt() != null) {
                LocalDate day = a.occurredAt().atZone(zone).toLocalDate();
                int i = (int) ChronoUnit.DAYS.between(firstDay, day);
                if (i >= 0 && i < days) {
                    b.perDay[i]++;
                }
                if (b.latest == null || a.occurredAt().isAfter(b.latest.occurredAt())) {
                    b.latest = a;
                }
            } else if (b.latest == null) {
                b.latest = a;
            }
        }
        List<ErrorGroup> groups = new ArrayList<>();
        for (Map.Entry<String, Builder> e : builders.entrySet()) {
            Builder b = e.getValue();
            List<Integer> trend = new ArrayList<>(days);
            for (int n : b.perDay) {
                trend.add(n);
            }
            String message = b.latest == null ? "" : AlertText.parse(b.latest.alertText()).summary();
            groups.add(new ErrorGroup(e.getKey(), catalog.lookup(e.getKey()).title(), b.count, firstDay,
                    List.copyOf(trend), Set.copyOf(b.accounts), message));
        }
        groups.sort(Comparator.comparingInt(ErrorGroup::count).reversed().thenComparing(ErrorGroup::code));
        return groups;
    }

    private static final class Builder {
        final int[] perDay;
        final Set<String> accounts = new LinkedHashSet<>();
        int count;
        Alert latest;

        Builder(int days) {
            perDay = new int[days];
        }
    }
}
