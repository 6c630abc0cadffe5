package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.twilio.TwilioStatusPage.Indicator;
import app.switchboard.twilio.TwilioStatusPage.Reading;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class TwilioStatusPageTest {
    private static final String MINOR = "{\"page\":{\"id\":\"gpkpyklzq55q\",\"name\":\"Twilio\",\"url\":\"https://status.twilio.com\","
            + "\"time_zone\":\"Etc/UTC\",\"updated_at\":\"2026-11-28T07:58:01.123Z\"},"
            + "\"status\":{\"indicator\":\"minor\",\"description\":\"Minor Service Outage\"}}";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final TestClients t = new TestClients();

    private TwilioStatusPage page(Duration timeout) {
        return new TwilioStatusPage(t.client.http(), server.url("/").toString(), Clock.fixed(TestClients.NOW, ZoneOffset.UTC),
                timeout);
    }

    private Reading check(MockResponse answer) {
        server.enqueue(answer);
        return page(Duration.ofSeconds(2)).check();
    }

    private static MockResponse answer(int code, String contentType, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body).build();
    }

    @Test
    void readsTheIndicatorAndDescriptionWithoutCredentialsOrARequestRecord() throws Exception {
        Reading r = check(answer(200, "application/json", MINOR));

        assertEquals(Indicator.MINOR, r.indicator());
        assertEquals("Minor Service Outage", r.description());
        assertNull(r.problem());
        assertEquals(TestClients.NOW, r.checkedAt());
        RecordedRequest sent = server.takeRequest();
        assertEquals("/api/v2/status.json", sent.getUrl().encodedPath());
        assertNull(sent.getHeaders().get("Authorization"));
        assertTrue(t.records.isEmpty(), "the status page is not a Twilio API call: nothing for the request log");
    }

    @Test
    void everyPublishedIndicatorIsRecognised() {
        for (Indicator i : new Indicator[] {Indicator.NONE, Indicator.MINOR, Indicator.MAJOR, Indicator.CRITICAL}) {
            String json = "{\"status\":{\"indicator\":\"" + i.name().toLowerCase(java.util.Locale.ROOT)
                    + "\",\"description\":\"x\"}}";
            assertEquals(i, TwilioStatusPage.parse(json, TestClients.NOW).indicator());
        }
    }

    @Test
    void anHttpErrorIsUnknownWithTheStatusAndIsNotRetried() {
        Reading r = check(answer(503, "text/plain", "Service Unavailable"));

        assertEquals(Indicator.UNKNOWN, r.indicator());
        assertEquals("the status page answered HTTP 503", r.problem());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anHtmlPageIsUnknown() {
        Reading r = check(answer(200, "text/html", "<html><body>Twilio Status</body></html>"));
        assertEquals(Indicator.UNKNOWN, r.indicator());
        assertEquals("the status page did not answer with JSON", r.problem());
    }

    @Test
    void garbageAndWrongShapesAreUnknown() {
        assertEquals("the status page did not answer with JSON", check(answer(200, "application/json", "{\"status\":")).problem());
        assertEquals("the status page did not answer with JSON", check(answer(200, "application/json", "[1,2]")).problem());
        assertEquals("the status page's answer has no status indicator", check(answer(200, "application/json", "")).problem());
        assertEquals("the status page's answer has no status indicator",
                check(answer(200, "application/json", "{\"page\":{}}")).problem());
        assertEquals("the status page did not answer with JSON",
                check(answer(200, "application/json", "{\"status\":{\"indicator\":{\"x\":1}}}")).problem());
    }

    @Test
    void anUnknownIndicatorIsUnknownNamingIt() {
        Reading r = check(answer(200, "application/json", "{\"status\":{\"indicator\":\"maintenance\",\"description\":\"M\"}}"));
        assertEquals(Indicator.UNKNOWN, r.indicator());
        assertNull(r.description());
        assertEquals("unrecognised status indicator 'maintenance'", r.problem());
    }

    @Test
    void theDescriptionIsOneBoundedLine() {
        Reading r = TwilioStatusPage.parse("{\"status\":{\"indicator\":\"major\",\"description\":\"Partial\\nSystem Outage"
                + "x".repeat(500) + "\"}}", TestClients.NOW);
        assertEquals(Indicator.MAJOR, r.indicator());
        assertTrue(r.description().startsWith("Partial System Outage"), r.description());
        assertEquals(120, r.description().length());
    }

    @Test
    void aHugeAnswerIsUnknown() {
        Reading r = check(answer(200, "application/json", "{\"status\":{\"indicator\":\"none\",\"description\":\""
                + "x".repeat((int) TwilioStatusPage.MAX_BODY_BYTES) + "\"}}"));
        assertEquals("the status page's answer is too large", r.problem());
    }

    @Test
    void aSlowPageTimesOut() {
        server.enqueue(new MockResponse.Builder().body(MINOR).headersDelay(1, java.util.concurrent.TimeUnit.SECONDS).build());
        Reading r = page(Duration.ofMillis(200)).check();
        assertEquals(Indicator.UNKNOWN, r.indicator());
        assertTrue(r.problem().startsWith("Timed out talking to "), r.problem());
    }

    @Test
    void aDroppedConnectionIsUnknown() {
        Reading r = check(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        assertEquals(Indicator.UNKNOWN, r.indicator());
        assertTrue(r.problem().contains(server.getHostName()), r.problem());
    }

    @Test
    void plainHttpIsRefusedExceptToLoopbackAndABadUrlIsNamed() {
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> new TwilioStatusPage(t.client.http(), "http://status.twilio.com"));
        assertTrue(plain.getMessage().startsWith("Refusing plain http to status.twilio.com"), plain.getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TwilioStatusPage(t.client.http(), "status page"));
        assertTrue(e.getMessage().contains("Invalid status page URL"), e.getMessage());
        assertEquals("https://status.twilio.com/api/v2/status.json",
                new TwilioStatusPage(t.client.http(), TwilioStatusPage.DEFAULT_BASE_URL).url());
    }
}
