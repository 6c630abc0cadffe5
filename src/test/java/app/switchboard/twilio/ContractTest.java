package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every request the resource classes build (path, method, query, form body) is valid for Twilio's
 * published OpenAPI specs (src/test/resources/openapi, MIT). Requests are captured by MockWebServer and
 * validated by path, because the specs' servers are Twilio's hosts.
 */
class ContractTest {
    private static OpenApiInteractionValidator api;
    private static OpenApiInteractionValidator iam;
    private static OpenApiInteractionValidator monitor;
    private static OpenApiInteractionValidator events;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final TestClients t = new TestClients();
    private static final String SID = "SK" + "a".repeat(32);

    @BeforeAll
    static void loadSpecs() {
        api = validator("twilio_api_v2010.json");
        iam = validator("twilio_iam_v1.json");
        monitor = validator("twilio_monitor_v1.json");
        events = validator("twilio_events_v1.json");
    }

    private static OpenApiInteractionValidator validator(String spec) {
        String url = Objects.requireNonNull(ContractTest.class.getResource("/openapi/" + spec)).toString();
        return OpenApiInteractionValidator.createForSpecificationUrl(url).build();
    }

    private void respond(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    private void check(OpenApiInteractionValidator v) throws InterruptedException {
        RecordedRequest r = server.takeRequest();
        HttpUrl url = r.getUrl();
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod(), url.encodedPath());
        for (String name : url.queryParameterNames()) {
            b.withQueryParam(name, url.queryParameterValues(name));
        }
        b.withAuthorization(r.getHeaders().get("Authorization"));
        if (r.getBodySize() > 0) {
            b.withContentType("application/x-www-form-urlencoded");
            b.withBody(r.getBody().string(StandardCharsets.UTF_8));
        }
        ValidationReport report = v.validateRequest(b.build());
        assertFalse(report.hasErrors(), r.getMethod() + " " + url + "\n" + report.getMessages());
    }

    @Test
    void theValidatorCatchesABadRequest() {
        ValidationReport report = api.validateRequest(SimpleRequest.Builder
                .get("/2010-04-01/Accounts/" + TestClients.ACCOUNT + "/Keys.json").withQueryParam("PageSize", "5000")
                .withAuthorization("Basic eDp5").build());
        org.junit.jupiter.api.Assertions.assertTrue(report.hasErrors(), "PageSize above 1000 must be reported");
    }

    @Test
    void v2010Requests() throws Exception {
        AccountClient a = t.account(server);
        respond(200, "{\"accounts\":[]}");
        a.accounts().list("active", "Main").toList();
        check(api);
        respond(200, "{}");
        a.accounts().fetch(TestClients.ACCOUNT);
        check(api);
        respond(200, "{\"keys\":[]}");
        a.keys().list().toList();
        check(api);
        respond(201, "{}");
        a.keys().create("rotation 2026-11");
        check(api);
        respond(200, "{}");
        a.keys().fetch(SID);
        check(api);
        respond(200, "{}");
        a.keys().update(SID, "renamed");
        check(api);
        respond(204, "");
        a.keys().delete(SID);
        check(api);
        respond(200, "{\"signing_keys\":[]}");
        a.signingKeys().list().toList();
        check(api);
        respond(204, "");
        a.signingKeys().delete(SID);
        check(api);
        respond(200, "{}");
        a.incomingPhoneNumbers().list().toList();
        check(api);
        respond(200, "{}");
        a.applications().list().toList();
        check(api);
        respond(200, "{}");
        a.applications().fetch("AP" + "b".repeat(32));
        check(api);
        respond(200, "{}");
        a.sipDomains().list().toList();
        check(api);
        respond(200, "{}");
        a.shortCodes().list().toList();
        check(api);
        respond(200, "{}");
        a.forSubaccount("AC" + "c".repeat(32)).keys().list().toList();
        check(api);
    }

    @Test
    void iamRequests() throws Exception {
        AccountClient a = t.account(server);
        respond(200, "{\"keys\":[],\"meta\":{}}");
        a.iamKeys().list().toList();
        check(iam);
        respond(201, "{}");
        a.iamKeys().createStandard("std");
        check(iam);
        respond(201, "{}");
        a.iamKeys().createRestricted("ro", "{\"allow\":[\"/twilio/messaging/messages/read\"]}");
        check(iam);
        respond(200, "{}");
        a.iamKeys().fetch(SID);
        check(iam);
        respond(200, "{}");
        a.iamKeys().update(SID, "renamed", "{\"allow\":[]}");
        check(iam);
        respond(204, "");
        a.iamKeys().delete(SID);
        check(iam);
    }

    @Test
    void monitorAndEventsRequests() throws Exception {
        AccountClient a = t.account(server);
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        respond(200, "{\"alerts\":[],\"meta\":{}}");
        a.alerts().list(new AlertsApi.Filter("error", start, start.plusSeconds(86400))).toList();
        check(monitor);
        respond(200, "{}");
        a.alerts().fetch("NO" + "d".repeat(32));
        check(monitor);
        respond(200, "{\"events\":[],\"meta\":{}}");
        a.monitorEvents().list(new MonitorEventsApi.Filter("US" + "e".repeat(32), "account.updated", "AC" + "f".repeat(32),
                "10.0.0.1", start, null)).toList();
        check(monitor);
        respond(200, "{\"sinks\":[],\"meta\":{}}");
        a.sinks().list().toList();
        check(events);
    }
}
