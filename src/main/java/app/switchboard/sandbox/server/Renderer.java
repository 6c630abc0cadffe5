package app.switchboard.sandbox.server;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonParser;

import app.switchboard.sandbox.world.AccountRecord;
import app.switchboard.sandbox.world.AlertRecord;
import app.switchboard.sandbox.world.EventRecord;
import app.switchboard.sandbox.world.JsonMap;
import app.switchboard.sandbox.world.KeyRecord;
import app.switchboard.sandbox.world.Resource;
import app.switchboard.sandbox.world.StatusPage;
import app.switchboard.sandbox.world.TwilioDates;

/** Turns world records into the JSON shapes of each Twilio product (field names, date styles, links). */
final class Renderer {
    private static final String V2010 = "/2010-04-01/Accounts/";
    /** Statuspage's timestamps carry milliseconds, unlike Twilio's ISO dates. */
    private static final DateTimeFormatter STATUSPAGE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.US).withZone(ZoneOffset.UTC);

    private Renderer() {
    }

    static JsonMap account(AccountRecord a) {
        String base = V2010 + a.sid;
        Map<String, String> subresources = new LinkedHashMap<>();
        subresources.put("keys", base + "/Keys.json");
        subresources.put("signing_keys", base + "/SigningKeys.json");
        subresources.put("incoming_phone_numbers", base + "/IncomingPhoneNumbers.json");
        subresources.put("applications", base + "/Applications.json");
        subresources.put("short_codes", base + "/SMS/ShortCodes.json");
        return new JsonMap().with("auth_token", a.authToken)
                .with("date_created", TwilioDates.rfc2822(a.dateCreated))
                .with("date_updated", TwilioDates.rfc2822(a.dateUpdated()))
                .with("friendly_name", a.friendlyName()).with("owner_account_sid", a.ownerSid).with("sid", a.sid)
                .with("status", a.status()).with("subresource_uris", subresources).with("type", a.type)
                .with("uri", base + ".json");
    }

    static JsonMap key(KeyRecord k) {
        return new JsonMap().with("sid", k.sid).with("friendly_name", k.friendlyName())
                .with("date_created", TwilioDates.rfc2822(k.dateCreated))
                .with("date_updated", TwilioDates.rfc2822(k.dateUpdated()));
    }

    /** The one answer that carries the secret: the create. */
    static JsonMap newKey(KeyRecord k) {
        return key(k).with("secret", k.secret());
    }

    static JsonMap iamListedKey(KeyRecord k) {
        return key(k).with("flags", k.flags());
    }

    static JsonMap iamKey(KeyRecord k) {
        return key(k).with("policy", k.policyJson() == null ? null : JsonParser.parseString(k.policyJson()));
    }

    static JsonMap iamNewKey(KeyRecord k) {
        return newKey(k).with("policy", k.policyJson() == null ? null : JsonParser.parseString(k.policyJson()));
    }

    /** A v2010 resource: its fields, RFC 2822 dates and a relative {@code uri}. */
    static JsonMap v2010Resource(Resource r, String collectionPath) {
        JsonMap out = new JsonMap().with("sid", r.sid()).with("date_created", TwilioDates.rfc2822(r.dateCreated()))
                .with("date_updated", TwilioDates.rfc2822(r.dateCreated()));
        out.putAll(r.fields());
        String uri = V2010 + r.accountSid() + collectionPath + "/" + r.sid() + ".json";
        out.put("uri", uri);
        if (collectionPath.equals("/SIP/Domains")) {
            String base = uri.substring(0, uri.length() - ".json".length());
            out.put("subresource_uris", JsonMap.of("credential_list_mappings", base + "/CredentialListMappings.json",
                    "ip_access_control_list_mappings", base + "/IpAccessControlListMappings.json"));
        }
        return out;
    }

    static JsonMap sink(Resource r, String baseUrl) {
        String url = baseUrl + "/v1/Sinks/" + r.sid();
        JsonMap out = new JsonMap().with("date_created", TwilioDates.iso(r.dateCreated()))
                .with("date_updated", TwilioDates.iso(r.dateCreated()));
        out.putAll(r.fields());
        return out.with("sid", r.sid()).with("url", url)
                .with("links", JsonMap.of("sink_test", url + "/Test", "sink_validate", url + "/Validate"));
    }

    static JsonMap alert(AlertRecord a, String baseUrl) {
        return new JsonMap().with("account_sid", a.accountSid()).with("alert_text", a.alertText())
                .with("api_version", "2010-04-01").with("date_created", TwilioDates.iso(a.dateCreated()))
                .with("date_generated", TwilioDates.iso(a.dateGenerated()))
                .with("date_updated", TwilioDates.iso(a.dateUpdated())).with("error_code", a.errorCode())
                .with("log_level", a.logLevel()).with("more_info", "https://www.twilio.com/docs/errors/" + a.errorCode())
                .with("request_method", a.requestMethod()).with("request_url", a.requestUrl())
                .with("resource_sid", a.resourceSid()).with("sid", a.sid())
                .with("url", baseUrl + "/v1/Alerts/" + a.sid()).with("service_sid", null);
    }

    /** Fetch adds the request/response details that the list leaves out. */
    static JsonMap alertInstance(AlertRecord a, String baseUrl) {
        return alert(a, baseUrl).with("request_variables", a.requestVariables()).with("response_body", a.responseBody())
                .with("response_headers", a.responseHeaders()).with("request_headers", a.requestHeaders());
    }

    static JsonMap event(EventRecord e, String baseUrl) {
        String actorLink = e.actorSid().startsWith("AC") ? baseUrl + V2010 + e.actorSid() + ".json" : null;
        Map<String, String> links = new LinkedHashMap<>();
        if (actorLink != null) {
            links.put("actor", actorLink);
        }
        if (e.resourcePath() != null) {
            links.put("resource", baseUrl + e.resourcePath());
        }
        return new JsonMap().with("account_sid", e.accountSid()).with("actor_sid", e.actorSid())
                .with("actor_type", e.actorType()).with("description", e.description())
                .with("event_data", e.eventData()).with("event_date", TwilioDates.iso(e.eventDate()))
                .with("event_type", e.eventType()).with("resource_sid", e.resourceSid())
                .with("resource_type", e.resourceType()).with("sid", e.sid()).with("source", e.source())
                .with("source_ip_address", "twilio".equals(e.source()) ? null : e.sourceIpAddress())
                .with("url", baseUrl + "/v1/Events/" + e.sid()).with("links", links);
    }

    /**
     * Statuspage's {@code /api/v2/status.json}. The page id is not Twilio's ({@code gpkpyklzq55q}) and the url is
     * the sandbox's, so a reader can tell it from the real page.
     */
    static JsonMap statusPage(StatusPage.State s, String baseUrl) {
        JsonMap page = new JsonMap().with("id", "sandbox0page").with("name", "Twilio").with("url", baseUrl)
                .with("time_zone", "Etc/UTC").with("updated_at", STATUSPAGE_TIME.format(s.updatedAt()));
        JsonMap status = new JsonMap().with("indicator", s.indicator().wireName())
                .with("description", s.indicator().description);
        return new JsonMap().with("page", page).with("status", status);
    }
}
