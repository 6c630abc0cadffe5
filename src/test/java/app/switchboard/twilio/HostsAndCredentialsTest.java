package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostsAndCredentialsTest {

    @Test
    void hostNamesFollowProductEdgeRegion() {
        assertEquals("https://api.twilio.com/", Hosts.defaults().baseUrl(Product.API).toString());
        assertEquals("https://monitor.twilio.com/", Hosts.of(null, null).baseUrl(Product.MONITOR).toString());
        assertEquals("https://api.dublin.ie1.twilio.com/", Hosts.of("dublin", "ie1").baseUrl(Product.API).toString());
        assertEquals("https://iam.sydney.us1.twilio.com/", Hosts.of("sydney", null).baseUrl(Product.IAM).toString());
        assertEquals("https://api.us1.twilio.com/", Hosts.of(null, "us1").baseUrl(Product.API).toString());
    }

    @Test
    void unknownEdgesRegionsAndRetiredHostsAreRefusedClearly() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hosts.of("atlantis", "us1")).getMessage()
                .startsWith("Unknown edge 'atlantis'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hosts.of("dublin", "eu9")).getMessage()
                .startsWith("Unknown region 'eu9'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hosts.of(null, "ie1")).getMessage()
                .contains("--edge dublin"));
    }

    @Test
    void baseUrlOverridesAreHttpsUnlessLoopback() {
        Hosts h = Hosts.defaults().withBaseUrl(Product.API, "http://127.0.0.1:4010").withBaseUrl(Product.IAM, "http://localhost:9")
                .withBaseUrl(Product.MONITOR, "http://[::1]:8080").withBaseUrl(Product.EVENTS, "https://proxy.example.com/events");
        assertEquals("http://127.0.0.1:4010/", h.baseUrl(Product.API).toString());
        assertTrue(h.isOverridden(Product.EVENTS));
        assertFalse(h.isOverridden(Product.ACCOUNTS));
        assertTrue(Hosts.isLoopback("127.8.9.1"));
        assertFalse(Hosts.isLoopback("128.0.0.1"));
        assertFalse(Hosts.isLoopback("localhost.evil.com"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Hosts.defaults().withBaseUrl(Product.API, "http://10.0.0.5:4010")).getMessage().contains("only over https"));
        IllegalArgumentException userinfo = assertThrows(IllegalArgumentException.class,
                () -> Hosts.defaults().withBaseUrl(Product.API, "https://u:hunter2@api.example.com"));
        assertFalse(userinfo.getMessage().contains("hunter2"));
        assertThrows(IllegalArgumentException.class, () -> Hosts.defaults().withBaseUrl(Product.API, "not a url"));
        assertEquals(Product.MONITOR, Product.parse("Monitor"));
        assertThrows(IllegalArgumentException.class, () -> Product.parse("voice"));
    }

    @Test
    void credentialsValidateSidsAndNeverPrintTheSecret() {
        Credentials c = Credentials.apiKey(TestClients.ACCOUNT, TestClients.KEY, Secret.of("topsecret"));
        assertFalse(c.toString().contains("topsecret"));
        assertEquals(TestClients.KEY, c.credentialSid());
        assertTrue(c.basicAuthHeader().startsWith("Basic "));
        Credentials token = Credentials.authToken(TestClients.ACCOUNT, Secret.of("tok"));
        assertTrue(token.isAuthToken());
        assertFalse(token.toString().contains("tok]"));
        String bad = assertThrows(IllegalArgumentException.class,
                () -> Credentials.apiKey("AC123", TestClients.KEY, Secret.of("x"))).getMessage();
        assertTrue(bad.startsWith("Malformed Account SID 'AC123'"), bad);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Credentials.apiKey(TestClients.ACCOUNT, TestClients.ACCOUNT, Secret.of("x"))).getMessage()
                .contains("API key SID"));
        assertThrows(IllegalArgumentException.class, () -> Secret.of(""));
        assertEquals("****", Secret.of("abc").toString());
    }

    @Test
    void datesInBothFormatsAndToleratingJunk() {
        assertEquals("2016-06-13T22:50:08Z", TwilioDates.parse("Mon, 13 Jun 2016 22:50:08 +0000").toString());
        assertEquals("2015-07-30T20:00:00Z", TwilioDates.parse("2015-07-30T20:00:00Z").toString());
        assertEquals("2015-07-30T00:00:00Z", TwilioDates.parseIso8601("2015-07-30").toString());
        assertEquals("2026-11-01T10:00:00Z", TwilioDates.parse("Sat, 01 Nov 2026 10:00:00 +0000").toString());
        assertEquals("2016-06-13T20:50:08Z", TwilioDates.parse("Mon, 13 Jun 2016 22:50:08 +0200").toString());
        assertEquals(null, TwilioDates.parse(""));
        assertEquals(null, TwilioDates.parse(null));
        assertEquals(null, TwilioDates.parse("yesterday"));
        assertEquals("2026-01-02T03:04:05Z", TwilioDates.formatIso8601(java.time.Instant.parse("2026-01-02T03:04:05.678Z")));
    }
}
