package app.switchboard.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import app.switchboard.sandbox.fault.FaultKind;

/** The concurrency cap, every injectable fault, and seed determinism. */
class SandboxLoadAndFaultTest {

    @Test
    void requestsAboveTheCapGet429AndAreNotProcessed() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().withConcurrencyCap(3)
                .withMeanLatency(Duration.ofMillis(300)))) {
            SandboxHttp http = SandboxHttp.mainKey(sandbox);
            String ac = sandbox.demoAccount().accountSid();
            int before = keyCount(http, ac);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                futures.add(pool.submit(() -> http.post("/2010-04-01/Accounts/" + ac + "/Keys.json", "FriendlyName=burst")));
            }
            int created = 0;
            int refused = 0;
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> r = f.get();
                int concurrent = Integer.parseInt(r.headers().firstValue("Twilio-Concurrent-Requests").orElseThrow());
                if (r.statusCode() == 201) {
                    created++;
                    assertTrue(concurrent <= 3);
                } else {
                    assertEquals(429, r.statusCode());
                    assertEquals(20429, SandboxHttp.json(r).get("code").getAsInt());
                    refused++;
                }
            }
            pool.shutdown();
            assertTrue(refused > 0 && created > 0, "created=" + created + " refused=" + refused);
            assertEquals(before + created, keyCount(http, ac), "refused requests were not processed");
        }
    }

    private static int keyCount(SandboxHttp http, String ac) throws Exception {
        return SandboxHttp.json(http.get("/2010-04-01/Accounts/" + ac + "/Keys.json?PageSize=1000"))
                .getAsJsonArray("keys").size();
    }

    @Test
    void eachFaultBehavesAsDocumented() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests())) {
            SandboxHttp http = SandboxHttp.mainKey(sandbox);
            String ac = sandbox.demoAccount().accountSid();
            String keys = "/2010-04-01/Accounts/" + ac + "/Keys.json";

            sandbox.faults().inject(FaultKind.TOO_MANY_REQUESTS, 2);
            assertEquals(429, http.get(keys).statusCode());
            assertEquals(429, http.get(keys).statusCode());
            assertEquals(200, http.get(keys).statusCode());

            sandbox.faults().inject(FaultKind.SERVER_ERROR, 1);
            HttpResponse<String> serverError = http.get(keys);
            assertEquals(500, serverError.statusCode());
            assertEquals(20500, SandboxHttp.json(serverError).get("code").getAsInt());

            sandbox.faults().inject(FaultKind.HTML_BODY, 1);
            HttpResponse<String> html = http.get(keys);
            assertEquals(502, html.statusCode());
            assertTrue(html.body().startsWith("<html>"));

            // java.net.http silently retries a GET once when the connection drops before the answer, so arm two.
            sandbox.faults().inject(FaultKind.CONNECTION_RESET, 2);
            assertThrows(IOException.class, () -> http.get(keys));
            assertEquals(0, sandbox.faults().pending());

            sandbox.faults().inject(FaultKind.TRUNCATED_BODY, 1);
            assertThrows(IOException.class, () -> http.get(keys));

            sandbox.faults().slowDelay(Duration.ofMillis(300)).inject(FaultKind.SLOW, 1);
            long start = System.nanoTime();
            assertEquals(200, http.get(keys).statusCode());
            assertTrue(System.nanoTime() - start >= 300_000_000L);

            int before = keyCount(http, ac);
            sandbox.faults().inject(FaultKind.DROP_CREATE_RESPONSE, 1);
            assertEquals(200, http.get(keys).statusCode(), "a read does not consume drop-create");
            assertThrows(IOException.class, () -> http.post(keys, "FriendlyName=dropped"));
            JsonObject list = SandboxHttp.json(http.get(keys + "?PageSize=1000"));
            assertEquals(before + 1, list.getAsJsonArray("keys").size());
            assertEquals("dropped", list.getAsJsonArray("keys").get(0).getAsJsonObject().get("friendly_name").getAsString());
            assertEquals(0, sandbox.faults().pending());
        }
    }

    @Test
    void cliFaultSpecsParse() {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests())) {
            sandbox.faults().injectSpec("429:5").injectSpec("drop-create@/Keys").injectSpec("reset");
            assertEquals(7, sandbox.faults().pending());
            assertThrows(IllegalArgumentException.class, () -> sandbox.faults().injectSpec("meteor:1"));
            assertThrows(IllegalArgumentException.class, () -> sandbox.faults().injectSpec("429:many"));
        }
    }

    @Test
    void theSameSeedAndClockGiveTheSameWorld() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
        SandboxOptions options = SandboxOptions.forTests().withSeed(7).withClock(clock);
        try (Sandbox a = Sandbox.start(options); Sandbox b = Sandbox.start(options);
                Sandbox other = Sandbox.start(options.withSeed(8))) {
            assertEquals(a.demoAccount(), b.demoAccount());
            assertEquals(a.alertsGenerated(), b.alertsGenerated());
            String path = "/2010-04-01/Accounts/" + a.demoAccount().accountSid() + "/Keys.json?PageSize=1000";
            assertEquals(SandboxHttp.mainKey(a).get(path).body(), SandboxHttp.mainKey(b).get(path).body());
            assertTrue(!a.demoAccount().accountSid().equals(other.demoAccount().accountSid()));
            assertTrue(a.alertsGenerated().size() > 1000);
        }
    }

    @Test
    void tenThousandExtraKeysSeedQuicklyAndPage() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests().withExtraKeys(10_000))) {
            SandboxHttp http = SandboxHttp.mainKey(sandbox);
            JsonObject page = SandboxHttp.json(http.get("/v1/Keys?AccountSid=" + sandbox.demoAccount().accountSid()
                    + "&PageSize=1000"));
            assertEquals(1000, page.getAsJsonArray("keys").size());
            assertTrue(!page.getAsJsonObject("meta").get("next_page_url").isJsonNull());
        }
    }
}
