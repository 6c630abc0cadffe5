package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void secretsAreMaskedWhateverTheirCase() {
        assertEquals("{\"sid\":\"SK1\",\"Secret\":\"***\"}", Redaction.body("{\"sid\":\"SK1\",\"Secret\":\"s3cr3t\"}"));
        assertEquals("{\"AUTH_TOKEN\": \"***\"}", Redaction.body("{\"AUTH_TOKEN\": \"abc\"}"));
        assertEquals("FriendlyName=a&PassWord=***", Redaction.body("FriendlyName=a&PassWord=hunter2"));
    }

    @Test
    void aBodyNamingNoSecretIsKeptAsItIs() {
        String body = "{\"sid\":\"SK1\",\"friendly_name\":\"keys live elsewhere\",\"uri\":\"/Keys/SK1.json\"}";
        assertSame(body, Redaction.body(body), "nothing to mask: no copy, no pattern run");
        assertEquals(body.replace("elsewhere", "x\",\"api_secret\":\"***"),
                Redaction.body(body.replace("elsewhere", "x\",\"api_secret\":\"leak")));
    }

    @Test
    void aSecretCutAtTheSizeLimitDoesNotSurvive() {
        String body = "{\"pad\":\"" + "a".repeat(Redaction.MAX_RECORDED_BODY_BYTES - 20) + "\",\"secret\":\"" + "s".repeat(50)
                + "\"}";
        String recorded = Redaction.body(body);
        assertTrue(recorded.endsWith("…[truncated]"));
        assertFalse(recorded.contains("sss"), "the cut secret is masked too");
    }

    @Test
    void userInfoInUrlsIsMaskedAndPlainUrlsAreUntouched() {
        assertEquals("see https://***@example.com/hook", Redaction.url("see https://user:pass@example.com/hook"));
        String plain = "https://api.twilio.com/2010-04-01/Accounts/AC1/Keys.json?PageSize=1";
        assertSame(plain, Redaction.url(plain));
    }
}
