package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Iterator;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class PagingTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final TestClients t = new TestClients();

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).body(body).build();
    }

    private static String key(int n) {
        return "{\"sid\":\"SK" + String.format("%032x", n) + "\",\"friendly_name\":\"k" + n + "\"}";
    }

    @Test
    void v2010FollowsRelativeNextPageUriAgainstTheOverrideLazily() throws Exception {
        server.enqueue(ok("{\"keys\":[" + key(1) + "," + key(2) + "],\"next_page_uri\":\"/2010-04-01/Accounts/"
                + TestClients.ACCOUNT + "/Keys.json?PageSize=2&Page=1&PageToken=PASK2\"}"));
        server.enqueue(ok("{\"keys\":[" + key(3) + "],\"next_page_uri\":null}"));

        Paged<ApiKey> keys = t.account(server).withPageSize(2).keys().list();
        assertEquals(0, server.getRequestCount(), "nothing is fetched before iteration");
        Iterator<ApiKey> it = keys.iterator();
        assertEquals("k1", it.next().friendlyName());
        assertEquals("k2", it.next().friendlyName());
        assertEquals(1, server.getRequestCount(), "the second page waits until it is needed");
        assertEquals("k3", it.next().friendlyName());
        assertFalse(it.hasNext());
        assertEquals(2, server.getRequestCount());
        RecordedRequest first = server.takeRequest();
        assertEquals("2", first.getUrl().queryParameter("PageSize"));
        RecordedRequest second = server.takeRequest();
        assertEquals("PASK2", second.getUrl().queryParameter("PageToken"));
        assertEquals("/2010-04-01/Accounts/" + TestClients.ACCOUNT + "/Keys.json", second.getUrl().encodedPath());
    }

    @Test
    void v1FollowsAbsoluteNextPageUrlRewrittenToTheOverrideHost() throws Exception {
        server.enqueue(ok("{\"alerts\":[{\"sid\":\"NO1\",\"date_created\":\"2016-10-27T02:34:21Z\"}],\"meta\":{\"key\":\"alerts\","
                + "\"next_page_url\":\"https://monitor.twilio.com/v1/Alerts?PageSize=1&Page=1&PageToken=PANO1\"}}"));
        server.enqueue(ok("{\"alerts\":[{\"sid\":\"NO2\"}],\"meta\":{\"key\":\"alerts\",\"next_page_url\":null}}"));

        List<Alert> alerts = t.account(server).alerts().list(new AlertsApi.Filter("error", null, null)).toList();

        assertEquals(List.of("NO1", "NO2"), alerts.stream().map(Alert::sid).toList());
        assertEquals("2016-10-27T02:34:21Z", alerts.get(0).dateCreated().toString());
        RecordedRequest first = server.takeRequest();
        assertEquals("error", first.getUrl().queryParameter("LogLevel"));
        RecordedRequest second = server.takeRequest();
        assertEquals("/v1/Alerts", second.getUrl().encodedPath());
        assertEquals("PANO1", second.getUrl().queryParameter("PageToken"));
    }

    @Test
    void aPageLinkingToItselfEndsTheIteration() {
        String self = "{\"keys\":[" + key(1) + "],\"next_page_uri\":\"/2010-04-01/Accounts/" + TestClients.ACCOUNT
                + "/Keys.json?PageSize=100\"}";
        server.enqueue(ok(self));
        assertEquals(1, t.account(server).keys().list().toList().size());
    }

    @Test
    void pageSizeIsBetweenOneAndAThousand() {
        AccountClient a = t.account(server);
        assertEquals(1000, a.withPageSize(1000).pageSize());
        assertThrows(IllegalArgumentException.class, () -> a.withPageSize(1001));
        assertThrows(IllegalArgumentException.class, () -> a.withPageSize(0));
    }
}
