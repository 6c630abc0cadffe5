package app.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.webhooks.EffectiveWebhooks.NumberSettings;
import app.switchboard.webhooks.EffectiveWebhooks.UrlSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EffectiveWebhooksTest {

    private static Map<String, UrlSetting> allFields() {
        Map<String, UrlSetting> urls = new LinkedHashMap<>();
        urls.put("voice_url", new UrlSetting("https://a.example/voice", "POST"));
        urls.put("voice_fallback_url", new UrlSetting("https://a.example/vf", "POST"));
        urls.put("sms_url", new UrlSetting("https://a.example/sms", "GET"));
        urls.put("sms_fallback_url", new UrlSetting("", "POST"));
        urls.put("status_callback", new UrlSetting(null, "POST"));
        return urls;
    }

    private static Map<String, ConfiguredWebhook> rows(NumberSettings n) {
        return EffectiveWebhooks.forNumber("AC1", "Main", n).stream()
                .collect(Collectors.toMap(ConfiguredWebhook::field, Function.identity()));
    }

    @Test
    void unsetUrlsAreSkippedWhetherEmptyOrNull() {
        Map<String, ConfiguredWebhook> rows = rows(new NumberSettings("PN1", "+15550001", allFields(), null, null, null));
        assertEquals(3, rows.size());
        assertTrue(rows.values().stream().allMatch(ConfiguredWebhook::effective));
        assertEquals(ResourceType.NUMBER, rows.get("voice_url").resourceType());
        assertEquals("GET", rows.get("sms_url").method());
    }

    @Test
    void voiceApplicationOverridesVoiceUrlsOnly() {
        Map<String, ConfiguredWebhook> rows = rows(new NumberSettings("PN1", "+1", allFields(), "AP1", "", null));
        assertEquals("AP1", rows.get("voice_url").overriddenBy());
        assertEquals("AP1", rows.get("voice_fallback_url").overriddenBy());
        assertNull(rows.get("sms_url").overriddenBy());
    }

    @Test
    void trunkWinsOverTheVoiceApplication() {
        Map<String, ConfiguredWebhook> rows = rows(new NumberSettings("PN1", "+1", allFields(), "AP1", "TK1", null));
        assertEquals("TK1", rows.get("voice_url").overriddenBy());
    }

    @Test
    void smsApplicationOverridesSmsUrlsOnly() {
        Map<String, ConfiguredWebhook> rows = rows(new NumberSettings("PN1", "+1", allFields(), null, null, "AP2"));
        assertEquals("AP2", rows.get("sms_url").overriddenBy());
        assertNull(rows.get("voice_url").overriddenBy());
    }

    @Test
    void statusCallbackFollowsTheVoiceOverride() {
        Map<String, UrlSetting> urls = Map.of("status_callback", new UrlSetting("https://a.example/status", "POST"));
        assertEquals("AP1", rows(new NumberSettings("PN1", "+1", urls, "AP1", null, null)).get("status_callback").overriddenBy());
    }

    @Test
    void otherResourcesAreAlwaysEffective() {
        List<ConfiguredWebhook> rows = EffectiveWebhooks.forResource("AC1", "Main", ResourceType.SINK, "DG1", "events",
                Map.of("destination", new UrlSetting("https://sink.example/e", "POST")));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).effective());
    }
}
