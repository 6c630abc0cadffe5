package app.switchboard.webhooks.tls;

import app.switchboard.webhooks.Finding;
import app.switchboard.webhooks.HostPort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one probe of a host:port found. Plain data (cached as JSON); holds no secret, since probes
 * target host:port only.
 *
 * @param tls         true when the target was probed as https
 * @param detail      the underlying reason in the JDK's words (for the detail pane), or null
 * @param protocol    the negotiated protocol (TLSv1.3, ...), or null when no handshake got that far
 * @param chain       the chain the server presented, leaf first; empty when none was received
 */
public record TlsProbeResult(HostPort target, boolean tls, Instant probedAt, long durationMillis, ProbeStatus status,
                             ChainStatus chainStatus, String detail, String protocol, String cipherSuite,
                             List<CertificateInfo> chain, List<Finding> findings) {

    public TlsProbeResult {
        chain = List.copyOf(chain);
        findings = List.copyOf(findings);
    }

    public Optional<CertificateInfo> leaf() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }

    /** Whole days from {@code now} until the leaf expires (negative once expired). */
    public Optional<Long> daysUntilExpiry(Instant now) {
        return leaf().map(c -> Math.floorDiv(Duration.between(now, c.notAfter()).toSeconds(), 86_400L));
    }

    public boolean certificateFailing() {
        return chainStatus != ChainStatus.VALID && chainStatus != ChainStatus.NOT_CHECKED;
    }
}
