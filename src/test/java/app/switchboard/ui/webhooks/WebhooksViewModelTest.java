package app.switchboard.ui.webhooks;

import app.switchboard.ui.common.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.ui.common.DirectTaskRunner;
import app.switchboard.webhooks.Attestation;
import app.switchboard.webhooks.AttestationStore;
import app.switchboard.webhooks.AuditService;
import app.switchboard.webhooks.ConfiguredWebhook;
import app.switchboard.webhooks.InventorySource;
import app.switchboard.webhooks.ProbeCache;
import app.switchboard.webhooks.ResourceType;
import app.switchboard.webhooks.WebhookAudit;
import app.switchboard.webhooks.bench.LocalCa;
import app.switchboard.webhooks.bench.LocalTlsServer;
import app.switchboard.webhooks.tls.ChainStatus;
import app.switchboard.webhooks.tls.ProbeOptions;
import app.switchboard.webhooks.tls.TlsProbe;
import app.switchboard.webhooks.tls.TrustAnchors;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhooksViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private LocalTlsServer good;
    private LocalTlsServer selfSigned;
    private TlsProbe probe;
    private WebhookAudit audit;
    private AttestationStore attestations;
    private WebhooksViewModel model;

    /** Two accounts whose webhooks point at local servers. */
    private InventorySource source() {
        return new InventorySource() {
            @Override
            public List<Account> accounts() {
                return List.of(new Account("ACmain", "Main", null), new Account("ACsub", "Sub", "ACmain"));
            }

            @Override
            public List<ConfiguredWebhook> webhooks(String accountSid) {
                if (accountSid.equals("ACmain")) {
                    return List.of(new ConfiguredWebhook("ACmain", "Main", ResourceType.NUMBER, "PN1", "+15550001", "voice_url",
                            "https://127.0.0.1:" + good.port() + "/voice", "POST", null));
                }
                return List.of(new ConfiguredWebhook("ACsub", "Sub", ResourceType.APPLICATION, "AP1", "IVR", "voice_url",
                                "https://127.0.0.1:" + selfSigned.port() + "/ivr", "POST", null),
                        new ConfiguredWebhook("ACsub", "Sub", ResourceType.APPLICATION, "AP1", "IVR", "sms_url",
                                "http://u:secret@127.0.0.1:" + good.port() + "/sms", "POST", null));
            }

            @Override
            public List<String> notes(List<Account> accounts) {
                return List.of("Sinks of " + accounts.size() + " accounts not listed");
            }
        };
    }

    @BeforeEach
    void setUp() throws IOException {
        LocalCa ca = LocalCa.create("VM Test CA");
        good = LocalTlsServer.tls(ca.issueForLoopback(90), Duration.ZERO);
        selfSigned = LocalTlsServer.tls(LocalCa.selfSigned("localhost"), Duration.ZERO);
        probe = new TlsProbe(TrustAnchors.jdkPlus(List.of(ca.certificate())), ProbeOptions.uniform(Duration.ofSeconds(2)), Clock.systemUTC());
        attestations = new AttestationStore(dir.resolve("config/webhook-attestations.json"));
        audit = new WebhookAudit(probe, 2, ProbeCache.inMemory(), attestations, CLOCK);
        model = new WebhooksViewModel(runner, dialogs, AuditService.of(audit, source()), attestations, CLOCK);
    }

    @AfterEach
    void tearDown() {
        audit.close();
        probe.close();
        good.close();
        selfSigned.close();
    }

    @Test
    void aFirstVisitWithNothingProbedRunsTheAudit() {
        model.activate();
        assertEquals(3, model.webhooks().size());
        assertEquals(3, model.endpoints().size());
        assertFalse(model.runningProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Audited"), model.statusProperty().get());
    }

    @Test
    void runAuditProbesAndSummarises() {
        model.runAudit();
        assertFalse(model.runningProperty().get());
        assertEquals(3, model.endpoints().size());
        assertEquals(2, model.accounts().size());
        assertEquals(ChainStatus.SELF_SIGNED, model.webhooks().get(1).tls().chainStatus());
        assertEquals(1, model.accounts().get(1).failingCertificates());
        assertEquals(1, model.accounts().get(1).httpWebhooks());
        assertTrue(model.statusProperty().get().contains("3 endpoints"), model.statusProperty().get());
        runner.tick();
        assertEquals(0, model.progressProperty().get(), "the progress tick was cancelled when the audit ended");
    }

    @Test
    void saysWhatTheAuditCouldNotSee() {
        assertEquals("", model.coverageNoteProperty().get(), "no audit, nothing to say yet");
        model.runAudit();
        assertEquals("Sinks of 2 accounts not listed", model.coverageNoteProperty().get());
    }

    @Test
    void filtersByTextProblemsAndAccount() {
        model.runAudit();
        model.filterProperty().set("ivr");
        assertEquals(2, model.webhooks().size());
        model.filterProperty().set("");
        model.problemsOnlyProperty().set(true);
        assertEquals(2, model.webhooks().size(), "self-signed and http+credentials");
        model.problemsOnlyProperty().set(false);
        model.selectedAccountProperty().set(model.accounts().get(0));
        assertEquals(1, model.webhooks().size());
        model.filterProperty().set("secret");
        assertEquals(0, model.webhooks().size(), "the password is not searchable: it is masked");
    }

    @Test
    void savesTheAttestationOfTheSelectedAccount() {
        model.runAudit();
        model.selectedAccountProperty().set(model.accounts().get(1));
        assertEquals(Attestation.State.UNKNOWN, model.attestationStateProperty().get());
        model.attestationStateProperty().set(Attestation.State.OFF);
        model.saveAttestation();
        assertEquals(new Attestation(Attestation.State.OFF, LocalDate.of(2026, 11, 28)), attestations.get("ACsub"));
        assertEquals(Attestation.State.OFF, model.accounts().get(1).attestation().state());
        assertEquals("ACsub", model.selectedAccountProperty().get().accountSid());
        assertEquals(Attestation.State.OFF,
                new AttestationStore(dir.resolve("config/webhook-attestations.json")).get("ACsub").state());
    }

    @Test
    void aFailingInventoryShowsAnError() {
        WebhooksViewModel failing = new WebhooksViewModel(runner, dialogs, new AuditService() {
            @Override
            public app.switchboard.webhooks.AuditReport cached() throws Exception {
                throw new IOException("HTTP 401: Authenticate (20003)");
            }

            @Override
            public app.switchboard.webhooks.AuditReport run(WebhookAudit.Progress progress) throws Exception {
                throw new IOException("HTTP 401: Authenticate (20003)");
            }
        }, attestations, CLOCK);
        failing.runAudit();
        assertEquals(List.of("Webhook audit failed: HTTP 401: Authenticate (20003)"), dialogs.errors);
        assertFalse(failing.runningProperty().get());
        assertEquals("Audit failed", failing.statusProperty().get());
    }

    @Test
    void verifiesAndSignsAndForgetsTheToken() {
        model.signatureUrlProperty().set("https://mycompany.com/myapp.php?foo=1&bar=2");
        model.importFormBody("CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212");
        assertEquals("+14158675309", model.params().get(1).valueProperty().get());
        model.tokenProperty().set("12345");
        model.signatureProperty().set("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        model.verifySignature();
        assertEquals(WebhooksViewModel.Verdict.VALID, model.verdictProperty().get());
        assertTrue(model.signedStringProperty().get().endsWith("To+18005551212"));

        model.signatureProperty().set("nope");
        model.verifySignature();
        assertEquals(WebhooksViewModel.Verdict.INVALID, model.verdictProperty().get());
        assertTrue(model.verdictTextProperty().get().contains("RSOYDt4T1cUTdK1PDd93/VVr8B8="));

        model.signatureProperty().set("");
        model.computeSignature();
        assertEquals("RSOYDt4T1cUTdK1PDd93/VVr8B8=", model.signatureProperty().get());

        model.deactivate();
        assertEquals("", model.tokenProperty().get());
        model.verifySignature();
        assertEquals(WebhooksViewModel.Verdict.ERROR, model.verdictProperty().get());
        assertTrue(model.verdictTextProperty().get().contains("Auth Token"));
    }

    @Test
    void jsonBodiesAndCredentialsInTheSignedString() {
        model.tokenProperty().set("12345");
        model.jsonBodyProperty().set(true);
        model.bodyProperty().set("{\"property\": \"value\", \"boolean\": true}");
        model.signatureUrlProperty().set("https://mycompany.com/myapp.php?bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620");
        model.signatureProperty().set("y77kIzt2vzLz71DgmJGsen2scGs=");
        model.verifySignature();
        assertEquals(WebhooksViewModel.Verdict.VALID, model.verdictProperty().get());

        model.signatureUrlProperty().set("https://user:hunter2@example.com/x");
        model.computeSignature();
        assertFalse(model.signedStringProperty().get().contains("hunter2"));
    }

    @Test
    void displayHelpers() {
        assertEquals("R11 (Let's Encrypt)", WebhooksViewModel.commonName("CN=R11,O=Let's Encrypt,C=US"));
        assertEquals("staging.acme.dev", WebhooksViewModel.commonName("CN=staging.acme.dev"));
        assertEquals("O=Only", WebhooksViewModel.commonName("O=Only"));
    }
}
