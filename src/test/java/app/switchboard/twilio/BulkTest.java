package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class BulkTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final TestClients t = new TestClients();

    @Test
    void runsEveryItemThroughTheAccountLimiterAndKeepsInputOrder() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                boolean missing = path.contains("SK" + "0".repeat(31) + "7");
                return new MockResponse.Builder().code(missing ? 404 : 204).addHeader("Twilio-Concurrent-Requests", "1").build();
            }
        });
        List<String> sids = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> sids.add("SK" + String.format("%032x", i)));
        AccountClient a = t.account(server);

        List<BulkResult<String, Boolean>> results = a.bulk(sids, sid -> {
            a.keys().delete(sid);
            return true;
        });

        assertEquals(40, results.size());
        assertEquals(sids, results.stream().map(BulkResult::item).toList());
        assertFalse(results.get(7).ok());
        assertEquals(404, results.get(7).failure().status());
        assertTrue(results.stream().filter(BulkResult::ok).count() == 39);
        assertTrue(a.limiter().limit() > TwilioHttp.LimiterSettings.defaults().initial(), "successes raised the limit");
        assertEquals(0, a.limiter().inFlight());
    }
}
