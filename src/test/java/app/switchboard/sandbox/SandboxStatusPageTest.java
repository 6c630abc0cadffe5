package app.switchboard.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import app.switchboard.sandbox.fault.FaultKind;
import app.switchboard.sandbox.world.StatusPage;

/** The stand-in for status.twilio.com's Statuspage API: public, Statuspage-shaped, settable. */
class SandboxStatusPageTest {
    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00.250Z");
    private static Sandbox sandbox;
    private static final String PATH = "/api/v2/status.json";

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.forTests().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static SandboxHttp anonymous() {
        return new SandboxHttp(sandbox.baseUrl(), null, null);
    }

    @Test
    void answersWithoutCredentialsInStatuspageShape() throws Exception {
        sandbox.statusPage().set(StatusPage.Indicator.NONE);
        HttpResponse<String> r = anonymous().get(PATH);

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = SandboxHttp.json(r);
        JsonObject page = body.getAsJsonObject("page");
        assertEquals("Twilio", page.get("name").getAsString());
        assertEquals(sandbox.baseUrl(), page.get("url").getAsString());
        assertEquals("Etc/UTC", page.get("time_zone").getAsString());
        assertEquals("2026-11-28T08:00:00.250Z", page.get("updated_at").getAsString());
        assertTrue(page.get("id").getAsString().matches("[a-z0-9]{12}"));
        JsonObject status = body.getAsJsonObject("status");
        assertEquals("none", status.get("indicator").getAsString());
        assertEquals("All Systems Operational", status.get("description").getAsString());
    }

    @Test
    void theIndicatorCanBeSetWhileRunning() throws Exception {
        sandbox.statusPage().set(StatusPage.Indicator.MAJOR);
        try {
            JsonObject status = SandboxHttp.json(anonymous().get(PATH)).getAsJsonObject("status");
            assertEquals("major", status.get("indicator").getAsString());
            assertEquals("Partial System Outage", status.get("description").getAsString());
        } finally {
            sandbox.statusPage().set(StatusPage.Indicator.NONE);
        }
    }

    @Test
    void credentialsAreNeitherNeededNorChecked() throws Exception {
        assertEquals(200, new SandboxHttp(sandbox.baseUrl(), "nobody", "wrong").get(PATH).statusCode());
        assertEquals(200, SandboxHttp.mainKey(sandbox).get(PATH).statusCode());
        // The API itself still wants them.
        assertEquals(401, anonymous().get("/v1/Alerts").statusCode());
    }

    @Test
    void onlyGetIsServed() throws Exception {
        assertEquals(405, anonymous().post(PATH, "x=1").statusCode());
        assertEquals(404, anonymous().get("/api/v2/nothing.json").statusCode());
    }

    @Test
    void faultsApplyToThePageToo() throws Exception {
        sandbox.faults().inject(FaultKind.HTML_BODY, 1, PATH);
        HttpResponse<String> r = anonymous().get(PATH);
        assertEquals(502, r.statusCode());
        assertTrue(r.body().startsWith("<html>"));
        assertEquals(200, anonymous().get(PATH).statusCode());
    }

    @Test
    void theStartingIndicatorIsAnOption() throws Exception {
        try (Sandbox critical = Sandbox.start(SandboxOptions.forTests().withStatusIndicator(StatusPage.Indicator.CRITICAL))) {
            JsonObject status = SandboxHttp.json(new SandboxHttp(critical.baseUrl(), null, null).get(PATH))
                    .getAsJsonObject("status");
            assertEquals("critical", status.get("indicator").getAsString());
            assertEquals("Major System Outage", status.get("description").getAsString());
        }
    }

    @Test
    void indicatorNamesParseAsStatuspageWritesThem() {
        assertEquals(StatusPage.Indicator.MINOR, StatusPage.Indicator.parse(" Minor "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusPage.Indicator.parse("red"));
        assertTrue(e.getMessage().contains("none, minor, major or critical"), e.getMessage());
    }
}
