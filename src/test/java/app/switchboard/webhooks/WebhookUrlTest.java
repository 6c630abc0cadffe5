package app.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WebhookUrlTest {

    private static List<String> codes(WebhookUrl url) {
        return url.findings().stream().map(Finding::code).collect(Collectors.toList());
    }

    @Test
    void parsesAPlainHttpsUrl() {
        WebhookUrl url = WebhookUrl.parse("https://hooks.example.com/voice?x=1");
        assertTrue(url.isHttps());
        assertEquals(new HostPort("hooks.example.com", 443), url.target().orElseThrow());
        assertTrue(url.findings().isEmpty());
    }

    @Test
    void masksCredentialsEverywhere() {
        WebhookUrl url = WebhookUrl.parse("https://admin:s3cret@hooks.example.com:8443/sms#ct=1000");
        assertEquals("https://***:***@hooks.example.com:8443/sms#ct=1000", url.masked());
        assertEquals(url.masked(), url.toString());
        assertTrue(url.hasCredentials());
        assertEquals(List.of("CREDENTIALS_IN_URL"), codes(url));
        assertEquals(new HostPort("hooks.example.com", 8443), url.target().orElseThrow());
        ConfiguredWebhook w = new ConfiguredWebhook("AC1", "Main", ResourceType.NUMBER, "PN1", "+1555", "sms_url",
                "https://admin:s3cret@hooks.example.com:8443/sms", "POST", null);
        assertFalse(w.toString().contains("s3cret"));
        assertFalse(w.toString().contains("admin"));
    }

    @Test
    void credentialsOverHttpAreCritical() {
        WebhookUrl url = WebhookUrl.parse("http://user:pw@example.com/x");
        assertEquals("http://***:***@example.com/x", url.masked());
        assertEquals(Severity.CRITICAL, Finding.worst(url.findings()).orElseThrow());
        assertEquals(new HostPort("example.com", 80), url.target().orElseThrow());
    }

    @Test
    void flagsPlainHttp() {
        assertEquals(List.of("PLAIN_HTTP"), codes(WebhookUrl.parse("http://example.com/")));
    }

    @Test
    void parsesConnectionOverridesAndFlagsOutOfRangeValues() {
        WebhookUrl url = WebhookUrl.parse("https://example.com/a#ct=50&rt=2000&tt=20000&rc=9&rp=all&e=ashburn-ix&sni=unset&zz=1");
        assertEquals("50", url.overrides().values().get("ct"));
        assertEquals("ashburn-ix", url.overrides().values().get("e"));
        List<String> messages = url.findings().stream().map(Finding::message).collect(Collectors.toList());
        assertEquals(4, url.findings().size(), messages.toString());
        assertTrue(messages.get(0).startsWith("#ct=50"));
        assertTrue(messages.get(1).startsWith("#tt=20000"));
        assertTrue(messages.get(2).startsWith("#rc=9"));
        assertEquals("OVERRIDE_UNKNOWN_KEY", url.findings().get(3).code());
        assertEquals(new HostPort("example.com", 443), url.target().orElseThrow(), "fragment stripped before probing");
    }

    @Test
    void flagsAnUnknownEdgeAndANonNumericTimeout() {
        WebhookUrl url = WebhookUrl.parse("https://example.com/#e=mars&ct=abc");
        assertEquals(List.of("OVERRIDE_UNKNOWN_EDGE", "OVERRIDE_OUT_OF_RANGE"), codes(url));
    }

    @Test
    void reportsUrlsThatDoNotParse() {
        for (String bad : new String[] {"", "   ", "not a url", "ftp://example.com/x", "https:///nohost", "https://exa mple.com/",
                "https://[::1/x", "https://ex_ample..com/"}) {
            WebhookUrl url = WebhookUrl.parse(bad);
            assertTrue(url.target().isEmpty(), bad);
            assertEquals("URL_UNPARSEABLE", url.findings().get(url.findings().size() - 1).code(), bad);
        }
        assertTrue(WebhookUrl.parse(null).target().isEmpty());
    }

    @Test
    void reportsPortsOutOfRange() {
        for (String bad : new String[] {"https://example.com:0/", "https://example.com:65536/", "https://example.com:99999999/",
                "https://example.com:-1/", "https://example.com:http/"}) {
            WebhookUrl url = WebhookUrl.parse(bad);
            assertEquals(List.of("PORT_OUT_OF_RANGE"), codes(url), bad);
            assertTrue(url.target().isEmpty());
        }
        assertEquals(65535, WebhookUrl.parse("https://example.com:65535/").target().orElseThrow().port());
    }

    @Test
    void parsesIpv6Literals() {
        WebhookUrl url = WebhookUrl.parse("https://[2001:db8::1]:8443/hook");
        assertEquals(new HostPort("2001:db8::1", 8443), url.target().orElseThrow());
        assertEquals("[2001:db8::1]:8443", url.target().orElseThrow().toString());
        assertEquals(List.of("IPV6_LITERAL"), codes(url));
        assertTrue(WebhookUrl.parse("https://[not:an:address:zz]/").target().isEmpty());
    }

    @Test
    void convertsInternationalisedHostsToPunycode() {
        WebhookUrl url = WebhookUrl.parse("https://bücher.example/hook");
        assertEquals("xn--bcher-kva.example", url.target().orElseThrow().host());
        assertEquals(List.of("IDN_HOST"), codes(url));
        assertEquals("https://bücher.example/hook", url.masked());
    }
}
