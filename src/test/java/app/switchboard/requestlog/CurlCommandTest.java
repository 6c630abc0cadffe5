package app.switchboard.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurlCommandTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dir;

    private RequestDetail stored(app.switchboard.twilio.RequestRecord r) throws Exception {
        try (RequestLogStore store = RequestLogStore.open(dir.resolve("requestlog.db"), RequestLogSettings.defaults(),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            store.onRecord(r);
            assertTrue(store.awaitWritten(Duration.ofSeconds(10)));
            try (RequestLogQueries q = store.queries()) {
                return q.detail(r.id()).orElseThrow();
            }
        }
    }

    @Test
    void postWithAnApiKeyUsesKeyVariablesAndUrlencodedFields() throws Exception {
        String curl = CurlCommand.of(stored(Records.post(5, NOW, Records.KEY, "FriendlyName=it%27s+mine&Secret=s3cr3tvalue")));
        assertEquals("curl -X POST 'https://api.twilio.com/2010-04-01/Accounts/" + Records.ACCOUNT + "/Keys.json'"
                + " -u \"$TWILIO_API_KEY:$TWILIO_API_SECRET\" \\\n  --data-urlencode 'FriendlyName=it'\\''s mine'"
                + " \\\n  --data-urlencode 'Secret=[REDACTED]'", curl);
        assertFalse(curl.contains("s3cr3tvalue"));
    }

    @Test
    void anAccountSidCredentialUsesTheAuthTokenVariable() throws Exception {
        String curl = CurlCommand.of(stored(Records.post(6, NOW, Records.ACCOUNT, "A=1")));
        assertTrue(curl.contains("-u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\""), curl);
    }

    @Test
    void aGetKeepsItsQueryAndNeedsNoMethod() throws Exception {
        var r = new app.switchboard.twilio.RequestRecord(7, 0, 1, NOW, Records.ACCOUNT, Records.KEY, "GET",
                "https://monitor.twilio.com/v1/Alerts?PageSize=20", 200, null, null, null, null, 1, 0, 0, null,
                List.of(), List.of(), null, null);
        assertEquals("curl 'https://monitor.twilio.com/v1/Alerts?PageSize=20' -u \"$TWILIO_API_KEY:$TWILIO_API_SECRET\"",
                CurlCommand.of(stored(r)));
    }
}
