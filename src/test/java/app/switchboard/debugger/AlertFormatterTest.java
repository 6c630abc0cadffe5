package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertFormatterTest {

    private final AlertFormatter formatter = new AlertFormatter(ErrorCatalog.bundled());

    @Test
    void jsonLineIsOneObjectWithTwilioNamesAndDecodedText() {
        String line = formatter.toJsonLine(Fixtures.listedAlerts().get(0));
        assertFalse(line.contains("\n"));
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        assertEquals("NO00ed1fb4aa449be2434d54ec8e492349", o.get("sid").getAsString());
        assertEquals("HTTP retrieval failure", o.get("title").getAsString());
        assertEquals("HTTP 405 from https://kev.inburke.com/zombo/zombocom.mp3", o.get("message").getAsString());
        assertEquals("2016-10-27T02:34:21Z", o.get("date_generated").getAsString());
    }

    @Test
    void tableHasAHeaderAndOneLinePerAlert() {
        String table = formatter.table(Fixtures.listedAlerts());
        String[] lines = table.split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("TIME (UTC)"));
        assertTrue(lines[1].contains("11200") && lines[1].contains("2016-10-27 02:34:21"));
        assertTrue(lines[2].contains("Invalid 'To' attribute"));
    }

    @Test
    void detailShowsDecodedTablesAndMasksCredentials() {
        AlertDetail d = Fixtures.fetchedAlert();
        String text = formatter.detailText(d);
        assertTrue(text.contains("  CallStatus: in-progress"));
        assertTrue(text.contains("Request headers\n  (none)"));
        assertTrue(text.contains("Response body (html)"));
        Alert a = Fixtures.alert("NO9", "AC1", "11200", Instant.EPOCH, Instant.EPOCH);
        Alert withCreds = new Alert(a.sid(), a.accountSid(), a.errorCode(), a.logLevel(), a.alertText(), a.dateCreated(),
                a.dateGenerated(), a.dateUpdated(), a.resourceSid(), null, "POST", "https://u:pw@hooks.example.com/x",
                a.moreInfo(), a.apiVersion());
        assertFalse(formatter.toJsonLine(withCreds).contains("pw@"));
        assertFalse(formatter.detailText(new AlertDetail(withCreds, null, null, null, null)).contains("pw@"));
        JsonObject json = JsonParser.parseString(formatter.detailJson(d)).getAsJsonObject();
        assertEquals("Called", json.getAsJsonArray("request_variables").get(0).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void tailLineIsOneReadableLine() {
        assertEquals("2016-10-27 02:34:21  ERROR  11200  HTTP retrieval failure  ·  HTTP 405 from "
                + "https://kev.inburke.com/zombo/zombocom.mp3  CA6d27370cbbfb605521fe8800bb73f2d2  AC58f1e8f2b1c6b88ca90a012a4be0c279",
                formatter.line(Fixtures.listedAlerts().get(0)));
    }

    @Test
    void eventsAsTableAndJsonLines() {
        AuditEvent e = new AuditEvent("AE1", "AC1", Instant.parse("2026-11-27T09:00:00Z"), "api-key.deleted",
                "US1", "user", "web", "203.0.113.9", "SK1", "api-key", "API key deleted");
        assertTrue(EventFormatter.table(List.of(e)).contains("user US1"));
        JsonObject o = JsonParser.parseString(EventFormatter.toJsonLine(e)).getAsJsonObject();
        assertEquals("203.0.113.9", o.get("source_ip_address").getAsString());
    }
}
