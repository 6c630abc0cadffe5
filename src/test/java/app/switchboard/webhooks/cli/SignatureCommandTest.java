package app.switchboard.webhooks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureCommandTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String[] PARAMS = {"--param", "CallSid=CA1234567890ABCDE", "--param", "Digits=1234",
            "--param", "From=+14158675309", "--param", "To=+18005551212", "--param", "Caller=+14158675309"};

    @TempDir
    Path dir;

    private static CliTestSupport.Run run(String... args) {
        return CliTestSupport.run(new SignatureCommand(Map.of("TWILIO_AUTH_TOKEN", "12345")::get), args);
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void verifiesAValidSignature() {
        CliTestSupport.Run r = run(concat(concat(new String[] {"verify", "--url", URL}, PARAMS), "--signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("VALID (URL as given)"));
        assertTrue(r.out().contains("signed string: " + URL + "CallSidCA1234567890ABCDECaller"));
    }

    @Test
    void rejectsAnInvalidSignatureWithExitOne() {
        CliTestSupport.Run r = run(concat(concat(new String[] {"verify", "--url", URL}, PARAMS), "--signature", "AAAA"));
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("INVALID"));
        assertTrue(r.out().contains("expected:      RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    @Test
    void verifiesAJsonBody() throws IOException {
        Path body = Files.writeString(dir.resolve("body.json"), "{\"property\": \"value\", \"boolean\": true}");
        CliTestSupport.Run r = run("verify", "--url",
                "https://mycompany.com/myapp.php?bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620",
                "--body-file", body.toString(), "--signature", "y77kIzt2vzLz71DgmJGsen2scGs=");
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    @Test
    void signsARequest() {
        CliTestSupport.Run r = run(concat(new String[] {"sign", "--url", URL}, PARAMS));
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("RSOYDt4T1cUTdK1PDd93/VVr8B8=\n") || r.out().startsWith("RSOYDt4T1cUTdK1PDd93/VVr8B8=\r\n"));
    }

    @Test
    void masksCredentialsInTheSignedString() {
        CliTestSupport.Run r = run("sign", "--url", "https://u:pw@example.com/x", "--param", "A=1");
        assertEquals(0, r.exit());
        assertFalse(r.out().contains("pw@"));
        assertTrue(r.out().contains("https://***:***@example.com/xA1"));
    }

    @Test
    void badUsageExitsTwoWithAMessage() {
        CliTestSupport.Run noToken = CliTestSupport.run(new SignatureCommand(Map.<String, String>of()::get),
                "verify", "--url", URL, "--signature", "x");
        assertEquals(2, noToken.exit());
        assertTrue(noToken.err().contains("TWILIO_AUTH_TOKEN"));
        assertEquals(2, run("verify", "--url", URL, "--param", "novalue", "--signature", "x").exit());
        assertEquals(2, run("verify", "--url", URL, "--body-file", dir.resolve("missing.json").toString(), "--signature", "x").exit());
        CliTestSupport.Run missing = run("verify", "--url", URL);
        assertEquals(2, missing.exit());
        assertFalse(missing.err().contains("Exception"), missing.err());
    }
}
