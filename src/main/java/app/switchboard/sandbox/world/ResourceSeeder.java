package app.switchboard.sandbox.world;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds phone numbers, applications, SIP domains, short codes and Event Streams sinks whose webhooks cover every
 * case the audit grades: valid https, plain http, self-signed, expired, wrong host, unreachable, credentials in
 * the URL, connection-override fragments (valid and out of range), unset fields ({@code ""} and null) and
 * application / trunk overrides.
 */
final class ResourceSeeder {
    private final SandboxWorld world;
    private final Random random;
    private final Instant now;
    private final WebhookEndpoints e;

    ResourceSeeder(SandboxWorld world, Random random, Instant now, WebhookEndpoints endpoints) {
        this.world = world;
        this.random = random;
        this.now = now;
        this.e = endpoints;
    }

    void seed(AccountRecord main, List<AccountRecord> subs) {
        String basicAuth = e.validHttps().replace("https://", "https://twilio:s3cr3t-demo@");
        String ivrApp = application(main, "IVR app", e.validHttps() + "/apps/ivr", e.plainHttp() + "/apps/status",
                "", null);
        String smsApp = application(main, "SMS bot", null, e.validHttps() + "/apps/status",
                e.wrongHost() + "/apps/sms", null);
        application(main, "Legacy app", e.expired() + "/apps/legacy", null, "", e.unreachable() + "/apps/fallback");
        application(main, "Conference app", basicAuth + "/apps/conference#rc=3&ct=1500", null, null, null);

        number(main, "+14155550100", "Main IVR", e.validHttps() + "/voice/ivr", e.validHttps() + "/sms/inbound",
                e.validHttps() + "/status", null);
        number(main, "+14155550101", "Sales line", e.plainHttp() + "/voice/sales", "", null, null);
        number(main, "+14155550102", "Support", e.selfSigned() + "/voice/support", null, null,
                JsonMap.of("sms_fallback_url", e.expired() + "/sms/fallback"));
        number(main, "+14155550103", "Old campaign", e.expired() + "/voice/campaign", "", null, null);
        number(main, "+14155550104", "Partner SMS", null, e.wrongHost() + "/sms/partner", null, null);
        number(main, "+14155550105", "After hours", e.unreachable() + "/voice/after-hours", null, null,
                JsonMap.of("voice_fallback_url", e.validHttps() + "/voice/fallback"));
        number(main, "+14155550106", "Secure line", basicAuth + "/voice/secure", "", null, null);
        number(main, "+14155550107", "Tuned timeouts", e.validHttps() + "/voice/tuned#ct=2000&rt=5000&rc=2&e=ashburn-ix",
                e.validHttps() + "/sms/tuned#rc=1", null, null);
        number(main, "+14155550108", "Bad overrides", e.validHttps() + "/voice/bad#ct=50&rt=99999&rc=9",
                e.plainHttp() + "/sms/bad#tt=0", null, null);
        number(main, "+14155550109", "App routed", e.plainHttp() + "/voice/ignored", e.selfSigned() + "/sms/ignored",
                null, JsonMap.of("voice_application_sid", ivrApp, "sms_application_sid", smsApp));
        number(main, "+14155550110", "SIP trunk", e.selfSigned() + "/voice/ignored", "", null,
                JsonMap.of("trunk_sid", Sids.sid("TK", random)));
        number(main, "+14155550111", "Unconfigured", null, "", null, null);

        sipDomain(main, "acme.sip.twilio.com", e.validHttps() + "/sip/inbound", e.plainHttp() + "/sip/status");
        sipDomain(main, "legacy-pbx.sip.twilio.com", e.selfSigned() + "/sip/pbx", null);
        shortCode(main, "89421", e.validHttps() + "/shortcode/inbound", e.expired() + "/shortcode/fallback");
        shortCode(main, "55512", e.plainHttp() + "/shortcode/promo", null);
        sink(main, "Audit events to SIEM", "webhook", "active",
                JsonMap.of("destination", e.validHttps() + "/events", "method", "POST", "batch_events", true));
        sink(main, "Old event collector", "webhook", "failed",
                JsonMap.of("destination", e.plainHttp() + "/events", "method", "POST", "batch_events", false));
        sink(main, "Kinesis stream", "kinesis", "active", JsonMap.of(
                "arn", "arn:aws:kinesis:us-east-1:111111111111:stream/twilio-events",
                "role_arn", "arn:aws:iam::111111111111:role/twilio-events", "external_id", Sids.hex(random, 16)));

        String[] origins = {e.validHttps(), e.plainHttp(), e.selfSigned(), e.expired(), e.wrongHost(), e.unreachable()};
        int n = 200;
        for (AccountRecord sub : subs) {
            String slug = sub.friendlyName.toLowerCase().replaceAll("[^a-z0-9]+", "-");
            String voice = origins[random.nextInt(origins.length)] + "/" + slug + "/voice";
            String sms = origins[random.nextInt(origins.length)] + "/" + slug + "/sms";
            application(sub, sub.friendlyName + " app", voice, null, sms, null);
            number(sub, "+1628555" + (n++), sub.friendlyName + " main", voice, sms, null, null);
            number(sub, "+1628555" + (n++), sub.friendlyName + " backup",
                    origins[random.nextInt(origins.length)] + "/" + slug + "/backup", "", null, null);
            if (random.nextBoolean()) {
                sink(sub, sub.friendlyName + " events", "webhook", "active", JsonMap.of("destination",
                        origins[random.nextInt(origins.length)] + "/" + slug + "/events", "method", "POST",
                        "batch_events", true));
            }
        }
    }

