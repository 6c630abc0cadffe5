package app.switchboard.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a resource's URL fields into inventory rows and decides which ones Twilio actually calls
 * (facts §4.1): a number's {@code trunk_sid} overrides all its voice URLs and its voice application,
 * {@code voice_application_sid} overrides the voice URLs, {@code sms_application_sid} overrides the SMS URLs.
 * A pure function, so the integrator only maps JSON fields onto {@link UrlSetting}s.
 */
public final class EffectiveWebhooks {

    private EffectiveWebhooks() {
    }

    /** A configured URL and its HTTP method (null when the field has none). */
    public record UrlSetting(String url, String method) {
        @Override
        public String toString() {
            return method + " " + WebhookUrl.parse(url).masked();
        }
    }

    /**
     * The webhook fields of an IncomingPhoneNumber, keyed by Twilio field name ({@code voice_url},
     * {@code voice_fallback_url}, {@code sms_url}, {@code sms_fallback_url}, {@code status_callback}), and
     * the SIDs that may override them (null or empty when unset).
     */
    public record NumberSettings(String sid, String phoneNumber, Map<String, UrlSetting> urls,
                                 String voiceApplicationSid, String trunkSid, String smsApplicationSid) {
    }

    public static List<ConfiguredWebhook> forNumber(String accountSid, String accountName, NumberSettings number) {
        List<ConfiguredWebhook> rows = new ArrayList<>();
        number.urls().forEach((field, setting) -> {
            if (isConfigured(setting)) {
                rows.add(new ConfiguredWebhook(accountSid, accountName, ResourceType.NUMBER, number.sid(),
                        number.phoneNumber(), field, setting.url(), setting.method(), overrideFor(field, number)));
            }
        });
        return rows;
    }

    /** Resources without overrides: applications, SIP domains, short codes, Event Streams sinks. */
    public static List<ConfiguredWebhook> forResource(String accountSid, String accountName, ResourceType type,
                                                      String sid, String name, Map<String, UrlSetting> urls) {
        List<ConfiguredWebhook> rows = new ArrayList<>();
        urls.forEach((field, setting) -> {
            if (isConfigured(setting)) {
                rows.add(new ConfiguredWebhook(accountSid, accountName, type, sid, name, field, setting.url(),
                        setting.method(), null));
            }
        });
        return rows;
    }

    /**
     * Which SID replaces this field. The number's {@code status_callback} is the voice call status callback,
     * so it belongs to the voice group: with a voice application or trunk the application's settings apply.
     */
    static String overrideFor(String field, NumberSettings number) {
        boolean voice = field.startsWith("voice_") || field.equals("status_callback");
        boolean sms = field.startsWith("sms_");
        if (voice && present(number.trunkSid())) {
            return number.trunkSid();
        }
        if (voice && present(number.voiceApplicationSid())) {
            return number.voiceApplicationSid();
        }
        if (sms && present(number.smsApplicationSid())) {
            return number.smsApplicationSid();
        }
        return null;
    }

    // Twilio returns unset URLs as "" or null, inconsistently within one record (facts §4.1).
    private static boolean isConfigured(UrlSetting setting) {
        return setting != null && present(setting.url());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
