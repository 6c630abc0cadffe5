package app.switchboard.webhooks.tls;

import app.switchboard.webhooks.Finding;
import app.switchboard.webhooks.HostPort;
import app.switchboard.webhooks.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns what a probe observed into findings with a severity and a fix hint (also used to build demo results). */
public final class TlsFindings {

    static final int EXPIRY_WARNING_DAYS = 30;
    private static final Set<String> OLD_PROTOCOLS = Set.of("SSLv3", "TLSv1", "TLSv1.1");

    private TlsFindings() {
    }

    public static List<Finding> of(HostPort target, ProbeStatus status, ChainStatus chainStatus, String explanation,
                            String protocol, String cipher, List<CertificateInfo> chain, Instant now) {
        List<Finding> findings = new ArrayList<>();
        switch (status) {
            case DNS_FAILURE:
                findings.add(new Finding(Severity.HIGH, "DNS_FAILURE", "The host name " + target.host() + " does not resolve",
                        "Fix the DNS record or the URL; Twilio's requests to it fail (error 11200)."));
                break;
            case REFUSED:
                findings.add(new Finding(Severity.HIGH, "CONNECTION_REFUSED", target + " refuses connections",
                        "Start the web server, or open the port to Twilio's egress addresses."));
                break;
            case CONNECT_TIMEOUT:
                findings.add(new Finding(Severity.HIGH, "CONNECT_TIMEOUT", target + " did not accept a connection in time",
                        "Check firewalls and that the server is up; Twilio gives up after the connect timeout (#ct)."));
                break;
            case HANDSHAKE_TIMEOUT:
                findings.add(new Finding(Severity.HIGH, "TLS_HANDSHAKE_TIMEOUT",
                        target + " accepts TCP but never completed a TLS handshake",
                        "Make sure TLS terminates on this port (not plain http, not a stuck proxy)."));
                break;
            case HANDSHAKE_FAILED:
                if (noModernProtocol(explanation)) {
                    findings.add(new Finding(Severity.HIGH, "NO_TLS12",
                            target + " offers no protocol this client accepts (TLS 1.2 or 1.3): " + explanation,
                            "Enable TLS 1.2 and 1.3 on the server; older protocols are refused by Twilio and modern clients."));
                    break;
                }
                findings.add(new Finding(Severity.HIGH, "TLS_HANDSHAKE_FAILED",
                        "TLS handshake with " + target + " failed: " + explanation,
                        "Serve TLS 1.2 or 1.3 with modern cipher suites and a chain of at most a few certificates."));
                break;
            default:
                break;
        }
        if (chainStatus != ChainStatus.VALID && chainStatus != ChainStatus.NOT_CHECKED) {
            findings.add(chainFinding(chainStatus, explanation));
        }
        if (protocol != null && OLD_PROTOCOLS.contains(protocol)) {
            findings.add(new Finding(Severity.HIGH, "OLD_TLS_PROTOCOL", "Negotiated " + protocol + ", older than TLS 1.2",
                    "Enable TLS 1.2 and 1.3 and disable older protocols."));
        }
        if (cipher != null && !isAead(cipher)) {
            findings.add(new Finding(Severity.MEDIUM, "WEAK_CIPHER", "Negotiated " + cipher + ", not an AEAD cipher suite",
                    "Prefer ECDHE with AES-GCM or ChaCha20-Poly1305."));
        }
        if (!chain.isEmpty()) {
            CertificateInfo leaf = chain.get(0);
            long days = Math.floorDiv(java.time.Duration.between(now, leaf.notAfter()).toSeconds(), 86_400L);
            if (days >= 0 && days <= EXPIRY_WARNING_DAYS) {
                findings.add(new Finding(days <= 7 ? Severity.HIGH : Severity.MEDIUM, "CERT_EXPIRING",
                        "The certificate expires in " + days + " day" + (days == 1 ? "" : "s"),
                        "Renew it now; automate renewal (ACME) so it cannot lapse."));
            }
            if (weakKey(leaf)) {
                findings.add(new Finding(Severity.HIGH, "WEAK_KEY", leaf.keyType() + " " + leaf.keyBits() + "-bit key",
                        "Use RSA 2048+ or an EC P-256+ key."));
            }
        }
        return findings;
    }

    private static Finding chainFinding(ChainStatus status, String explanation) {
        String fix;
        switch (status) {
            case SELF_SIGNED:
                fix = "Twilio will not connect to a self-signed certificate: get one from a public CA (e.g. Let's Encrypt).";
                break;
            case EXPIRED:
                fix = "Renew the certificate and reload the server.";
                break;
            case NOT_YET_VALID:
                fix = "Check the server clock and the certificate's start date; serve the current certificate.";
                break;
            case HOSTNAME_MISMATCH:
                fix = "Serve a certificate whose subject alternative names include this host.";
                break;
            case UNKNOWN_ISSUER:
                fix = "Use a certificate from a CA in the Mozilla and Java trust stores.";
                break;
            case INCOMPLETE_CHAIN:
                fix = "Configure the server to send the full chain (leaf + intermediates); Twilio does not fetch missing ones.";
                break;
            case CHAIN_TOO_LONG:
                fix = "Send only the leaf and its intermediates; Java clients reject chains longer than 10.";
                break;
            default:
                fix = "Serve a certificate from a public CA that matches the host and is in date.";
                break;
        }
        Severity severity = status == ChainStatus.CHAIN_TOO_LONG ? Severity.HIGH : Severity.CRITICAL;
        return new Finding(severity, "CERT_" + status.name(), "Certificate " + status.label() + ": " + explanation, fix);
    }

    // The JDK's words when the server only speaks protocols it has disabled (SSLv3, TLS 1.0, TLS 1.1).
    static boolean noModernProtocol(String explanation) {
        return explanation != null && (explanation.contains("protocol_version")
                || explanation.contains("No appropriate protocol") || explanation.contains("Unsupported protocol"));
    }

    static boolean isAead(String cipher) {
        return cipher.startsWith("TLS_AES_") || cipher.startsWith("TLS_CHACHA20_") || cipher.contains("_GCM_")
                || cipher.contains("CHACHA20_POLY1305");
    }

    private static boolean weakKey(CertificateInfo leaf) {
        if (leaf.keyBits() < 0) {
            return false;
        }
        return ("RSA".equals(leaf.keyType()) || "DSA".equals(leaf.keyType())) ? leaf.keyBits() < 2048
                : "EC".equals(leaf.keyType()) && leaf.keyBits() < 256;
    }
}
