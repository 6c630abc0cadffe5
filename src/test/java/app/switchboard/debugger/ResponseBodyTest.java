package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseBodyTest {

    @Test
    void prettyPrintsJson() {
        ResponseBody b = ResponseBody.of("{\"error\":\"bad\",\"items\":[1,2]}", "application/json");
        assertEquals(ResponseBody.Kind.JSON, b.kind());
        assertEquals("{\n  \"error\": \"bad\",\n  \"items\": [\n    1,\n    2\n  ]\n}", b.text());
    }

    @Test
    void prettyPrintsTwiml() {
        ResponseBody b = ResponseBody.of("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Hi</Say><Hangup/></Response>", null);
        assertEquals(ResponseBody.Kind.XML, b.kind());
        assertTrue(b.text().contains("<Response>\n  <Say>Hi</Say>\n  <Hangup/>\n</Response>"), b.text());
    }

    @Test
    void brokenJsonAndXmlStayText() {
        assertEquals(ResponseBody.Kind.TEXT, ResponseBody.of("{\"a\":", null).kind());
        assertEquals(ResponseBody.Kind.TEXT, ResponseBody.of("<Response><Say>", null).kind());
        assertEquals(ResponseBody.Kind.TEXT, ResponseBody.of("Internal Server Error", "text/plain").kind());
    }

    @Test
    void refusesDoctypesInsteadOfResolvingEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        ResponseBody b = ResponseBody.of(xxe, "text/xml");
        assertEquals(ResponseBody.Kind.TEXT, b.kind());
        assertEquals(xxe, b.text());
    }

    @Test
    void htmlIsShownAsTextEvenWhenWellFormed() {
        assertEquals(ResponseBody.Kind.HTML, ResponseBody.of("<!DOCTYPE html><html><body>x</body></html>", null).kind());
    }

    @Test
    void aFiveMegabyteBodyIsTruncatedForDisplay() {
        String big = "{\"data\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        ResponseBody b = ResponseBody.of(big, "application/json");
        assertEquals(ResponseBody.Kind.TEXT, b.kind(), "too big to re-indent");
        TextPreview p = TextPreview.of(b.text(), TextPreview.DEFAULT_LIMIT);
        assertTrue(p.truncated());
        assertEquals(TextPreview.DEFAULT_LIMIT, p.shown().length());
        assertEquals(big.length(), p.totalChars());
        assertTrue(p.note().startsWith("Showing 65,536 of 5,242,"));
        assertFalse(TextPreview.of("short", 10).truncated());
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        String s = "ab\uD83D\uDE00cd";
        assertEquals("ab", TextPreview.of(s, 3).shown());
    }
}
