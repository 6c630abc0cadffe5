package app.switchboard.debugger;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The real Monitor bodies in src/test/resources/fixtures, and alerts built to look like them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static JsonObject json(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AlertDetail fetchedAlert() {
        return MonitorJson.alertDetail(json("monitor_v1_alert_fetch.json"));
    }

    public static List<Alert> listedAlerts() {
        List<Alert> out = new ArrayList<>();
        json("monitor_v1_alerts_list.json").getAsJsonArray("alerts")
                .forEach(e -> out.add(MonitorJson.alert(e.getAsJsonObject())));
        return out;
    }

    /** An alert shaped like the fixture, with the given identity and dates. */
    public static Alert alert(String sid, String account, String code, Instant generated, Instant created) {
        return new Alert(sid, account, code, "error",
                "Msg&sourceComponent=12000&ErrorCode=" + code + "&httpResponse=502&url=https%3A%2F%2Fhooks.example.com%2Fvoice&LogLevel=ERROR",
                created, generated, created, "CA" + sid.substring(2), null, "POST", "https://hooks.example.com/voice",
                ErrorCatalog.docsUrl(code), "2010-04-01");
    }
}
