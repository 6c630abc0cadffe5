package app.switchboard.ui.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.switchboard.requestlog.RequestLogSettings;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.twilio.RequestRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogHistoryTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String AC = "AC" + "1".repeat(32);

    @TempDir
    Path dir;

    private static RequestRecord at(long id, Instant t, Integer concurrency) {
        return new RequestRecord(id, 0, 1, t, AC, "SK" + "2".repeat(32), "GET",
                "https://api.twilio.com/2010-04-01/Accounts/" + AC + ".json", 200, null, "RQ" + "a".repeat(31) + id,
                concurrency, 0.05, 80, 0, 100, null, List.of(), List.of(), null, null);
    }

    @Test
    void readsBackOwnRecentRequestsButNotOlderOnesOrImportedTraffic() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (RequestLogStore store = RequestLogStore.open(dir.resolve("log.db"), RequestLogSettings.defaults(), clock)) {
            store.writeAll(List.of(at(1, NOW.minusSeconds(25 * 3600), 3), at(2, NOW.minusSeconds(3600), 7),
                    at(3, NOW.minusSeconds(60), 9)).iterator(), null);
            store.writeAll(List.of(at(4, NOW.minusSeconds(30), 50)).iterator(), "my-app.har");

            List<RequestRecord> seen = new ArrayList<>();
            new RequestLogHistory(store, clock).since(NOW.minusSeconds(24 * 3600), seen::add);

            assertEquals(List.of(3L, 2L), seen.stream().map(RequestRecord::id).toList());
            assertEquals(9, seen.get(0).concurrentRequests());
            assertEquals(AC, seen.get(0).accountSid());
        }
    }
}