    private Instant created() {
        return now.minus(Duration.ofDays(5 + random.nextInt(1000))).minusSeconds(random.nextInt(86_400));
    }

    private String add(ResourceKind kind, AccountRecord account, JsonMap fields) {
        String sid = Sids.sid(kind.prefix, random);
        world.addResource(kind, new Resource(sid, account.sid, created(), fields));
        return sid;
    }

    private String application(AccountRecord account, String name, String voiceUrl, String statusCallback,
            String smsUrl, String voiceFallback) {
        return add(ResourceKind.APPLICATION, account, new JsonMap()
                .with("account_sid", account.sid).with("api_version", "2010-04-01").with("friendly_name", name)
                .with("message_status_callback", null).with("sms_fallback_method", "POST")
                .with("sms_fallback_url", "").with("sms_method", "POST").with("sms_status_callback", null)
                .with("sms_url", smsUrl).with("status_callback", statusCallback).with("status_callback_method", "POST")
                .with("voice_caller_id_lookup", false).with("voice_fallback_method", "POST")
                .with("voice_fallback_url", voiceFallback).with("voice_method", "POST").with("voice_url", voiceUrl)
                .with("public_application_connect_enabled", false));
    }

    private void number(AccountRecord account, String phone, String name, String voiceUrl, String smsUrl,
            String statusCallback, Map<String, Object> extra) {
        JsonMap fields = new JsonMap()
                .with("account_sid", account.sid).with("address_sid", null).with("address_requirements", "none")
                .with("api_version", "2010-04-01").with("beta", false)
                .with("capabilities", JsonMap.of("voice", true, "sms", true, "mms", true, "fax", false))
                .with("friendly_name", name).with("identity_sid", null).with("phone_number", phone)
                .with("origin", "twilio").with("sms_application_sid", "").with("sms_fallback_method", "POST")
                .with("sms_fallback_url", "").with("sms_method", "POST").with("sms_url", smsUrl)
                .with("status_callback", statusCallback == null ? "" : statusCallback)
                .with("status_callback_method", "POST").with("trunk_sid", null).with("voice_receive_mode", "voice")
                .with("voice_application_sid", null).with("voice_caller_id_lookup", false)
                .with("voice_fallback_method", "POST").with("voice_fallback_url", null).with("voice_method", "POST")
                .with("voice_url", voiceUrl).with("emergency_status", "Inactive").with("emergency_address_sid", null)
                .with("emergency_address_status", "unregistered").with("bundle_sid", null).with("status", "in-use")
                .with("type", "local");
        if (extra != null) {
            fields.putAll(extra);
        }
        add(ResourceKind.PHONE_NUMBER, account, fields);
    }

    private void sipDomain(AccountRecord account, String domain, String voiceUrl, String statusCallback) {
        add(ResourceKind.SIP_DOMAIN, account, new JsonMap()
                .with("account_sid", account.sid).with("api_version", "2010-04-01").with("auth_type", "IP_ACL")
                .with("domain_name", domain).with("friendly_name", domain.substring(0, domain.indexOf('.')))
                .with("voice_fallback_method", "POST").with("voice_fallback_url", null).with("voice_method", "POST")
                .with("voice_status_callback_method", "POST").with("voice_status_callback_url", statusCallback)
                .with("voice_url", voiceUrl).with("sip_registration", false).with("emergency_calling_enabled", false)
                .with("secure", true).with("byoc_trunk_sid", null).with("emergency_caller_sid", null));
    }

    private void shortCode(AccountRecord account, String code, String smsUrl, String fallback) {
        add(ResourceKind.SHORT_CODE, account, new JsonMap()
                .with("account_sid", account.sid).with("api_version", "2010-04-01").with("friendly_name", code)
                .with("short_code", code).with("sms_fallback_method", "POST").with("sms_fallback_url", fallback)
                .with("sms_method", "POST").with("sms_url", smsUrl));
    }

    private void sink(AccountRecord account, String description, String type, String status,
            Map<String, Object> configuration) {
        add(ResourceKind.SINK, account, new JsonMap()
                .with("description", description)
                .with("sink_configuration", configuration).with("sink_type", type).with("status", status));
    }
}
