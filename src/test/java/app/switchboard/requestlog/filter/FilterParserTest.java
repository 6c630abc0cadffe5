package app.switchboard.requestlog.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    private final FilterCompiler compiler = new FilterCompiler(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void readsTheFullExampleOfTheIssue() throws Exception {
        FilterNode n = FilterParser.parse(
                "status>=400 method=POST path*=Keys account=AC123 code=20429 duration>0.5 concurrency>=10 rid=RQ1");
        SqlFilter sql = compiler.compile(n);
        assertEquals(List.of(400L, "POST", "%Keys%", "AC123", 20429L, 500.0, 10L, "RQ1"), sql.params());
        assertFalse(sql.where().contains("Keys"), "values never enter the SQL text");
    }

    @Test
    void orBindsLooserThanAndAndNotBindsTightest() throws Exception {
        FilterNode n = FilterParser.parse("status=429 or not method=GET and retry=true");
        FilterNode.Or or = assertInstanceOf(FilterNode.Or.class, n);
        FilterNode.And and = assertInstanceOf(FilterNode.And.class, or.right());
        assertInstanceOf(FilterNode.Not.class, and.left());
    }

    @Test
    void parenthesesQuotesAndFreeText() throws Exception {
        FilterNode n = FilterParser.parse("(path^=\"/2010-04-01/Accounts\" OR host='iam.twilio.com') IncomingPhoneNumbers");
        FilterNode.And and = assertInstanceOf(FilterNode.And.class, n);
        assertInstanceOf(FilterNode.Or.class, and.left());
        assertEquals(new FilterNode.Text("IncomingPhoneNumbers"), and.right());
    }

    @Test
    void timesAreAbsoluteOrRelative() throws Exception {
        assertEquals(List.of(Instant.parse("2026-11-28T09:45:00Z").toEpochMilli()), compiler.compile("time>-15m").params());
        assertEquals(List.of(Instant.parse("2026-11-28T10:00:00Z").toEpochMilli()),
                compiler.compile("time>2026-11-28T10:00").params());
        assertEquals(List.of(Instant.parse("2026-11-27T00:00:00Z").toEpochMilli()), compiler.compile("time<2026-11-27").params());
    }

    @Test
    void emptyFilterMatchesEverything() throws Exception {
        assertEquals("1", compiler.compile("   ").where());
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertError("foo=1", "Unknown field 'foo'", 0);
        assertError("status>=400 and (code=20429", "Unbalanced '('", 16);
        assertError("status=400)", "Unbalanced ')'", 10);
        assertError("status=abc", "whole number", 7);
        assertError("method>POST", "does not apply to method", 6);
        assertError("status=", "Missing value", 7);
        assertError("path*=\"unterminated", "Unclosed quote", 6);
        assertError("status=200 and", "ends too early", 14);
        assertError("time>yesterday", "time needs", 5);
        assertError("retry=maybe", "true or false", 6);
        assertError("duration>NaN", "needs a number", 9);
        assertError("=5", "needs a field name", 0);
        assertError("status!5", "Unknown operator", 6);
    }

    private void assertError(String text, String fragment, int position) {
        FilterException e = assertThrows(FilterException.class, () -> compiler.compile(text), text);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertEquals(position, e.position(), text + ": " + e.describe());
    }

    @Test
    void randomInputNeverCrashes() {
        Random random = new Random(7);
        String alphabet = "status=<>!*^()\"' andornot\\%_;-RQAC0123456789.path*:/\u00e9\u0000";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int j = 0; j < len; j++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                SqlFilter f = compiler.compile(sb.toString());
                assertEquals(count(f.where(), '?'), f.params().size(), sb.toString());
            } catch (FilterException expected) {
                assertTrue(expected.position() >= 0 && expected.position() <= sb.length() + 1, sb.toString());
            }
            FilterCompletion.suggest(sb.toString(), random.nextInt(sb.length() + 1), Map.of());
        }
    }

    @Test
    void tooLongOrTooDeepIsAnErrorNotAStackOverflow() {
        assertThrows(FilterException.class, () -> compiler.compile("(".repeat(3000) + "status=1" + ")".repeat(3000)));
        assertThrows(FilterException.class, () -> compiler.compile("x".repeat(FilterParser.MAX_LENGTH + 1)));
        assertThrows(FilterException.class, () -> compiler.compile("not ".repeat(900) + "status=1"));
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
