package app.switchboard.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.requestlog.filter.SqlFilter;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.twilio.RequestRecord.Header;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogStoreTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private RequestLogStore open() {
        return RequestLogStore.open(dir.resolve("requestlog.db"), RequestLogSettings.defaults(), CLOCK);
    }

    private static void write(RequestLogStore store, List<RequestRecord> records) throws InterruptedException {
        records.forEach(store::onRecord);
        assertTrue(store.awaitWritten(Duration.ofSeconds(10)));
    }

    @Test
    void pagesNewestFirstByKeysetAndCounts() throws Exception {
        List<RequestRecord> records = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            records.add(Records.get(i, NOW.minusSeconds(300 - i), "/2010-04-01/Accounts.json", i % 10 == 0 ? 429 : 200));
        }
        try (RequestLogStore store = open()) {
            write(store, records);
            try (RequestLogQueries q = store.queries()) {
                SqlFilter all = q.filter("");
                List<RequestRow> first = q.page(all, Long.MAX_VALUE, 100);
                assertEquals(250, first.get(0).id());
                List<RequestRow> second = q.page(all, first.get(99).id(), 100);
                assertEquals(150, second.get(0).id());
                assertEquals(25, q.count(q.filter("status=429 code=20429")));
                assertEquals(250, q.total());
                assertEquals(List.of(250L, 240L), q.page(q.filter("status>=400"), Long.MAX_VALUE, 2).stream().map(RequestRow::id).toList());
                assertEquals(2, q.newerThan(all, 248, 10).size());
                RequestRow row = first.get(0);
                assertEquals(Records.ACCOUNT, row.account());
                assertEquals(0.042, row.twilioDurationSeconds());
                assertEquals(120.5, row.roundTripMillis(), 0.001);
                assertEquals("https://api.twilio.com/2010-04-01/Accounts.json", row.url());
            }
        }
    }

    @Test
    void retriesAreChildrenOfTheirFirstAttempt() throws Exception {
        RequestRecord first = Records.get(10, NOW, "/2010-04-01/Accounts/" + Records.ACCOUNT + "/Keys.json", 429);
        try (RequestLogStore store = open()) {
            write(store, List.of(first, Records.retry(first, 11, 2, 429), Records.retry(first, 12, 3, 200)));
            try (RequestLogQueries q = store.queries()) {
                RequestDetail d = q.detail(12).orElseThrow();
                assertEquals(List.of(10L, 11L, 12L), d.retryChain().stream().map(RequestRow::id).toList());
                assertEquals(10, d.row().parentId());
                assertEquals(2, q.count(q.filter("retry=true")));
                assertEquals(List.of(new Header("Accept", "application/json")), q.detail(10).orElseThrow().requestHeaders());
            }
        }
    }

    @Test
    void secretsAreRedactedBeforeTheyReachTheFile() throws Exception {
        String token = "f0e1d2c3b4a5968778695a4b3c2d1e0f";
        RequestRecord leaky = new RequestRecord(1, 0, 1, NOW, Records.ACCOUNT, Records.KEY, "POST",
                "https://" + Records.ACCOUNT + ":" + token + "@api.twilio.com/2010-04-01/Accounts.json?AuthToken=" + token,
                200, null, "RQ1", null, null, 10, 0, 0, null,
                List.of(new Header("Authorization", "Basic " + token), new Header("X-Other", "password=" + token)),
                List.of(new Header("Set-Cookie", "s=" + token)),
                "FriendlyName=x&AuthToken=" + token + "&Password=" + token,
                "{\"sid\": \"SK1\", \"secret\": \"" + token + "\", \"auth_token\": \"" + token + "\"}");
        try (RequestLogStore store = open()) {
            write(store, List.of(leaky));
            try (RequestLogQueries q = store.queries()) {
                RequestDetail d = q.detail(1).orElseThrow();
                assertFalse(d.row().url().contains(token));
                assertTrue(d.requestBody().contains("FriendlyName=x"));
                assertTrue(d.responseBody().contains("\"sid\": \"SK1\""));
            }
        }
        for (String suffix : new String[] {"", "-wal"}) {
            Path f = dir.resolve("requestlog.db" + suffix);
            if (Files.exists(f)) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(token), "secret found in " + f);
            }
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("requestlog.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future(x)");
            s.execute("PRAGMA user_version = 99");
        }
        RequestLogException e = assertThrows(RequestLogException.class, this::open);
        assertTrue(e.getMessage().contains("newer Switchboard"), e.getMessage());
        assertTrue(e.getMessage().contains("not opened for writing"), e.getMessage());
    }

    @Test
    void aVersion1LogIsUpgradedInPlaceAndKeepsItsRows() throws Exception {
        Path file = dir.resolve("requestlog.db");
        String keyPath = "/2010-04-01/Accounts/" + Records.ACCOUNT + "/Keys/" + Records.KEY + ".json";
        try (RequestLogStore store = open()) {
            write(store, List.of(Records.get(1, NOW.minusSeconds(7200), keyPath, 200), Records.get(2, NOW, "/v1/Alerts", 200)));
        }
        // Back to version 1 as it was: whole paths interned, the request id index on the id alone.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO path(value) SELECT p.value || r.path_tail FROM request r JOIN path p ON p.id = r.path_id"
                    + " WHERE r.path_tail IS NOT NULL");
            s.execute("UPDATE request SET path_id = (SELECT id FROM path WHERE value = (SELECT value FROM path"
                    + " WHERE id = request.path_id) || request.path_tail), path_tail = NULL WHERE path_tail IS NOT NULL");
            s.execute("DROP INDEX request_tail");
            s.execute("ALTER TABLE request DROP COLUMN path_tail");
            s.execute("DROP INDEX request_rid");
            s.execute("CREATE INDEX request_rid ON request(rid) WHERE rid IS NOT NULL");
            s.execute("PRAGMA user_version = 1");
        }
        try (RequestLogQueries q = RequestLogQueries.open(file, CLOCK)) {
            assertEquals(List.of(1L), ids(q, "path=" + keyPath), "read before any writer opened it");
        }
        try (RequestLogStore store = open()) {
            write(store, List.of(Records.get(3, NOW, keyPath, 200)));
            try (RequestLogQueries q = store.queries()) {
                assertEquals(List.of(1L), q.page(q.filter("rid=RQ" + String.format("%032x", 1)), Long.MAX_VALUE, 10)
                        .stream().map(RequestRow::id).toList());
                assertEquals(List.of(3L, 1L), q.page(q.filter("path=" + keyPath), Long.MAX_VALUE, 10)
                        .stream().map(RequestRow::id).toList());
                assertEquals(List.of(2L), q.page(q.filter("path!=" + keyPath), Long.MAX_VALUE, 10)
                        .stream().map(RequestRow::id).toList());
                assertEquals("https://api.twilio.com" + keyPath, q.detail(1).orElseThrow().row().url());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet version = s.executeQuery("PRAGMA user_version")) {
            assertEquals(RequestLogDatabase.SCHEMA_VERSION, version.getInt(1));
            try (ResultSet index = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'request_rid'")) {
                assertTrue(index.getString(1).contains("t_ms / 3600000"), index.getString(1));
            }
        }
    }

    @Test
    void aPathEndingInOneResourceIsFoundWholeAndByItsParts() throws Exception {
        String keys = "/2010-04-01/Accounts/" + Records.ACCOUNT + "/Keys";
        String other = "SK" + "c".repeat(32);
        try (RequestLogStore store = open()) {
            write(store, List.of(Records.get(1, NOW, keys + "/" + Records.KEY + ".json", 200),
                    Records.get(2, NOW, keys + "/" + other + ".json", 200),
                    Records.get(3, NOW, keys + "/" + other + ".json", 200),
                    Records.get(4, NOW, keys + ".json", 200)));
            try (RequestLogQueries q = store.queries()) {
                assertEquals(List.of(3L, 2L), ids(q, "path=" + keys + "/" + other + ".json"));
                assertEquals(List.of(3L, 2L, 1L), ids(q, "path^=" + keys + "/"));
                assertEquals(List.of(3L, 2L), ids(q, "path*=" + other));
                assertEquals(List.of(3L, 2L), ids(q, other));
                assertEquals(List.of(4L, 1L), ids(q, "path!=" + keys + "/" + other + ".json"));
                assertEquals(List.of(), ids(q, "path=" + keys + "/"));
                assertEquals("https://api.twilio.com" + keys + "/" + other + ".json", q.detail(2).orElseThrow().row().url());
                List<FetchAdvice> advice = q.fetchAdvice(q.filter(""), 10);
                assertEquals(1, advice.size());
                assertEquals(keys + "/" + other + ".json", advice.get(0).path());
                assertEquals(2, advice.get(0).count());
            }
        }
    }

    private static List<Long> ids(RequestLogQueries q, String filter) throws Exception {
        return q.page(q.filter(filter), Long.MAX_VALUE, 10).stream().map(RequestRow::id).toList();
    }

    @Test
    void retentionKeepsTheNewestRowsAndDropsOldOnes() throws Exception {
        Path file = dir.resolve("requestlog.db");
        RequestLogSettings settings = new RequestLogSettings(Duration.ofDays(1), 100, Long.MAX_VALUE, 1000, 1000);
        try (RequestLogStore store = RequestLogStore.open(file, settings, CLOCK)) {
            List<RequestRecord> records = new ArrayList<>();
            records.add(Records.get(1, NOW.minus(Duration.ofDays(3)), "/old", 200));
            for (int i = 2; i <= 150; i++) {
                records.add(Records.get(i, NOW.minusSeconds(200 - i), "/new", 200));
            }
            store.writeAll(records.iterator(), null);
        }
        // retention runs when the log is opened
        try (RequestLogStore store = RequestLogStore.open(file, settings, CLOCK); RequestLogQueries q = store.queries()) {
            assertEquals(100, q.total());
            assertEquals(51, q.page(q.filter(""), Long.MAX_VALUE, 1000).get(99).id());
        }
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() {
        RequestLogSettings tiny = new RequestLogSettings(Duration.ofDays(1), 1000, Long.MAX_VALUE, 1000, 1);
        try (RequestLogStore store = RequestLogStore.open(dir.resolve("requestlog.db"), tiny, CLOCK)) {
            long t = System.nanoTime();
            for (int i = 1; i <= 5_000; i++) {
                store.onRecord(Records.get(i, NOW, "/x", 200));
            }
            assertTrue(System.nanoTime() - t < Duration.ofSeconds(5).toNanos());
            assertTrue(store.health().dropped() > 0);
        }
    }

    @Test
    void aLockedDatabaseBecomesAMessageAndTheStoreCarriesOn() throws Exception {
        Path file = dir.resolve("requestlog.db");
        try (RequestLogStore store = open()) {
            write(store, List.of(Records.get(1, NOW, "/a", 200)));
            try (Connection locker = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = locker.createStatement()) {
                s.execute("PRAGMA busy_timeout = 0");
                s.execute("BEGIN EXCLUSIVE");
                store.onRecord(Records.get(2, NOW, "/b", 200));
                assertTrue(store.awaitWritten(Duration.ofSeconds(20)));
                assertNotNull(store.health().problem(), store.health().toString());
                assertTrue(store.health().problem().contains("locked"), store.health().problem());
                s.execute("ROLLBACK");
            }
            write(store, List.of(Records.get(3, NOW, "/c", 200)));
            assertNull(store.health().problem());
            try (RequestLogQueries q = store.queries()) {
                assertEquals(2, q.total());
            }
        }
    }

    @Test
    void fetchAdviceFindsTheRepeatedGets() throws Exception {
        List<RequestRecord> records = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String path = i <= 30 ? "/2010-04-01/Accounts/" + Records.ACCOUNT + "/Calls.json" : "/2010-04-01/Accounts.json";
            records.add(Records.get(i, NOW.minusSeconds(100 - i), path, 200));
        }
        try (RequestLogStore store = open()) {
            write(store, records);
            try (RequestLogQueries q = store.queries()) {
                List<FetchAdvice> advice = q.fetchAdvice(q.filter(""), 5);
                assertEquals(30, advice.get(0).count());
                assertEquals(0.75, advice.get(0).share(), 1e-9);
                assertTrue(advice.get(0).hint().contains("webhooks"));
                Timeline t = q.timeline(q.filter(""), NOW.minusSeconds(100), NOW, 10);
                long sum = 0;
                for (int b = 0; b < t.buckets(); b++) {
                    sum += t.total(b);
                }
                assertEquals(40, sum);
                assertTrue(q.knownValues().get(app.switchboard.requestlog.filter.Field.STATUS).contains("200"));
            }
        }
    }
}
