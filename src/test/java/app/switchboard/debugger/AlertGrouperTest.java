package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertGrouperTest {

    @Test
    void countsPerCodeAcrossAccountsWithADailyTrend() {
        Instant d1 = Instant.parse("2026-11-26T10:00:00Z");
        Instant d3 = Instant.parse("2026-11-28T10:00:00Z");
        List<Alert> alerts = List.of(
                Fixtures.alert("NO1", "ACmain", "11200", d1, d1),
                Fixtures.alert("NO2", "ACsub1", "11200", d3, d3),
                Fixtures.alert("NO3", "ACsub2", "11200", d3, d3),
                Fixtures.alert("NO4", "ACsub1", "30007", d1, d1),
                Fixtures.alert("NO5", "ACsub1", null, null, null));
        List<ErrorGroup> groups = new AlertGrouper(ErrorCatalog.bundled(), ZoneOffset.UTC)
                .group(alerts, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 28));
        assertEquals(3, groups.size());
        ErrorGroup top = groups.get(0);
        assertEquals("11200", top.code());
        assertEquals("HTTP retrieval failure", top.title());
        assertEquals(3, top.count());
        assertEquals(List.of(1, 0, 2), top.perDay());
        assertEquals(Set.of("ACmain", "ACsub1", "ACsub2"), top.accounts());
        assertEquals(List.of("", "30007"), List.of(groups.get(1).code(), groups.get(2).code()),
                "ties by code; alerts without a code get their own group");
    }
}
