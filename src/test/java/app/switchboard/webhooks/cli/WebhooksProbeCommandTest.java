package app.switchboard.webhooks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.webhooks.bench.LocalCa;
import app.switchboard.webhooks.bench.LocalTlsServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhooksProbeCommandTest {

    @TempDir
    Path dir;

    @Test
    void probesWithAnExtraTrustAnchor() throws IOException {
        LocalCa ca = LocalCa.create("CLI Test CA");
        Path pem = Files.writeString(dir.resolve("ca.pem"), ca.pem());
        try (LocalTlsServer server = LocalTlsServer.tls(ca.issueForLoopback(200), Duration.ZERO)) {
            String url = "https://hook:pa55@127.0.0.1:" + server.port() + "/voice#ct=2000";
            CliTestSupport.Run trusted = CliTestSupport.webhooks("probe", url, "--trust", pem.toString(), "--timeout", "3");
            assertEquals(0, trusted.exit(), trusted.out() + trusted.err());
            assertTrue(trusted.out().contains("https://***:***@127.0.0.1:"));
            assertTrue(trusted.out().contains("Status     TLS ok"));
            assertFalse(trusted.out().contains("pa55"));

            CliTestSupport.Run untrusted = CliTestSupport.webhooks("probe", url, "--json", "--timeout", "3");
            assertEquals(1, untrusted.exit());
            assertTrue(untrusted.out().contains("\"chainStatus\": \"INCOMPLETE_CHAIN\""), untrusted.out());
            assertFalse(untrusted.out().contains("pa55"));
        }
    }

    @Test
    void badInputExitsTwo() throws IOException {
        assertEquals(2, CliTestSupport.webhooks("probe", "https://example.com:70000/").exit());
        Path notPem = Files.writeString(dir.resolve("x.pem"), "hello");
        CliTestSupport.Run r = CliTestSupport.webhooks("probe", "https://127.0.0.1:1/", "--trust", notPem.toString());
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("at app."), r.err());
        assertEquals(2, CliTestSupport.webhooks("probe", "https://127.0.0.1:1/", "--timeout", "-1").exit());
    }
}
