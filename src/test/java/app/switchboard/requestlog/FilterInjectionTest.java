package app.switchboard.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.requestlog.filter.FilterException;
import app.switchboard.requestlog.filter.SqlFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile filters run against a real database: no injection, no crash, the log intact. */
class FilterInjectionTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void maliciousAndRandomFiltersAreOnlyEverValues() throws Exception {
        try (RequestLogStore store = RequestLogStore.open(dir.resolve("requestlog.db"), RequestLogSettings.defaults(),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            for (int i = 1; i <= 20; i++) {
                store.onRecord(Records.get(i, NOW.minusSeconds(i), "/2010-04-01/Accounts.json", 200));
            }
            assertTrue(store.awaitWritten(Duration.ofSeconds(10)));
            try (RequestLogQueries q = store.queries()) {
                String[] attacks = {
                    "path*=\"'; DROP TABLE request; --\"",
                    "rid=\"x' OR '1'='1\"",
                    "account='AC' OR 1=1 --'",
                    "\"%\"",
                    "path^=\"_\"",
                    "method=\"GET'); DELETE FROM request; --\"",
                    "' or 1=1; --",
                    "status=1 or status=\"1; DROP TABLE path\"",
                    "source=\"switchboard' UNION SELECT * FROM sid --\"",
                };
                for (String a : attacks) {
                    try {
                        SqlFilter f = q.filter(a);
                        assertTrue(q.page(f, Long.MAX_VALUE, 100).isEmpty(), a);
                        assertEquals(0, q.count(f), a);
                    } catch (FilterException rejected) {
                        assertTrue(rejected.position() >= 0);
                    }
                }
                Random random = new Random(3);
                for (int i = 0; i < 2_000; i++) {
                    String s = randomFilter(random);
                    try {
                        SqlFilter f = q.filter(s);
                        q.page(f, Long.MAX_VALUE, 5);
                        q.count(f);
                    } catch (FilterException rejected) {
                        assertTrue(rejected.position() >= 0);
                    }
                }
                assertEquals(20, q.total(), "nothing was deleted");
                assertEquals(20, q.count(q.filter("path=/2010-04-01/Accounts.json")));
            }
        }
    }

    private static String randomFilter(Random random) {
        String[] parts = {"status", "path", "rid", "account", "time", "duration", "=", ">=", "*=", "^=", "!=", "(", ")", "'",
            "\"", "or", "and", "not", ";", "--", "DROP", "%", "_", "\\", "-15m", "2026-11-28", "1", "0.5", " ", " ", "x'y"};
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(parts[random.nextInt(parts.length)]);
        }
        return sb.toString();
    }
}
