package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertDecodingTest {

    @Test
    void decodesTheFetchedFixture() {
        AlertDetail d = Fixtures.fetchedAlert();
        Alert a = d.alert();
        assertEquals("NO00ed1fb4aa449be2434d54ec8e492349", a.sid());
        assertEquals("11200", a.errorCode());
        assertEquals(Instant.parse("2016-10-27T02:34:21Z"), a.dateGenerated());
        assertNull(d.requestHeaders(), "request_headers is null in the real body");
        assertNull(a.serviceSid());

        AlertText text = AlertText.parse(a.alertText());
        assertEquals("", text.message(), "Msg comes without a value");
        assertEquals("405", text.httpResponse());
        assertEquals("https://kev.inburke.com/zombo/zombocom.mp3", text.url());
        assertEquals("ERROR", text.logLevel());
        assertEquals("12000", text.sourceComponent());
        assertEquals("HTTP 405 from https://kev.inburke.com/zombo/zombocom.mp3", text.summary());

        List<FormEncoded.Field> vars = FormEncoded.parse(d.requestVariables());
        assertEquals(new FormEncoded.Field("Called", "+19252717005"), vars.get(0), "order kept, + decoded");
        assertEquals("in-progress", FormEncoded.first(vars, "CallStatus"));
        assertEquals(25, vars.size());

        List<FormEncoded.Field> headers = FormEncoded.parse(d.responseHeaders());
        assertEquals("Transfer-Encoding", headers.get(0).name());
        assertEquals("text/html", AlertFormatter.contentType(d));
        assertTrue(FormEncoded.first(headers, "Set-Cookie").startsWith("__cfduid=d46f"));
        assertEquals("Thu, 27 Oct 2016 02:34:21 GMT", FormEncoded.first(headers, "Date"));
        assertTrue(FormEncoded.parse(d.requestHeaders()).isEmpty());

        ResponseBody body = ResponseBody.of(d.responseBody(), AlertFormatter.contentType(d));
        assertEquals(ResponseBody.Kind.HTML, body.kind());
        assertTrue(body.text().contains("<h1>405 Not Allowed</h1>"), "HTML is shown as the text it is");
    }

    @Test
    void decodesTheListFixtureWithProseMessage() {
        List<Alert> alerts = Fixtures.listedAlerts();
        assertEquals(2, alerts.size());
        AlertText t = AlertText.parse(alerts.get(1).alertText());
        assertEquals("14101", t.errorCode());
        assertTrue(t.summary().startsWith("The destination number for a TwiML message can not be the same"));
        assertEquals("2008-08-01", alerts.get(1).apiVersion());
    }

    @Test
    void missingFieldsGiveNullsNotExceptions() {
        JsonObject o = new JsonObject();
        o.addProperty("sid", "NO1");
        o.addProperty("date_created", "not a date");
        Alert a = MonitorJson.alert(o);
        assertNull(a.errorCode());
        assertNull(a.dateCreated());
        assertNull(a.occurredAt());
        assertEquals("", AlertText.parse(a.alertText()).summary());
        AlertDetail d = MonitorJson.alertDetail(o);
        assertEquals(ResponseBody.Kind.EMPTY, ResponseBody.of(d.responseBody(), null).kind());
    }

    @Test
    void malformedAlertTextNeverThrows() {
        for (String bad : new String[] {"%", "Msg=%E0%A4%A", "==&&=", "&", "Msg=100%+sure&url=%zz", "a=b=c", "\u0000=\uffff"}) {
            AlertText t = AlertText.parse(bad);
            t.summary();
        }
        assertEquals("100%+sure", AlertText.parse("Msg=100%+sure").message(), "a bad escape is kept as written");
        assertEquals("b=c", FormEncoded.first(FormEncoded.parse("a=b=c"), "a"));
    }

    @Test
    void proseAlertTextIsTheMessage() {
        AlertText t = AlertText.parse("Unable to reach the webhook & giving up");
        assertEquals("Unable to reach the webhook & giving up", t.summary());
        assertTrue(t.fields().isEmpty());
    }

    @Test
    void credentialsInUrlsAreMasked() {
        AlertText t = AlertText.parse("Msg=Timeout&url=https%3A%2F%2Fbob%3As3cret%40hooks.example.com%2Fsms");
        assertEquals("https://***@hooks.example.com/sms", t.url());
        assertFalse(t.summary().contains("s3cret"));
        assertEquals("see http://***@x.io/a and https://y.io", UrlMasking.mask("see http://u:p@x.io/a and https://y.io"));
    }
}
