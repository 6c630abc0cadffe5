package app.switchboard.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void secretFieldsAreMaskedWhateverTheirCase() {
        assertEquals("AUTHTOKEN=[REDACTED]&x=1", Redactor.text("AUTHTOKEN=abc&x=1"));
        assertEquals("a=1&Client_Secret=[REDACTED]", Redactor.text("a=1&Client_Secret=abc"));
        assertEquals("{\"PassWord\": \"[REDACTED]\"}", Redactor.text("{\"PassWord\": \"abc\"}"));
        assertEquals("https://***@api.twilio.com/x", Redactor.text("https://AC1:tok@api.twilio.com/x"));
        assertEquals("[REDACTED]", Redactor.header("AUTHORIZATION", "Basic abc"));
        assertEquals("[REDACTED]", Redactor.header("Set-Cookie", "s=1"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        for (String s : new String[] {"application/json", "switchboard/0.1.0 (Linux amd64) java/17.0.15", "tok", "secre",
                "passwor", "PageSize=50&Status=active", "", "RQ0123456789abcdef0123456789abcdef"}) {
            assertEquals(s, Redactor.text(s));
            assertEquals(s, Redactor.header("Accept", s));
        }
    }
}
