package app.switchboard.requestlog.har;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.requestlog.RequestLogQueries;
import app.switchboard.requestlog.RequestLogSettings;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.SampleTraffic;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarRoundTripTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void exportsExactlyTheFilteredSetAsValidHarAndReimportsIt() throws Exception {
        Path har = dir.resolve("out.har");
        try (RequestLogStore store = RequestLogStore.open(dir.resolve("requestlog.db"), RequestLogSettings.defaults(), CLOCK)) {
            store.writeAll(new SampleTraffic(5, 2_000, NOW, Duration.ofHours(2).toMillis(), true), null);
            long expected;
            try (RequestLogQueries q = store.queries()) {
                expected = q.count(q.filter("status>=400"));
                assertEquals(expected, HarExporter.export(q, q.filter("status>=400"), har));
            }
            JsonObject log = JsonParser.parseString(Files.readString(har)).getAsJsonObject().getAsJsonObject("log");
            assertEquals("1.2", log.get("version").getAsString());
            assertTrue(log.getAsJsonObject("creator").has("name"));
            JsonArray entries = log.getAsJsonArray("entries");
            assertEquals(expected, entries.size());
            for (JsonElement e : entries) {
                assertHarEntry(e.getAsJsonObject());
            }
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
            }

            HarImporter.Result result = new HarImporter(CLOCK).importFile(har, store);
            assertEquals(expected, result.imported());
            try (RequestLogQueries q = store.queries()) {
                String sourceFilter = "source=\"" + result.source() + "\"";
                assertEquals(expected, q.count(q.filter(sourceFilter)));
                List<RequestRow> imported = q.page(q.filter(sourceFilter + " retry=true"), Long.MAX_VALUE, 10);
                for (RequestRow r : imported) {
                    assertTrue(r.imported());
                    assertTrue(q.detail(r.id()).orElseThrow().retryChain().size() >= 1);
                }
                assertEquals(q.count(q.filter("code=20429 source=switchboard")), q.count(q.filter(sourceFilter + " code=20429")));
            }
        }
    }

    private static void assertHarEntry(JsonObject e) {
        for (String k : new String[] {"startedDateTime", "time", "request", "response", "cache", "timings"}) {
            assertTrue(e.has(k), "entry lacks " + k);
        }
        JsonObject req = e.getAsJsonObject("request");
        for (String k : new String[] {"method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"}) {
            assertTrue(req.has(k), "request lacks " + k);
        }
        JsonObject resp = e.getAsJsonObject("response");
        for (String k : new String[] {"status", "statusText", "httpVersion", "cookies", "headers", "content", "redirectURL",
            "headersSize", "bodySize"}) {
            assertTrue(resp.has(k), "response lacks " + k);
        }
        assertTrue(resp.getAsJsonObject("content").has("size") && resp.getAsJsonObject("content").has("mimeType"));
        JsonObject t = e.getAsJsonObject("timings");
        assertTrue(t.has("send") && t.has("wait") && t.has("receive"));
        Instant.parse(e.get("startedDateTime").getAsString());
    }

    @Test
    void aFileThatIsNotHarGetsAClearMessage() throws Exception {
        try (RequestLogStore store = RequestLogStore.open(dir.resolve("requestlog.db"), RequestLogSettings.defaults(), CLOCK)) {
            Path notJson = Files.writeString(dir.resolve("notes.har"), "hello, world");
            Path noLog = Files.writeString(dir.resolve("other.json"), "{\"items\": []}");
            Path array = Files.writeString(dir.resolve("array.har"), "[1,2]");
            HarImporter importer = new HarImporter(CLOCK);
            assertTrue(assertThrows(HarFormatException.class, () -> importer.importFile(notJson, store)).getMessage()
                    .contains("not a HAR file"));
            assertTrue(assertThrows(HarFormatException.class, () -> importer.importFile(noLog, store)).getMessage()
                    .contains("no \"log\""));
            assertTrue(assertThrows(HarFormatException.class, () -> importer.importFile(array, store)).getMessage()
                    .contains("not a HAR file"));
        }
    }

    @Test
    void aLargeFileIsStreamedEntryByEntry() throws Exception {
        Path big = dir.resolve("big.har");
        String body = "x".repeat(1_000);
        try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("{\"log\": {\"version\": \"1.2\", \"entries\": [");
            for (int i = 0; i < 10_000; i++) {
                w.write((i == 0 ? "" : ",") + "{\"startedDateTime\": \"2026-11-28T09:00:00Z\", \"time\": 12,"
                        + " \"request\": {\"method\": \"GET\", \"url\": \"https://api.twilio.com/2010-04-01/Accounts.json?i=" + i
                        + "\", \"headers\": [{\"name\": \"Authorization\", \"value\": \"Basic c2VjcmV0\"}]},"
                        + " \"response\": {\"status\": 200, \"content\": {\"size\": 2000, \"text\": \"" + body + "\"}}}");
            }
            w.write("]}}");
        }
        try (RequestLogStore store = RequestLogStore.open(dir.resolve("requestlog.db"), RequestLogSettings.defaults(), CLOCK)) {
            assertEquals(10_000, new HarImporter(CLOCK).importFile(big, store).imported());
            try (RequestLogQueries q = store.queries()) {
                var d = q.detail(q.page(q.filter(""), Long.MAX_VALUE, 1).get(0).id()).orElseThrow();
                assertFalse(d.requestHeaders().get(0).value().contains("c2VjcmV0"), "Authorization redacted on import");
            }
        }
    }
}
