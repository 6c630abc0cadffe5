package app.switchboard.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** Paging, auth, bad input, key state, headers and events of the sandbox, over plain HTTP. */
class SandboxBehaviourTest {
    private static Sandbox sandbox;
    private static SandboxHttp http;
    private static String ac;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        http = SandboxHttp.mainKey(sandbox);
        ac = sandbox.demoAccount().accountSid();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static void assertError(HttpResponse<String> response, int status, int code) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = SandboxHttp.json(response);
        assertEquals(code, body.get("code").getAsInt());
        assertEquals(status, body.get("status").getAsInt());
        assertEquals("https://www.twilio.com/docs/errors/" + code, body.get("more_info").getAsString());
        assertFalse(body.get("message").getAsString().isBlank());
    }

    @Test
    void v2010PagingFollowsRelativeNextPageUriToTheEnd() throws Exception {
        Set<String> seen = new HashSet<>();
        String next = "/2010-04-01/Accounts/" + ac + "/Keys.json?PageSize=7";
        int pages = 0;
        while (next != null) {
            JsonObject page = SandboxHttp.json(http.get(next));
            assertEquals(7, page.get("page_size").getAsInt());
            page.getAsJsonArray("keys").forEach(k -> assertTrue(seen.add(k.getAsJsonObject().get("sid").getAsString())));
            next = page.get("next_page_uri").isJsonNull() ? null : page.get("next_page_uri").getAsString();
            if (next != null) {
                assertTrue(next.startsWith("/2010-04-01/") && next.contains("PageSize=7") && next.contains("Page="));
            }
            pages++;
        }
        JsonObject all = SandboxHttp.json(http.get("/2010-04-01/Accounts/" + ac + "/Keys.json?PageSize=1000"));
        assertEquals(all.getAsJsonArray("keys").size(), seen.size());
        assertTrue(pages > 2);
    }

    @Test
    void v1PagingUsesAbsoluteUrlsOnTheSandboxHost() throws Exception {
        JsonObject page = SandboxHttp.json(http.get("/v1/Alerts?PageSize=50"));
        JsonObject meta = page.getAsJsonObject("meta");
        assertEquals("alerts", meta.get("key").getAsString());
        String next = meta.get("next_page_url").getAsString();
        assertTrue(next.startsWith(sandbox.baseUrl() + "/v1/Alerts?"), next);
        assertTrue(next.contains("PageToken="));
        JsonObject second = SandboxHttp.json(http.get(next));
        assertEquals(1, second.getAsJsonObject("meta").get("page").getAsInt());
        assertFalse(second.getAsJsonObject("meta").get("previous_page_url").isJsonNull());
        assertFalse(page.getAsJsonArray("alerts").get(0).getAsJsonObject().has("response_body"),
                "list items carry no detail fields");
    }

    @Test
    void badRequestsGetTwilioErrorBodies() throws Exception {
        assertError(http.get("/2010-04-01/Accounts/" + ac + "/Keys.json?PageSize=5000"), 400, 20007);
        assertError(http.get("/v1/Keys"), 400, 20001);
        assertError(http.get("/v1/Alerts?PageToken=forged"), 400, 21481);
        assertError(http.get("/v1/Alerts?StartDate=yesterday"), 400, 20001);
        assertError(http.get("/2010-04-01/Accounts/" + ac + "/Keys/SK00000000000000000000000000000000.json"), 404, 20404);
        assertError(http.get("/2010-04-01/Nope.json"), 404, 20404);
        assertError(http.send("PUT", "/2010-04-01/Accounts/" + ac + "/Keys.json", "FriendlyName=x"), 405, 20004);
        assertError(http.post("/2010-04-01/Accounts/" + ac + "/Keys.json", "FriendlyName=" + "x".repeat(65)), 400, 20002);
        assertError(http.post("/v1/Keys", "AccountSid=" + ac + "&KeyType=restricted&Policy=%7Bnot+json"), 400, 20001);
        String unknown = URLEncoder.encode("{\"allow\":[\"/twilio/teleport/people/create\"]}", StandardCharsets.UTF_8);
        assertError(http.post("/v1/Keys", "AccountSid=" + ac + "&KeyType=restricted&Policy=" + unknown), 400, 20001);
    }

    @Test
    void authFailuresAnd20003ForStandardKeysOnAccountsAndKeys() throws Exception {
        DemoAccount demo = sandbox.demoAccount();
        String keys = "/2010-04-01/Accounts/" + ac + "/Keys.json";
        assertError(new SandboxHttp(sandbox.baseUrl(), null, null).get(keys), 401, 20003);
        assertError(new SandboxHttp(sandbox.baseUrl(), demo.apiKeySid(), "wrong").get(keys), 401, 20003);
        SandboxHttp standard = new SandboxHttp(sandbox.baseUrl(), demo.standardKeySid(), demo.standardKeySecret());
        assertError(standard.get(keys), 401, 20003);
        assertError(standard.get("/2010-04-01/Accounts.json"), 401, 20003);
        assertError(standard.get("/v1/Keys?AccountSid=" + ac), 401, 20003);
        assertEquals(200, standard.get("/2010-04-01/Accounts/" + ac + "/IncomingPhoneNumbers.json").statusCode());
        SandboxHttp token = new SandboxHttp(sandbox.baseUrl(), ac, demo.authToken());
        assertEquals(200, token.get(keys).statusCode());
    }

    @Test
    void parentCredentialsReachSubaccountsButNotTheOtherWayRound() throws Exception {
        JsonObject accounts = SandboxHttp.json(http.get("/2010-04-01/Accounts.json?Status=active"));
        JsonObject sub = accounts.getAsJsonArray("accounts").asList().stream().map(e -> e.getAsJsonObject())
                .filter(a -> !a.get("sid").getAsString().equals(ac)).findFirst().orElseThrow();
        String subSid = sub.get("sid").getAsString();
        assertEquals(200, http.get("/2010-04-01/Accounts/" + subSid + "/Keys.json").statusCode());
        SandboxHttp subToken = new SandboxHttp(sandbox.baseUrl(), subSid, sub.get("auth_token").getAsString());
        assertEquals(200, subToken.get("/v1/Alerts").statusCode());
        assertError(subToken.get("/2010-04-01/Accounts/" + ac + "/Keys.json"), 401, 20003);
        JsonObject suspended = SandboxHttp.json(http.get("/2010-04-01/Accounts.json?Status=suspended"))
                .getAsJsonArray("accounts").get(0).getAsJsonObject();
        assertEquals("suspended", suspended.get("status").getAsString());
        assertError(new SandboxHttp(sandbox.baseUrl(), suspended.get("sid").getAsString(),
                suspended.get("auth_token").getAsString()).get("/v1/Alerts"), 401, 20005);
    }

    @Test
    void keyLifecycleShowsTheSecretOnceAndWritesEvents() throws Exception {
        String keys = "/2010-04-01/Accounts/" + ac + "/Keys";
        HttpResponse<String> created = http.post(keys + ".json", "FriendlyName=rotation+test");
        assertEquals(201, created.statusCode());
        JsonObject key = SandboxHttp.json(created);
        String sk = key.get("sid").getAsString();
        String secret = key.get("secret").getAsString();
        assertEquals(32, secret.length());
        assertEquals(200, new SandboxHttp(sandbox.baseUrl(), sk, secret)
                .get("/2010-04-01/Accounts/" + ac + "/IncomingPhoneNumbers.json").statusCode(), "new key works");
        assertFalse(SandboxHttp.json(http.get(keys + "/" + sk + ".json")).has("secret"));
        assertEquals("renamed", SandboxHttp.json(http.post(keys + "/" + sk + ".json", "FriendlyName=renamed"))
                .get("friendly_name").getAsString());
        assertEquals(204, http.delete(keys + "/" + sk + ".json").statusCode());
        assertError(http.get(keys + "/" + sk + ".json"), 404, 20404);
        assertError(http.get("/v1/Keys/" + sk), 404, 20404);
        assertError(new SandboxHttp(sandbox.baseUrl(), sk, secret).get(keys + ".json"), 401, 20003);

        JsonObject events = SandboxHttp.json(http.get("/v1/Events?ResourceSid=" + sk));
        Set<String> types = new HashSet<>();
        events.getAsJsonArray("events").forEach(e -> types.add(e.getAsJsonObject().get("event_type").getAsString()));
        assertEquals(Set.of("api-key.created", "api-key.updated", "api-key.deleted"), types);
    }

    @Test
    void iamListHasFlagsAndFetchHasPolicy() throws Exception {
        JsonObject list = SandboxHttp.json(http.get("/v1/Keys?AccountSid=" + ac + "&PageSize=1000"));
        JsonObject first = list.getAsJsonArray("keys").get(0).getAsJsonObject();
        assertTrue(first.has("flags") && !first.has("policy"));
        String restricted = list.getAsJsonArray("keys").asList().stream().map(e -> e.getAsJsonObject())
                .filter(k -> k.get("flags").getAsJsonArray().size() == 1).findFirst().orElseThrow()
                .get("sid").getAsString();
        JsonObject fetched = SandboxHttp.json(http.get("/v1/Keys/" + restricted));
        assertTrue(fetched.getAsJsonObject("policy").getAsJsonArray("allow").size() > 0);
        assertFalse(fetched.has("flags"));
    }

    @Test
    void everyAnswerCarriesTwilioHeaders() throws Exception {
        for (HttpResponse<String> r : new HttpResponse[] {http.get("/v1/Alerts"), http.get("/nope"),
            new SandboxHttp(sandbox.baseUrl(), null, null).get("/v1/Alerts")}) {
            assertTrue(r.headers().firstValue("Twilio-Request-Id").orElseThrow().matches("RQ[0-9a-f]{32}"));
            assertTrue(r.headers().firstValue("Twilio-Request-Duration").orElseThrow().matches("\\d+\\.\\d{3}"));
            assertNotNull(r.headers().firstValue("Twilio-Concurrent-Requests").orElseThrow());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        }
    }

    @Test
    void alertFetchHasFormEncodedDetails() throws Exception {
        String sid = sandbox.alertsGenerated().stream()
                .filter(a -> a.accountSid().equals(ac) && a.errorCode().equals("11200")).findFirst().orElseThrow().sid();
        JsonObject alert = SandboxHttp.json(http.get("/v1/Alerts/" + sid));
        assertTrue(alert.get("alert_text").getAsString().contains("ErrorCode=11200"));
        assertTrue(alert.get("request_variables").getAsString().contains("AccountSid=" + ac));
        assertTrue(alert.get("response_body").getAsString().contains("502"));
        assertTrue(alert.get("date_created").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }
}
