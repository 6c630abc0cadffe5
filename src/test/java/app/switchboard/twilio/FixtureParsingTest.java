package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The models read real Twilio bodies (src/test/resources/fixtures). */
class FixtureParsingTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(FixtureParsingTest.class.getResourceAsStream("/fixtures/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> T read(String name, Class<T> type) throws IOException {
        return TwilioJson.gson().fromJson(fixture(name), type);
    }

    /** A list fixture read as the client reads a page. */
    @SuppressWarnings("unchecked")
    private static <T> ListPage<T> page(String name, String key, Class<T> type) throws IOException {
        TwilioResponse response = new TwilioResponse(200, fixture(name), Headers.of());
        return ListPage.read(response, key, (TypeToken<List<T>>) TypeToken.getParameterized(List.class, type), "/" + name);
    }

    private static <T> List<T> items(String name, String key, Class<T> type) throws IOException {
        return page(name, key, type).items();
    }

    @Test
    void accounts() throws IOException {
        Account a = read("api_v2010_account_fetch.json", Account.class);
        assertTrue(a.sid().startsWith("AC"));
        assertTrue(a.dateCreated() != null);
        assertFalse(a.toString().contains(String.valueOf(a.authToken())) && a.authToken() != null && !a.authToken().isEmpty());
        List<Account> list = items("api_v2010_accounts_list.json", "accounts", Account.class);
        assertEquals(2, list.size());
        assertTrue(list.get(0).isSubaccount());
        assertEquals("2013-08-23T21:46:14Z", list.get(0).dateCreated().toString());
        assertTrue(page("api_v2010_accounts_list.json", "accounts", Account.class).next().contains("AfterSid="));
        Account created = read("api_v2010_account_create.json", Account.class);
        assertTrue(created.sid().startsWith("AC"));
    }

    @Test
    void applicationWithEmptyWebhookFields() throws IOException {
        Application app = read("api_v2010_application_fetch.json", Application.class);
        assertTrue(app.sid().startsWith("AP"));
        assertFalse(Webhooks.isSet(app.smsFallbackUrl()));
    }

    @Test
    void phoneNumbersWithCapitalisedCapabilitiesAndMixedNulls() throws IOException {
        JsonObject o = JsonParser.parseString(fixture("api_v2010_dependent_phone_numbers_list.json")).getAsJsonObject();
        String key = o.keySet().stream().filter(k -> o.get(k).isJsonArray()).findFirst().orElseThrow();
        List<IncomingPhoneNumber> numbers = items("api_v2010_dependent_phone_numbers_list.json", key, IncomingPhoneNumber.class);
        assertFalse(numbers.isEmpty());
        IncomingPhoneNumber n = numbers.get(0);
        assertTrue(n.sid().startsWith("PN"));
        assertTrue(n.hasCapability("voice") || n.hasCapability("sms"));
    }

    @Test
    void alertsListAndFetch() throws IOException {
        List<Alert> alerts = items("monitor_v1_alerts_list.json", "alerts", Alert.class);
        assertEquals("11200", alerts.get(0).errorCode());
        assertEquals("2016-10-27T02:34:21Z", alerts.get(0).dateCreated().toString());
        assertNull(alerts.get(0).serviceSid());
        assertTrue(page("monitor_v1_alerts_list.json", "alerts", Alert.class).next().contains("PageToken=PANO"));
        Alert full = read("monitor_v1_alert_fetch.json", Alert.class);
        assertTrue(full.sid().startsWith("NO"));
        assertNull(full.requestHeaders());
        assertTrue(full.responseHeaders() != null || full.requestVariables() != null);
    }

    @Test
    void specExampleKeys() throws IOException {
        List<ApiKey> keys = items("SPEC-EXAMPLE_api_v2010_keys_list.json", "keys", ApiKey.class);
        assertFalse(keys.isEmpty());
        NewApiKey created = read("SPEC-EXAMPLE_api_v2010_key_create.json", NewApiKey.class);
        assertTrue(created.secret() != null);
        assertFalse(created.toString().contains(new String(created.secret().reveal())));
    }

    @Test
    void emptyStringsAndNullsAreToleratedEverywhere() {
        IamKey k = TwilioJson.gson().fromJson("{\"sid\":\"SK1\",\"flags\":\"\",\"date_created\":\"\",\"policy\":null}", IamKey.class);
        assertEquals(List.of(), k.flags());
        assertNull(k.dateCreated());
        assertFalse(k.isRestricted());
        Sink s = TwilioJson.gson().fromJson("{\"sink_type\":\"webhook\",\"sink_configuration\":{\"destination\":\"http://x\","
                + "\"method\":\"POST\"}}", Sink.class);
        assertEquals("http://x", s.destination());
        assertEquals("POST", s.method());
        assertNull(TwilioJson.gson().fromJson("{\"sink_configuration\":\"\"}", Sink.class).destination());
        IncomingPhoneNumber n = TwilioJson.gson().fromJson("{\"capabilities\":\"\",\"voice_url\":null,\"sms_url\":\"\"}",
                IncomingPhoneNumber.class);
        assertFalse(n.hasCapability("voice"));
    }
}
