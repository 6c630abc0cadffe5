package app.switchboard.webhooks;

import app.switchboard.webhooks.EffectiveWebhooks.NumberSettings;
import app.switchboard.webhooks.EffectiveWebhooks.UrlSetting;
import app.switchboard.webhooks.tls.CertificateInfo;
import app.switchboard.webhooks.tls.ChainStatus;
import app.switchboard.webhooks.tls.ProbeStatus;
import app.switchboard.webhooks.tls.TlsFindings;
import app.switchboard.webhooks.tls.TlsProbeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic, fixed audit (three accounts, a dozen webhooks, every kind of finding) for screenshots and
 * the {@code snapshot} command; probes nothing.
 */
public final class WebhooksDemo {

    private static final String MAIN = "AC4f1c3e2d9b8a7f6e5d4c3b2a1f0e9d8c";
    private static final String EU = "AC7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";
    private static final String SUPPORT = "AC0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b";
    private static final String STAGING = "AC9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a";

    private WebhooksDemo() {
    }

    public static AuditService service(Clock clock) {
        AuditReport report = report(clock);
        return new AuditService() {
            @Override
            public AuditReport cached() {
                return report;
            }

            @Override
            public AuditReport run(WebhookAudit.Progress progress) {
                progress.probed(report.endpoints().size(), report.endpoints().size());
                return report;
            }
        };
    }

    public static List<InventorySource.Account> accounts() {
        return List.of(new InventorySource.Account(MAIN, "Acme Production", null),
                new InventorySource.Account(EU, "Acme EU", MAIN),
                new InventorySource.Account(SUPPORT, "Support line", MAIN),
                new InventorySource.Account(STAGING, "Staging", MAIN));
    }

    public static List<ConfiguredWebhook> webhooks() {
        List<ConfiguredWebhook> rows = new ArrayList<>();
        Map<String, UrlSetting> ivr = new LinkedHashMap<>();
        ivr.put("voice_url", new UrlSetting("https://hooks.acme.com/twilio/voice#ct=2000&rt=8000", "POST"));
        ivr.put("voice_fallback_url", new UrlSetting("https://fallback.acme.com/voice", "POST"));
        ivr.put("sms_url", new UrlSetting("https://hooks.acme.com/twilio/sms", "POST"));
        ivr.put("status_callback", new UrlSetting("https://hooks.acme.com/twilio/status", "POST"));
        rows.addAll(EffectiveWebhooks.forNumber(MAIN, "Acme Production",
                new NumberSettings("PN1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f", "+1 415 555 0134", ivr, null, null, null)));
        Map<String, UrlSetting> sales = new LinkedHashMap<>();
        sales.put("voice_url", new UrlSetting("http://legacy.acme.com/ivr.php", "GET"));
        sales.put("sms_url", new UrlSetting("https://ops:Winter2026@crm.acme.com/inbound-sms", "POST"));
        rows.addAll(EffectiveWebhooks.forNumber(MAIN, "Acme Production",
                new NumberSettings("PN9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c", "+1 628 555 0199", sales, "AP5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b", null, null)));
        rows.addAll(EffectiveWebhooks.forResource(MAIN, "Acme Production", ResourceType.APPLICATION,
                "AP5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b", "Sales IVR", Map.of("voice_url", new UrlSetting("https://ivr.acme.com/sales", "POST"))));
        rows.addAll(EffectiveWebhooks.forResource(MAIN, "Acme Production", ResourceType.SINK,
                "DG3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f", "Event Streams → SIEM", Map.of("destination", new UrlSetting("https://siem.acme.com/twilio-events", "POST"))));
        rows.addAll(EffectiveWebhooks.forResource(EU, "Acme EU", ResourceType.SIP_DOMAIN, "SD2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e",
                "acme-eu.sip.twilio.com", Map.of("voice_url", new UrlSetting("https://voice.acme.eu/sip#e=dublin&rc=9", "POST"))));
        rows.addAll(EffectiveWebhooks.forResource(EU, "Acme EU", ResourceType.SHORT_CODE, "SC6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a",
                "89 77 1", Map.of("sms_url", new UrlSetting("https://sms.acme.eu/shortcode", "POST"))));
        rows.addAll(EffectiveWebhooks.forResource(SUPPORT, "Support line", ResourceType.NUMBER, "PN4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d",
                "+44 20 7946 0321", Map.of("voice_url", new UrlSetting("https://support.acme.com/voice", "POST"))));
        rows.addAll(EffectiveWebhooks.forResource(STAGING, "Staging", ResourceType.NUMBER, "PN8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b",
                "+1 628 555 0101", Map.of("voice_url", new UrlSetting("https://staging.acme.dev:8443/voice", "POST"),
                        "sms_url", new UrlSetting("https://old-api.acme.dev/sms", "POST"))));
        return rows;
    }

