package app.switchboard.ui.webhooks;

import app.switchboard.ui.common.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.ui.common.DirectTaskRunner;
import app.switchboard.webhooks.AttestationStore;
import app.switchboard.webhooks.WebhooksDemo;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders every tab of the screen with the demo audit to target/snapshots/webhooks-*.png. */
class WebhooksViewSnapshotTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started the toolkit first.
        }
        // Closing this test's stage must not end the toolkit for the test classes that run after it.
        Platform.setImplicitExit(false);
    }

    @Test
    void rendersEveryTab() throws Exception {
        Path out = Path.of("target", "snapshots");
        Files.createDirectories(out);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                Clock clock = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);
                WebhooksViewModel model = new WebhooksViewModel(new DirectTaskRunner(), new RecordingDialogService(),
                        WebhooksDemo.service(clock), new AttestationStore(dir.resolve("a.json")), clock);
                model.activate();
                WebhooksView view = new WebhooksView(model);
                Stage stage = new Stage();
                stage.setScene(new Scene(view, 1440, 760));
                stage.show();
                TabPane tabs = (TabPane) view.getCenter();
                String[] names = {"inventory", "endpoints", "accounts", "signature"};
                for (int i = 0; i < names.length; i++) {
                    tabs.getSelectionModel().select(i);
                    if (i < 2) {
                        ((TableView<?>) tabs.getTabs().get(i).getContent().lookup(".table-view")).getSelectionModel().select(i == 0 ? 9 : 7);
                    }
                    if (i == 2) {
                        model.selectedAccountProperty().set(model.accounts().get(1));
                    }
                    if (i == 3) {
                        model.signatureUrlProperty().set("https://mycompany.com/myapp.php?foo=1&bar=2");
                        model.importFormBody("CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212");
                        model.tokenProperty().set("12345");
                        model.signatureProperty().set("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
                        model.verifySignature();
                    }
                    view.applyCss();
                    view.layout();
                    File file = out.resolve("webhooks-" + names[i] + ".png").toFile();
                    ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file);
                }
                stage.close();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
        assertTrue(Files.size(out.resolve("webhooks-inventory.png")) > 10_000);
    }
}
