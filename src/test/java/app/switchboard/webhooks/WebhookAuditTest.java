package app.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.webhooks.bench.LocalCa;
import app.switchboard.webhooks.bench.LocalTlsServer;
import app.switchboard.webhooks.tls.ChainStatus;
import app.switchboard.webhooks.tls.ProbeOptions;
import app.switchboard.webhooks.tls.TlsProbe;
import app.switchboard.webhooks.tls.TrustAnchors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookAuditTest {

    @TempDir
    Path dir;

    /** An inventory held in memory; one subaccount fails to load. */
    static final class FakeInventory implements InventorySource {
        final List<Account> accounts;
        final List<ConfiguredWebhook> webhooks;

        FakeInventory(List<Account> accounts, List<ConfiguredWebhook> webhooks) {
            this.accounts = accounts;
            this.webhooks = webhooks;
        }

        @Override
        public List<Account> accounts() {
            return accounts;
        }

        @Override
        public List<ConfiguredWebhook> webhooks(String accountSid) throws IOException {
            if (accountSid.equals("ACbroken")) {
                throw new IOException("HTTP 403: not allowed");
            }
            List<ConfiguredWebhook> mine = new ArrayList<>();
            webhooks.stream().filter(w -> w.accountSid().equals(accountSid)).forEach(mine::add);
            return mine;
        }
    }

    private static ConfiguredWebhook hook(String account, String field, String url, String overriddenBy) {
        return new ConfiguredWebhook(account, account, ResourceType.NUMBER, "PN" + field, "+15550001", field, url, "POST", overriddenBy);
    }

    @Test
    void auditsEachEndpointOnceAndSummarisesPerAccount() throws Exception {
        LocalCa ca = LocalCa.create("Audit Test CA");
        try (LocalTlsServer good = LocalTlsServer.tls(ca.issueForLoopback(20), Duration.ZERO);
             LocalTlsServer selfSigned = LocalTlsServer.tls(LocalCa.selfSigned("localhost"), Duration.ZERO);
             LocalTlsServer http = LocalTlsServer.plainHttp();
             TlsProbe probe = new TlsProbe(TrustAnchors.jdkPlus(List.of(ca.certificate())),
                     ProbeOptions.uniform(Duration.ofSeconds(2)), Clock.systemUTC())) {
            Path cacheFile = dir.resolve("data/webhook-tls-cache.json");
            AttestationStore attestations = new AttestationStore(dir.resolve("config/a.json"));
            attestations.set("ACmain", new Attestation(Attestation.State.ON, LocalDate.of(2026, 11, 1)));
            List<ConfiguredWebhook> hooks = List.of(
                    hook("ACmain", "voice_url", "https://127.0.0.1:" + good.port() + "/voice", null),
                    hook("ACmain", "sms_url", "https://bob:s3cret@127.0.0.1:" + good.port() + "/sms#rc=2", null),
                    hook("ACmain", "voice_fallback_url", "https://127.0.0.1:" + selfSigned.port() + "/vf", null),
                    hook("ACsub", "voice_url", "http://127.0.0.1:" + http.port() + "/v", null),
                    hook("ACsub", "sms_url", "https://127.0.0.1:" + selfSigned.port() + "/s", "AP1"),
                    hook("ACsub", "status_callback", "https://example.com:99999/", null));
            FakeInventory source = new FakeInventory(List.of(new InventorySource.Account("ACmain", "Main", null),
                    new InventorySource.Account("ACsub", "Sub", "ACmain"), new InventorySource.Account("ACbroken", "Broken", "ACmain")), hooks);
            AtomicInteger lastProgress = new AtomicInteger();
            AuditReport report;
            try (WebhookAudit audit = new WebhookAudit(probe, 2, new ProbeCache(cacheFile), attestations, Clock.systemUTC())) {
                report = audit.audit(source, (done, total) -> lastProgress.accumulateAndGet(total * 1000 + done, Math::max)); // workers report out of order
            }
            assertEquals(3, report.endpoints().size(), "distinct host:port, unparseable URL not probed");
            assertEquals(3003, lastProgress.get());
            assertTrue(report.maxConcurrentProbes() <= 2 && report.maxConcurrentProbes() >= 1);

            AccountSummary main = report.summaries().get(0);
            assertEquals(3, main.webhooks());
            assertEquals(0, main.httpWebhooks());
            assertEquals(1, main.credentialsInUrl());
            assertEquals(1, main.failingCertificates());
            assertEquals(1, main.expiringSoon());
            assertEquals(Severity.CRITICAL, main.worst());
            assertEquals(Attestation.State.ON, main.attestation().state());

            AccountSummary sub = report.summaries().get(1);
            assertEquals(2, sub.webhooks(), "the overridden sms_url is not counted");
            assertEquals(1, sub.httpWebhooks());
            assertEquals(0, sub.failingCertificates());
            assertTrue(sub.subaccount());
            assertEquals("HTTP 403: not allowed", report.summaries().get(2).error());

            AuditedWebhook selfSignedRow = report.webhooks().get(2);
            assertEquals(ChainStatus.SELF_SIGNED, selfSignedRow.tls().chainStatus());
            assertNull(report.webhooks().get(5).tls());

            String cached = Files.readString(cacheFile);
            assertFalse(cached.contains("s3cret") || cached.contains("bob"), "no credentials in the cache file");
            try (TlsProbe again = new TlsProbe(TrustAnchors.jdkDefault(), ProbeOptions.defaults(), Clock.systemUTC());
                 WebhookAudit audit = new WebhookAudit(again, 1, new ProbeCache(cacheFile), null, Clock.systemUTC())) {
                AuditReport fromCache = audit.fromCache(source);
                assertEquals(3, fromCache.endpoints().size());
                assertNotNull(fromCache.webhooks().get(0).tls().probedAt());
                assertEquals(ChainStatus.VALID, fromCache.webhooks().get(0).tls().chainStatus());
            }
        }
    }

    @Test
    void targetsAreDistinctPerSchemeHostAndPort() {
        List<ConfiguredWebhook> hooks = List.of(hook("AC", "a", "https://x.example/a", null), hook("AC", "b", "https://x.example:443/b#ct=200", null),
                hook("AC", "c", "http://x.example/c", null), hook("AC", "d", "https://X.example/d", null));
        assertEquals(2, WebhookAudit.targets(hooks).size());
        assertTrue(WebhookAudit.targets(List.of()).isEmpty());
    }
}
