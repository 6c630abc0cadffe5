package app.switchboard.webhooks.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.webhooks.Finding;
import app.switchboard.webhooks.HostPort;
import app.switchboard.webhooks.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings for outcomes a loopback test server cannot produce with this JDK (old protocols, weak keys). */
class TlsFindingsTest {

    private static final HostPort TARGET = new HostPort("old.example", 443);
    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void aServerWithoutTls12IsNamedAsSuch() {
        List<Finding> f = TlsFindings.of(TARGET, ProbeStatus.HANDSHAKE_FAILED, ChainStatus.NOT_CHECKED,
                "Received fatal alert: protocol_version", null, null, List.of(), NOW);
        assertEquals("NO_TLS12", f.get(0).code());
        assertEquals("TLS_HANDSHAKE_FAILED", TlsFindings.of(TARGET, ProbeStatus.HANDSHAKE_FAILED, ChainStatus.NOT_CHECKED,
                "Unsupported or unrecognized SSL message", null, null, List.of(), NOW).get(0).code());
    }

    @Test
    void oldProtocolsWeakCiphersAndSmallKeysAreFlagged() {
        List<CertificateInfo> chain = List.of(new CertificateInfo("CN=old.example", "CN=CA", NOW.minus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(3)), "RSA", 1024));
        List<Finding> f = TlsFindings.of(TARGET, ProbeStatus.TLS_OK, ChainStatus.VALID, null, "TLSv1.1",
                "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", chain, NOW);
        assertEquals(List.of("OLD_TLS_PROTOCOL", "WEAK_CIPHER", "CERT_EXPIRING", "WEAK_KEY"),
                f.stream().map(Finding::code).collect(java.util.stream.Collectors.toList()));
        assertEquals(Severity.HIGH, f.get(2).severity(), "three days left is urgent");
    }

    @Test
    void aeadSuitesAreRecognised() {
        assertTrue(TlsFindings.isAead("TLS_AES_128_GCM_SHA256"));
        assertTrue(TlsFindings.isAead("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"));
        assertFalse(TlsFindings.isAead("TLS_RSA_WITH_AES_256_CBC_SHA256"));
    }
}
