package app.switchboard.webhooks.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.webhooks.signature.SignatureValidator.Request;
import app.switchboard.webhooks.signature.SignatureValidator.UrlVariant;
import app.switchboard.webhooks.signature.SignatureValidator.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test vectors of twilio-python and twilio-java (facts §11), token 12345. */
class SignatureValidatorTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final List<Map.Entry<String, String>> PARAMS = List.of(
            Map.entry("CallSid", "CA1234567890ABCDE"), Map.entry("Digits", "1234"),
            Map.entry("From", "+14158675309"), Map.entry("To", "+18005551212"), Map.entry("Caller", "+14158675309"));
    private static final String BODY = "{\"property\": \"value\", \"boolean\": true}";
    private static final String BODY_HASH = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    private final SignatureValidator validator = new SignatureValidator("12345");

    @Test
    void signsTheDocumentedExample() {
        assertEquals("RSOYDt4T1cUTdK1PDd93/VVr8B8=", validator.sign(Request.form(URL, PARAMS)));
        Verdict v = validator.verify(Request.form(URL, PARAMS), "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        assertTrue(v.valid());
        assertEquals(UrlVariant.AS_GIVEN, v.matched());
        assertEquals(URL + "CallSidCA1234567890ABCDECaller+14158675309Digits1234From+14158675309To+18005551212",
                v.signedString());
    }

    @Test
    void signsEveryPortVariantVector() {
        assertEquals("kvajT1Ptam85bY51eRf/AJRuM3w=",
                validator.sign(Request.form("https://mycompany.com:443/myapp.php?foo=1&bar=2", PARAMS)));
        assertEquals("0ZXoZLH/DfblKGATFgpif+LLRf4=",
                validator.sign(Request.form("http://mycompany.com:80/myapp.php?foo=1&bar=2", PARAMS)));
        assertEquals("Zmvh+3yNM1Phv2jhDCwEM3q5ebU=",
                validator.sign(Request.form("http://mycompany.com:1234/myapp.php?foo=1&bar=2", PARAMS)));
        assertEquals("zYQTYrRWXE7LtzbG4PfP7/bkkGo=", validator.sign(Request.form(URL, List.of())));
        assertEquals("1xaxFBvyzXYvWplzNOSs28HWO94=",
                validator.sign(Request.form("https://mycompany.com/myapp.php", PARAMS)));
    }

    @Test
    void acceptsASignatureMadeWithTheDefaultPortAdded() {
        Verdict v = validator.verify(Request.form(URL, PARAMS), "kvajT1Ptam85bY51eRf/AJRuM3w=");
        assertTrue(v.valid());
        assertEquals(UrlVariant.WITH_DEFAULT_PORT, v.matched());
        assertTrue(v.signedString().startsWith("https://mycompany.com:443/myapp.php?foo=1&bar=2CallSid"));
    }

    @Test
    void acceptsASignatureMadeWithoutThePort() {
        Verdict v = validator.verify(Request.form("https://mycompany.com:443/myapp.php?foo=1&bar=2", PARAMS),
                "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        assertTrue(v.valid());
        assertEquals(UrlVariant.WITHOUT_PORT, v.matched());
    }

    @Test
    void sortsAndDeduplicatesRepeatedParameters() {
        List<Map.Entry<String, String>> params = List.of(Map.entry("Sid", "CA123"), Map.entry("SidAccount", "AC123"),
                Map.entry("Digits", "5678"), Map.entry("Digits", "1234"), Map.entry("Digits", "1234"));
        Verdict v = validator.verify(Request.form(URL, params), "IK+Dwps556ElfBT0I3Rgjkr1wJU=");
        assertTrue(v.valid());
        assertEquals(URL + "Digits1234Digits5678SidCA123SidAccountAC123", v.signedString());
    }

    @Test
    void validatesJsonBodiesThroughBodySha256() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertEquals(BODY_HASH, SignatureValidator.bodySha256(body));
        Verdict withQuery = validator.verify(Request.json(URL + "&bodySHA256=" + BODY_HASH, body),
                "a9nBmqA0ju/hNViExpshrM61xv4=");
        assertTrue(withQuery.valid());
        Verdict only = validator.verify(Request.json("https://mycompany.com/myapp.php?bodySHA256=" + BODY_HASH, body),
                "y77kIzt2vzLz71DgmJGsen2scGs=");
        assertTrue(only.valid());
        assertNull(only.bodyHashProblem());
    }

    @Test
    void rejectsATamperedBodyEvenWithTheRightSignature() {
        Verdict v = validator.verify(Request.json(URL + "&bodySHA256=" + BODY_HASH,
                "{\"property\": \"evil\"}".getBytes(StandardCharsets.UTF_8)), "a9nBmqA0ju/hNViExpshrM61xv4=");
        assertFalse(v.valid());
        assertTrue(v.bodyHashProblem().contains("differs"));
    }

    @Test
    void rejectsAWrongSignatureAndStillShowsWhatWasSigned() {
        Verdict v = validator.verify(Request.form(URL, PARAMS), "RSOYDt4T1cUTdK1PDd93/VVr8B9=");
        assertFalse(v.valid());
        assertNull(v.matched());
        assertEquals("RSOYDt4T1cUTdK1PDd93/VVr8B8=", v.expectedSignature());
        assertTrue(v.signedString().startsWith(URL + "CallSid"));
        assertFalse(validator.verify(Request.form(URL, PARAMS), null).valid());
        assertFalse(new SignatureValidator("54321").verify(Request.form(URL, PARAMS), "RSOYDt4T1cUTdK1PDd93/VVr8B8=").valid());
    }

    @Test
    void neverPrintsTheToken() {
        assertFalse(validator.toString().contains("12345"));
    }
}
