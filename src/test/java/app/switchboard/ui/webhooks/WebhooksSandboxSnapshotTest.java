package app.switchboard.ui.webhooks;

import app.switchboard.ui.common.RecordingDialogService;
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
import app.switchboard.ui.common.DirectTaskRunner;
import app.switchboard.webhooks.WebhookServices;
import app.switchboard.webhooks.tls.ChainStatus;
import app.switchboard.webhooks.tls.ProbeStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen as the demo workspace shows it: services from {@link WebhookServices#forDemo} over the sandbox,
 * a real audit of its local TLS targets, each tab written to target/snapshots/webhooks-sandbox-*.png.
 */
class WebhooksSandboxSnapshotTest {

    private static Sandbox sandbox;
    private static TwilioClient twilio;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started the toolkit first.
        }
        // Closing this test's stage must not end the toolkit for the test classes that run after it.
        Platform.setImplicitExit(false);
        sandbox = Sandbox.start(SandboxOptions.forTests());
        twilio = TwilioClient.create();
    }

    @AfterAll
    static void stop() {
        twilio.close();
        sandbox.close();
    }

    @Test
    void auditsTheSandboxAndRendersEveryTab() throws Exception {
        DemoAccount demo = sandbox.demoAccount();
        AccountClient client = twilio.account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(),
                Secret.of(demo.apiKeySecret())), EmbeddedDemo.hostsFor(sandbox.baseUrl()));
        Clock clock = Clock.systemUTC();
        try (WebhookServices services = WebhookServices.forDemo(client, sandbox.demoCaCertificatePem(),
                AppPaths.under(home), clock)) {
            WebhooksViewModel model = new WebhooksViewModel(new DirectTaskRunner(), new RecordingDialogService(), services.audits(),
                    services.attestations(), clock);
            Path out = Path.of("target", "snapshots");
            Files.createDirectories(out);
            model.activate(); // nothing was ever probed, so the first visit runs the audit
            assertThat(model.accounts()).hasSize(6);
            assertThat(model.endpoints()).anyMatch(e -> e.status() == ProbeStatus.TLS_OK && e.chainStatus() == ChainStatus.VALID);
            assertThat(model.endpoints()).anyMatch(e -> e.chainStatus() == ChainStatus.SELF_SIGNED);
            assertThat(model.statusProperty().get()).startsWith("Audited");

            onFx(() -> render(model, out, "webhooks-sandbox-", "inventory", "endpoints", "accounts"));
            assertThat(Files.size(out.resolve("webhooks-sandbox-inventory.png"))).isGreaterThan(10_000);
        }
    }

    /** Writes the first {@code names.length} tabs to {@code out/prefix + name + .png}. */
    private static void render(WebhooksViewModel model, Path out, String prefix, String... names) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        WebhooksView view = new WebhooksView(model);
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1440, 760));
        stage.show();
        TabPane tabs = (TabPane) view.getCenter();
        for (int i = 0; i < names.length; i++) {
            tabs.getSelectionModel().select(i);
            if (i == 2) {
                model.selectedAccountProperty().set(model.accounts().get(0));
            }
            view.applyCss();
            view.layout();
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                    out.resolve(prefix + names[i] + ".png").toFile());
        }
        stage.close();
    }

    private interface FxWork {
        void run() throws Exception;
    }

    private static void onFx(FxWork work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
