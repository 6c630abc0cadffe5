package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class TwilioHttpTest {
    private static final String KEYS_PAGE = "{\"keys\":[],\"next_page_uri\":null}";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final TestClients t = new TestClients();

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    private static MockResponse throttled() {
        return status(429, "{\"code\":20429,\"message\":\"Too many requests\",\"more_info\":\"https://www.twilio.com/docs/errors/20429\",\"status\":429}");
    }

    @Test
    void retries429WithFullJitterBackoffAndLinksRetriesToTheFirstAttempt() throws Exception {
        server.enqueue(throttled());
        server.enqueue(throttled());
        server.enqueue(status(200, KEYS_PAGE));

        assertEquals(0, t.account(server).keys().list().toList().size());

        // random 0.5 × cap, caps 100 ms then 200 ms
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), t.sleeps);
        assertEquals(3, t.records.size());
        RequestRecord first = t.records.get(0);
        assertEquals(0, first.parentId());
        assertEquals(List.of(1, 2, 3), t.records.stream().map(RequestRecord::attempt).toList());
        assertEquals(first.id(), t.records.get(1).parentId());
        assertEquals(first.id(), t.records.get(2).parentId());
        assertEquals(20429, t.records.get(0).twilioCode());
        assertTrue(t.records.get(0).isThrottled());
    }

    @Test
    void backoffIsCappedAtTheMaximumDelay() {
        RetryDelays d = new RetryDelays(RetryPolicy.defaults(), () -> 0.999, java.time.Clock.systemUTC());
        assertEquals(Duration.ofMillis(2997), d.delay(10, null));
    }

    @Test
    void honoursRetryAfterInSecondsAndAsHttpDate() throws Exception {
        server.enqueue(new MockResponse.Builder(throttled()).setHeader("Retry-After", "2").build());
        server.enqueue(new MockResponse.Builder(throttled()).setHeader("Retry-After", "Sat, 28 Nov 2026 08:00:07 GMT").build());
        server.enqueue(new MockResponse.Builder(throttled()).setHeader("Retry-After", "soon").build());
        server.enqueue(status(200, KEYS_PAGE));

        t.account(server).keys().list().toList();

        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(7), Duration.ofMillis(200)), t.sleeps);
    }

    @Test
    void givesUpAfterMaxAttemptsWithAThrottlingMessage() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(throttled());
        }
        TwilioException e = assertThrows(TwilioException.class, () -> t.account(server).keys().list().toList());
        assertEquals(429, e.status());
        assertEquals(20429, e.code());
        assertTrue(e.userMessage().contains("https://www.twilio.com/docs/errors/20429"), e.userMessage());
        assertEquals(4, server.getRequestCount());
        assertTrue(e.retryAfter().isEmpty(), "no Retry-After was given");
    }

    @Test
    void theFinalThrottlingMessageSaysWhenTwilioAskedToRetry() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder(throttled()).setHeader("Retry-After", "3").build());
        }
        TwilioException e = assertThrows(TwilioException.class, () -> t.account(server).keys().list().toList());
        assertEquals(Duration.ofSeconds(3), e.retryAfter().orElseThrow());
        assertTrue(e.userMessage().contains("Retry after: 3 s"), e.userMessage());
    }

    @Test
    void anEmptyRetryBudgetStopsRetrying() {
        TestClients small = new TestClients(RetryPolicy.defaults().withBudget(10, 5, 10));
        for (int i = 0; i < 10; i++) {
            server.enqueue(throttled());
        }
        // first call: 3 retries wanted, budget allows 2 (10 tokens / 5)
        assertThrows(TwilioException.class, () -> small.account(server).keys().list().toList());
        assertEquals(3, server.getRequestCount());
        // budget empty: the next call is tried once
        assertThrows(TwilioException.class, () -> small.account(server).keys().list().toList());
        assertEquals(4, server.getRequestCount());
        assertEquals(0, small.client.http().retryBudgetTokens());
    }

    @Test
    void retriesAGetAfterA5xxButNeverAPost() {
        server.enqueue(status(503, "upstream"));
        server.enqueue(status(200, "{\"sid\":\"" + TestClients.KEY + "\",\"friendly_name\":\"a\"}"));
        assertEquals("a", t.account(server).keys().fetch(TestClients.KEY).friendlyName());
        assertEquals(2, server.getRequestCount());

        server.enqueue(status(500, "{\"code\":20500,\"message\":\"Internal\"}"));
        TwilioException e = assertThrows(TwilioException.class, () -> t.account(server).keys().update(TestClients.KEY, "b"));
        assertEquals(500, e.status());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aKeyCreateThatMayHaveHappenedIsReportedAsAmbiguousAndNotRetried() {
        server.enqueue(status(502, "<html>Bad gateway</html>"));
        TwilioException e = assertThrows(TwilioException.class, () -> t.account(server).keys().create("rotated"));
        assertInstanceOf(AmbiguousCreateException.class, e);
        assertEquals(1, server.getRequestCount());
        assertTrue(e.userMessage().contains("may or may not"), e.userMessage());
    }

    @Test
    void aThrottledCreateWasNotProcessedSoItIsRetried() throws Exception {
        server.enqueue(throttled());
        server.enqueue(status(201, "{\"sid\":\"" + TestClients.KEY + "\",\"secret\":\"brand-new-secret\"}"));
        NewApiKey k = t.account(server).keys().create("x");
        assertEquals("brand-new-secret", new String(k.secret().reveal()));
        assertFalse(k.toString().contains("brand-new-secret"));
        for (RequestRecord r : t.records) {
            assertFalse(String.valueOf(r.responseBody()).contains("brand-new-secret"), r.responseBody());
        }
    }

    @Test
    void capturesTwilioHeadersCaseInsensitivelyAndToleratesOddValues() {
        server.enqueue(new MockResponse.Builder().code(200).body(KEYS_PAGE).addHeader("twilio-concurrent-requests", "7")
                .addHeader("TWILIO-REQUEST-DURATION", "0.080").addHeader("Twilio-Request-Id", "RQb54d7f05d29e83bc89889cc136bcd99d")
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body(KEYS_PAGE).addHeader("Twilio-Concurrent-Requests", "many")
                .addHeader("Twilio-Request-Duration", "").build());
        server.enqueue(status(200, KEYS_PAGE));
        AccountClient a = t.account(server);
        a.keys().list().toList();
        a.keys().list().toList();
        a.keys().list().toList();

        RequestRecord r = t.records.get(0);
        assertEquals(7, r.concurrentRequests());
        assertEquals(0.080, r.twilioDurationSeconds(), 1e-9);
        assertEquals("RQb54d7f05d29e83bc89889cc136bcd99d", r.requestId());
        assertEquals(TestClients.ACCOUNT, r.accountSid());
        assertEquals(TestClients.KEY, r.credentialSid());
        assertEquals("GET", r.method());
        assertEquals(200, r.status());
        assertTrue(r.responseBytes() > 0);
        assertNull(t.records.get(1).concurrentRequests());
        assertNull(t.records.get(1).twilioDurationSeconds());
        assertNull(t.records.get(2).requestId());
    }

    @Test
    void sendsBasicAuthAndUserAgentButRecordsNeitherSecretNorAuthorization() throws Exception {
        server.enqueue(status(200, "{\"accounts\":[{\"sid\":\"" + TestClients.ACCOUNT + "\",\"auth_token\":\"tok-123-secret\"}]}"));
        List<Account> accounts = t.account(server).accounts().list().toList();

        RecordedRequest req = server.takeRequest();
        assertTrue(req.getHeaders().get("Authorization").startsWith("Basic "));
        assertTrue(req.getHeaders().get("User-Agent").matches("switchboard/\\S+ \\(.+ .+\\) java/\\S+"),
                req.getHeaders().get("User-Agent"));
        assertFalse(accounts.get(0).toString().contains("tok-123-secret"));
        RequestRecord r = t.records.get(0);
        assertTrue(r.requestHeaders().stream().noneMatch(h -> h.name().equalsIgnoreCase("Authorization")));
        assertFalse(r.toString().contains("tok-123-secret"), r.toString());
        assertFalse(r.toString().contains(TestClients.SECRET));
        assertTrue(r.responseBody().contains("\"auth_token\":\"***\""), r.responseBody());
    }

    @Test
    void redactsSecretsInRecordedFormBodies() {
        String body = Redaction.body("FriendlyName=x&AuthToken=abc&Secret=def&Policy=%7B%7D");
        assertEquals("FriendlyName=x&AuthToken=***&Secret=***&Policy=%7B%7D", body);
        assertEquals("{\"secret\": \"***", Redaction.body("{\"secret\": \"cut-in-the-mid"));
        assertEquals("see https://***@host/x", Redaction.url("see https://user:pw@host/x"));
        String huge = Redaction.body("{\"auth_token\":\"" + "a\\\"b".repeat(100_000) + "\"}");
        assertEquals("{\"auth_token\":\"***…[truncated]", huge, "a secret cut by the size cap is still masked");
        String cutAtEscape = Redaction.body("{\"auth_token\":\"" + "a".repeat(Redaction.MAX_RECORDED_BODY_BYTES - 16) + "\\\"tail\"}");
        assertEquals("{\"auth_token\":\"***…[truncated]", cutAtEscape);
    }

    @Test
    void capsRecordedBodiesAndReadsOnlyAPrefixOfAHugeErrorPage() {
        String page = "<html><head><title>Gateway says no</title></head><body>" + "x".repeat(2 * 1024 * 1024) + "</body></html>";
        server.enqueue(status(502, page));
        TwilioException e = assertThrows(TwilioException.class, () -> t.account(server).keys().update(TestClients.KEY, "n"));
        assertEquals(502, e.status());
        assertTrue(e.twilioMessage().contains("Gateway says no"), e.twilioMessage());
        assertTrue(e.twilioMessage().length() < 400);
        RequestRecord r = t.records.get(0);
        assertTrue(r.responseBody().length() <= Redaction.MAX_RECORDED_BODY_BYTES + 20);
    }

    @Test
    void aLargePageReachesTheCallerWholeWhileItsRecordKeepsTheRedactedHead() {
        // 3,000 keys with two-byte characters in their names (about 330 KB), a secret-named field first.
        StringBuilder page = new StringBuilder("{\"auth_token\":\"tok-in-a-page\",\"keys\":[");
        for (int i = 0; i < 3000; i++) {
            page.append(i == 0 ? "" : ",").append("{\"sid\":\"SK").append(String.format("%032d", i))
                    .append("\",\"friendly_name\":\"clé numéro ").append(i).append("\"}");
        }
        server.enqueue(status(200, page.append("],\"next_page_uri\":null}").toString()));
        List<ApiKey> keys = t.account(server).keys().list().toList();
        assertEquals(3000, keys.size());
        assertEquals("clé numéro 2999", keys.get(2999).friendlyName());
        RequestRecord r = t.records.get(0);
        assertEquals(page.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, r.responseBytes());
        assertTrue(r.responseBody().startsWith("{\"auth_token\":\"***\",\"keys\":[{\"sid\":\"SK"), r.responseBody().substring(0, 80));
        assertTrue(r.responseBody().endsWith("…[truncated]"));
        assertTrue(r.responseBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                <= Redaction.MAX_RECORDED_BODY_BYTES + 20);
    }

    @Test
    void connectionRefusedBecomesStatusZeroAndIsRetriedForGet() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Hosts hosts = Hosts.defaults().withBaseUrl(Product.API, "http://127.0.0.1:" + port);
        TwilioException e = assertThrows(TwilioException.class,
                () -> t.client.account(TestClients.credentials(), hosts).keys().list().toList());
        assertEquals(0, e.status());
        assertTrue(e.userMessage().contains("Could not connect to 127.0.0.1:" + port), e.userMessage());
        assertEquals(4, t.records.size());
        assertTrue(t.records.get(0).failure().contains("Could not connect"));
        assertFalse(e.userMessage().contains(TestClients.SECRET));
    }

    @Test
    void aTlsFailureBecomesStatusZeroWithAClearMessage() throws Exception {
        // https to a server that answers in plain text: the handshake fails
        try (ServerSocket plain = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                while (!plain.isClosed()) {
                    try (java.net.Socket s = plain.accept()) {
                        s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
            answer.setDaemon(true);
            answer.start();
            Hosts hosts = Hosts.defaults().withBaseUrl(Product.IAM, "https://127.0.0.1:" + plain.getLocalPort());
            TwilioException e = assertThrows(TwilioException.class,
                    () -> t.client.account(TestClients.credentials(), hosts).iamKeys().list().toList());
            assertEquals(0, e.status());
            assertTrue(e.userMessage().contains("TLS failure talking to 127.0.0.1:" + plain.getLocalPort()), e.userMessage());
        }
    }

    @Test
    void aTimedOutCreateIsAmbiguousAndNotRetried() {
        TwilioClient quick = new TwilioClient(TwilioHttp.builder().sleeper(d -> { })
                .timeouts(Duration.ofSeconds(1), Duration.ofMillis(200)).build());
        server.enqueue(new MockResponse.Builder().code(201).body("{}").headersDelay(1, java.util.concurrent.TimeUnit.SECONDS)
                .build());
        TwilioException e = assertThrows(TwilioException.class,
                () -> quick.account(TestClients.credentials(), TestClients.hostsFor(server)).iamKeys().createStandard("x"));
        assertInstanceOf(AmbiguousCreateException.class, e);
        assertTrue(e.userMessage().contains("Timed out"), e.userMessage());
        assertEquals(1, server.getRequestCount());
        quick.close();
    }

    @Test
    void refusesToSendCredentialsOverPlainHttpToARemoteHost() {
        HttpUrl url = HttpUrl.get("http://api.example.com/2010-04-01/Accounts.json");
        TwilioException e = assertThrows(TwilioException.class, () -> t.client.http()
                .execute(new TwilioCall("GET", url, null, TestClients.credentials(), TestClients.ACCOUNT, false)));
        assertEquals(0, e.status());
        assertTrue(e.getMessage().contains("only over https"), e.getMessage());
        assertTrue(t.records.isEmpty(), "nothing was sent, so nothing is recorded or retried");
    }

    @Test
    void aFaultyListenerDoesNotBreakTheCall() {
        t.client.addListener(r -> {
            throw new IllegalStateException("boom");
        });
        server.enqueue(status(200, KEYS_PAGE));
        assertEquals(0, t.account(server).keys().list().toList().size());
    }
}
