package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

    @Test
    void classicTwilioErrorFromARealFixture() throws IOException {
        String body = new String(Objects.requireNonNull(getClass().getResourceAsStream("/fixtures/api_v2010_error_20404.json"))
                .readAllBytes(), StandardCharsets.UTF_8);
        ErrorBodies.Parsed p = ErrorBodies.parse(404, body);
        assertEquals(20404, p.code());
        assertTrue(p.message().startsWith("The requested resource"));
        assertEquals("https://www.twilio.com/docs/errors/20404", p.moreInfo());
    }

    @Test
    void problemJson() {
        ErrorBodies.Parsed p = ErrorBodies.parse(400, "{\"type\":\"https://www.twilio.com/docs/errors/20001\",\"title\":\"Invalid"
                + " parameter\",\"status\":400,\"code\":20001,\"detail\":\"PageSize must be <= 1000\",\"instance\":\"/v1/Keys\"}");
        assertEquals(20001, p.code());
        assertEquals("Invalid parameter: PageSize must be <= 1000", p.message());
        assertEquals("https://www.twilio.com/docs/errors/20001", p.moreInfo());
    }

    @Test
    void errorsArrayVariant() {
        ErrorBodies.Parsed p = ErrorBodies.parse(429,
                "{\"errors\":[{\"code\":20429,\"message\":\"Too Many Requests\",\"infoUrl\":\"https://www.twilio.com/docs/errors/20429\",\"context\":\"null\"}]}");
        assertEquals(20429, p.code());
        assertEquals("Too Many Requests", p.message());
        assertEquals("https://www.twilio.com/docs/errors/20429", p.moreInfo());
    }

    @Test
    void xmlRestException() {
        ErrorBodies.Parsed p = ErrorBodies.parse(401, "<?xml version='1.0'?><TwilioResponse><RestException><Status>401</Status>"
                + "<Message>Authenticate</Message><Code>20003</Code><MoreInfo>https://www.twilio.com/docs/errors/20003</MoreInfo>"
                + "</RestException></TwilioResponse>");
        assertEquals(20003, p.code());
        assertEquals("Authenticate", p.message());
        assertEquals("https://www.twilio.com/docs/errors/20003", p.moreInfo());
    }

    @Test
    void htmlEmptyTruncatedAndNonObjectBodies() {
        assertTrue(ErrorBodies.parse(502, "<!DOCTYPE html><html><title>502 Bad Gateway</title></html>").message()
                .contains("an HTML page instead of a Twilio answer: 502 Bad Gateway"));
        assertEquals("HTTP 500 with an empty body", ErrorBodies.parse(500, "").message());
        assertEquals("HTTP 500 with an empty body", ErrorBodies.parse(500, null).message());
        ErrorBodies.Parsed cut = ErrorBodies.parse(500, "{\"code\": 20500, \"mess");
        assertNull(cut.code());
        assertTrue(cut.message().contains("truncated or invalid JSON"), cut.message());
        assertTrue(ErrorBodies.parse(500, "[1,2]").message().contains("non-JSON"));
        assertTrue(ErrorBodies.parse(503, "Service Unavailable").message().contains("Service Unavailable"));
    }

    @Test
    void userMessageCarriesCodeDocsRequestIdAndTheMainKeyHint() {
        TwilioException e = new TwilioException(401, 20003, "Authenticate", "https://www.twilio.com/docs/errors/20003",
                "RQ0123", "GET", "/2010-04-01/Accounts/AC1/Keys.json", null);
        String m = e.userMessage();
        assertTrue(m.contains("20003") && m.contains("Authenticate") && m.contains("https://www.twilio.com/docs/errors/20003")
                && m.contains("RQ0123"), m);
        assertTrue(m.contains("needs a Main API key or the Auth Token"), m);
        assertTrue(new TwilioException(401, 20003, "Authenticate", null, null, "GET",
                "/2010-04-01/Accounts/" + TestClients.ACCOUNT + ".json", null).userMessage().contains("Main API key"));
        TwilioException other = new TwilioException(401, 20003, "Authenticate", null, null, "GET", "/v1/Alerts", null);
        assertTrue(other.userMessage().contains("region-specific"), other.userMessage());
    }
}