    public static AuditReport report(Clock clock) {
        Instant now = clock.instant();
        List<TlsProbeResult> endpoints = List.of(
                ok("hooks.acme.com", now, 64, "CN=R11,O=Let's Encrypt,C=US", "EC", 256, "TLSv1.3", "TLS_AES_128_GCM_SHA256"),
                ok("fallback.acme.com", now, 12, "CN=R10,O=Let's Encrypt,C=US", "RSA", 2048, "TLSv1.3", "TLS_AES_256_GCM_SHA384"),
                failed("legacy.acme.com", 80, false, ProbeStatus.HTTP_REACHABLE, now),
                ok("crm.acme.com", now, 201, "CN=Sectigo RSA Domain Validation Secure Server CA,O=Sectigo Limited,C=GB", "RSA", 2048,
                        "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
                ok("ivr.acme.com", now, 143, "CN=Amazon RSA 2048 M02,O=Amazon,C=US", "RSA", 2048, "TLSv1.3", "TLS_AES_128_GCM_SHA256"),
                ok("siem.acme.com", now, 88, "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US", "RSA", 4096,
                        "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"),
                ok("voice.acme.eu", now, 37, "CN=GTS CA 1P5,O=Google Trust Services LLC,C=US", "EC", 256, "TLSv1.3", "TLS_AES_128_GCM_SHA256"),
                invalid("sms.acme.eu", now, ChainStatus.HOSTNAME_MISMATCH, "No subject alternative DNS name matching sms.acme.eu found.",
                        "CN=*.acme.com", "CN=R11,O=Let's Encrypt,C=US", 50),
                ok("support.acme.com", now, 301, "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US", "RSA", 2048,
                        "TLSv1.3", "TLS_AES_256_GCM_SHA384"),
                invalid("staging.acme.dev", now, ChainStatus.SELF_SIGNED, "The certificate is self-signed (CN=staging.acme.dev)",
                        "CN=staging.acme.dev", "CN=staging.acme.dev", 200),
                failed("old-api.acme.dev", 443, true, ProbeStatus.DNS_FAILURE, now));
        List<AuditedWebhook> audited = new ArrayList<>();
        for (ConfiguredWebhook w : webhooks()) {
            WebhookUrl url = w.parsedUrl();
            TlsProbeResult tls = url.target().flatMap(t -> endpoints.stream()
                    .filter(e -> e.target().host().equals(t.host())).findFirst()).orElse(null);
            audited.add(new AuditedWebhook(w, url, tls));
        }
        Map<String, Attestation> attested = Map.of(MAIN, new Attestation(Attestation.State.ON, LocalDate.of(2026, 11, 2)),
                EU, new Attestation(Attestation.State.ON, LocalDate.of(2026, 10, 14)),
                STAGING, new Attestation(Attestation.State.OFF, LocalDate.of(2026, 9, 30)));
        List<AccountSummary> summaries = AccountSummaries.of(accounts(), audited, Map.of(),
                sid -> attested.getOrDefault(sid, Attestation.UNKNOWN), now);
        return new AuditReport(now, accounts(), audited, endpoints, summaries, 8, List.of());
    }

    private static TlsProbeResult ok(String host, Instant now, int days, String issuer, String keyType, int bits,
                                     String protocol, String cipher) {
        List<CertificateInfo> chain = List.of(new CertificateInfo("CN=" + host, issuer, now.minus(Duration.ofDays(90 - Math.min(days, 89))),
                now.plus(Duration.ofDays(days)).plus(Duration.ofHours(2)), keyType, bits));
        HostPort target = new HostPort(host, 443);
        return new TlsProbeResult(target, true, now, 140, ProbeStatus.TLS_OK, ChainStatus.VALID, null, protocol, cipher, chain,
                TlsFindings.of(target, ProbeStatus.TLS_OK, ChainStatus.VALID, null, protocol, cipher, chain, now));
    }

    private static TlsProbeResult invalid(String host, Instant now, ChainStatus status, String why, String subject, String issuer, int days) {
        List<CertificateInfo> chain = List.of(new CertificateInfo(subject, issuer, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(days)), "RSA", 2048));
        HostPort target = new HostPort(host, host.startsWith("staging") ? 8443 : 443);
        return new TlsProbeResult(target, true, now, 95, ProbeStatus.TLS_INVALID_CERTIFICATE, status, why, "TLSv1.3",
                "TLS_AES_128_GCM_SHA256", chain,
                TlsFindings.of(target, ProbeStatus.TLS_INVALID_CERTIFICATE, status, why, "TLSv1.3", "TLS_AES_128_GCM_SHA256", chain, now));
    }

    private static TlsProbeResult failed(String host, int port, boolean tls, ProbeStatus status, Instant now) {
        HostPort target = new HostPort(host, port);
        return new TlsProbeResult(target, tls, now, 20, status, ChainStatus.NOT_CHECKED, null, null, null, List.of(),
                TlsFindings.of(target, status, ChainStatus.NOT_CHECKED, null, null, null, List.of(), now));
    }
}
