package app.switchboard.webhooks.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.webhooks.Finding;
import app.switchboard.webhooks.HostPort;
import app.switchboard.webhooks.Severity;
import app.switchboard.webhooks.bench.LocalCa;
import app.switchboard.webhooks.bench.LocalTlsServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Probes real TLS servers on 127.0.0.1 with generated certificates. */
class TlsProbeTest {

    private static LocalCa ca;
    private static TlsProbe probe;

    @BeforeAll
    static void setUp() {
        ca = LocalCa.create("Switchboard Test CA");
        probe = new TlsProbe(TrustAnchors.jdkPlus(List.of(ca.certificate())),
                new ProbeOptions(Duration.ofMillis(500), Duration.ofMillis(600), Duration.ofSeconds(2)), Clock.systemUTC());
    }

    @AfterAll
    static void tearDown() {
        probe.close();
    }

    private static TlsProbeResult probeTls(LocalCa.Issued cert) throws IOException {
        try (LocalTlsServer server = LocalTlsServer.tls(cert, Duration.ZERO)) {
            return probe.probe(new HostPort("127.0.0.1", server.port()), true);
        }
    }

    @Test
    void acceptsACertificateFromATrustedAnchor() throws IOException {
        TlsProbeResult r = probeTls(ca.issueForLoopback(90));
        assertEquals(ProbeStatus.TLS_OK, r.status(), r.detail());
        assertEquals(ChainStatus.VALID, r.chainStatus());
        assertTrue(r.protocol().equals("TLSv1.3") || r.protocol().equals("TLSv1.2"), r.protocol());
        assertTrue(TlsFindings.isAead(r.cipherSuite()), r.cipherSuite());
        assertEquals("EC", r.leaf().orElseThrow().keyType());
        assertEquals(256, r.leaf().orElseThrow().keyBits());
        long days = r.daysUntilExpiry(Instant.now()).orElseThrow();
        assertTrue(days >= 89 && days <= 90, "days " + days);
        assertTrue(r.findings().isEmpty(), r.findings().toString());
    }

    @Test
    void theSameServerFailsWithoutTheExtraAnchor() throws IOException {
        try (TlsProbe jdkOnly = new TlsProbe(TrustAnchors.jdkDefault(), ProbeOptions.uniform(Duration.ofSeconds(2)), Clock.systemUTC());
             LocalTlsServer server = LocalTlsServer.tls(ca.issueForLoopback(90), Duration.ZERO)) {
            TlsProbeResult r = jdkOnly.probe(new HostPort("127.0.0.1", server.port()), true);
            assertEquals(ProbeStatus.TLS_INVALID_CERTIFICATE, r.status());
            // The server sent only its leaf, issued by a CA the JDK does not know.
            assertEquals(ChainStatus.INCOMPLETE_CHAIN, r.chainStatus());
            assertEquals(1, r.chain().size());
        }
    }

    @Test
    void namesASelfSignedCertificate() throws IOException {
        TlsProbeResult r = probeTls(LocalCa.selfSigned("localhost"));
        assertEquals(ChainStatus.SELF_SIGNED, r.chainStatus());
        assertEquals(Severity.CRITICAL, Finding.worst(r.findings()).orElseThrow());
        assertTrue(r.findings().get(0).fixHint().contains("self-signed"));
        assertTrue(r.protocol() != null && r.cipherSuite() != null, "protocol recorded even when refused");
    }

    @Test
    void namesAnExpiredCertificate() throws IOException {
        Instant now = Instant.now();
        TlsProbeResult r = probeTls(ca.issue("localhost", List.of("127.0.0.1"), now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(3))));
        assertEquals(ChainStatus.EXPIRED, r.chainStatus(), r.detail());
        assertTrue(r.daysUntilExpiry(now).orElseThrow() < 0);
    }

    @Test
    void namesACertificateNotYetValid() throws IOException {
        Instant now = Instant.now();
        TlsProbeResult r = probeTls(ca.issue("localhost", List.of("127.0.0.1"), now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(90))));
        assertEquals(ChainStatus.NOT_YET_VALID, r.chainStatus(), r.detail());
    }

    @Test
    void namesAHostnameMismatch() throws IOException {
        Instant now = Instant.now();
        TlsProbeResult r = probeTls(ca.issue("wrong.example", List.of("wrong.example"), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90))));
        assertEquals(ChainStatus.HOSTNAME_MISMATCH, r.chainStatus(), r.detail());
        assertEquals("CERT_HOSTNAME_MISMATCH", r.findings().get(0).code());
    }

    @Test
    void warnsAboutACertificateExpiringSoon() throws IOException {
        TlsProbeResult r = probeTls(ca.issueForLoopback(12));
        assertEquals(ChainStatus.VALID, r.chainStatus());
        assertEquals("CERT_EXPIRING", r.findings().get(0).code());
        assertEquals(Severity.MEDIUM, r.findings().get(0).severity());
    }

    @Test
    void reportsATwentyCertificateChainWithoutHanging() throws IOException {
        TlsProbeResult r = probeTls(ca.issueLongChain(18));
        assertEquals(ProbeStatus.TLS_INVALID_CERTIFICATE, r.status(), r.detail());
        assertEquals(ChainStatus.CHAIN_TOO_LONG, r.chainStatus(), r.detail());
        assertTrue(r.durationMillis() < 2_000);
    }

    @Test
    void reportsAServerThatNeverAnswersTls() throws IOException {
        try (LocalTlsServer silent = LocalTlsServer.silent()) {
            TlsProbeResult r = probe.probe(new HostPort("127.0.0.1", silent.port()), true);
            assertEquals(ProbeStatus.HANDSHAKE_TIMEOUT, r.status());
            assertEquals("TLS_HANDSHAKE_TIMEOUT", r.findings().get(0).code());
            assertTrue(r.durationMillis() < 1_500, "bounded by the handshake timeout: " + r.durationMillis());
        }
    }

    @Test
    void reportsPlainHttpOnAnHttpsPort() throws IOException {
        try (LocalTlsServer http = LocalTlsServer.plainHttp()) {
            TlsProbeResult r = probe.probe(new HostPort("127.0.0.1", http.port()), true);
            assertEquals(ProbeStatus.HANDSHAKE_FAILED, r.status(), r.detail());
            assertFalse(r.certificateFailing());
        }
    }

    @Test
    void reportsAReachablePlainHttpTarget() throws IOException {
        try (LocalTlsServer http = LocalTlsServer.plainHttp()) {
            TlsProbeResult r = probe.probe(new HostPort("127.0.0.1", http.port()), false);
            assertEquals(ProbeStatus.HTTP_REACHABLE, r.status());
        }
    }

    @Test
    void reportsAClosedPort() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TlsProbeResult r = probe.probe(new HostPort("127.0.0.1", port), true);
        assertEquals(ProbeStatus.REFUSED, r.status());
        assertEquals("CONNECTION_REFUSED", r.findings().get(0).code());
    }

    @Test
    void reportsAnUnresolvableHost() {
        TlsProbeResult r = probe.probe(new HostPort("no-such-host.invalid", 443), true);
        assertEquals(ProbeStatus.DNS_FAILURE, r.status());
    }
}
