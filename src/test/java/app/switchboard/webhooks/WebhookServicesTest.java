package app.switchboard.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppPaths;
import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.webhooks.tls.ChainStatus;
import app.switchboard.webhooks.tls.TrustAnchors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services the screen gets for a real account: results and attestations survive a restart. */
class WebhookServicesTest {

    private static Sandbox sandbox;
    private static TwilioClient twilio;
    private static AccountClient client;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        twilio = TwilioClient.create();
        DemoAccount demo = sandbox.demoAccount();
        client = twilio.account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    @AfterAll
    static void stop() {
        twilio.close();
        sandbox.close();
    }

    @Test
    void aRestartShowsTheLastResultsAndAttestationsWithoutProbing() throws Exception {
        AppPaths paths = AppPaths.under(home);
        TrustAnchors demoCa = TrustAnchors.only(TrustAnchors.parsePem(sandbox.demoCaCertificatePem(), "demo CA"));
        try (WebhookServices services = WebhookServices.forClient(client, demoCa, paths, Clock.systemUTC())) {
            assertThat(services.audits().cached().endpoints()).isEmpty();
            AuditReport audited = services.audits().run(WebhookAudit.Progress.NONE);
            assertThat(audited.summaries()).hasSizeGreaterThan(1); // subaccounts included
            assertThat(audited.endpoints()).anyMatch(e -> e.chainStatus() == ChainStatus.VALID);
            services.attestations().set(client.accountSid(), new Attestation(Attestation.State.ON, LocalDate.of(2026, 11, 2)));
        }
        assertThat(Files.exists(paths.dataDir().resolve(ProbeCache.FILE_NAME))).isTrue();

        try (WebhookServices restarted = WebhookServices.forClient(client, TrustAnchors.jdkDefault(), paths, Clock.systemUTC())) {
            AuditReport cached = restarted.audits().cached();
            assertThat(cached.endpoints()).anyMatch(e -> e.chainStatus() == ChainStatus.VALID);
            assertThat(cached.summaries().get(0).attestation().state()).isEqualTo(Attestation.State.ON);
        }
    }

    @Test
    void theDemoTrustsItsCaAndKeepsNoCacheFile() throws Exception {
        AppPaths paths = AppPaths.under(home);
        try (WebhookServices demo = WebhookServices.forDemo(client, sandbox.demoCaCertificatePem(), paths, Clock.systemUTC())) {
            AuditReport report = demo.audits().run(WebhookAudit.Progress.NONE);
            assertThat(report.endpoints()).anyMatch(e -> e.chainStatus() == ChainStatus.VALID)
                    .anyMatch(e -> e.chainStatus() == ChainStatus.SELF_SIGNED);
        }
        assertThat(Files.exists(paths.dataDir().resolve(ProbeCache.FILE_NAME))).isFalse();
    }
}
