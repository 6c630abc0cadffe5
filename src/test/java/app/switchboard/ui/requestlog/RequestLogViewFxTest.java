package app.switchboard.ui.requestlog;

import app.switchboard.ui.common.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.requestlog.RequestLogSettings;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.requestlog.SampleTraffic;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.twilio.RequestRecord.Header;
import app.switchboard.ui.common.DirectTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Filter → select → detail → copy as curl, on the real view; also writes target/requestlog-view.png to look at. */
@ExtendWith(ApplicationExtension.class)
class RequestLogViewFxTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final String SECRET = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    static Path dir;
    static RequestLogStore store;
    RequestLogView view;
    Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("requestlog-fx");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = RequestLogStore.open(dir.resolve("requestlog.db"), RequestLogSettings.defaults(), clock);
        store.writeAll(new SampleTraffic(11, 3_000, NOW.minusSeconds(30), Duration.ofHours(3).toMillis(), true), null);
        String account = "AC" + "c".repeat(32);
        store.writeAll(List.of(new RequestRecord(NOW.toEpochMilli() * 1000, 0, 1, NOW, account, account, "POST",
                "https://api.twilio.com/2010-04-01/Accounts/" + account + "/Keys.json", 201, null, "RQ" + "d".repeat(32), 5,
                0.081, 143.2, 40, 250, null,
                List.of(new Header("Authorization", "Basic " + SECRET), new Header("Content-Type", "application/x-www-form-urlencoded")),
                List.of(new Header("Content-Type", "application/json")), "FriendlyName=deploy+key&AuthToken=" + SECRET,
                "{\"sid\":\"SK" + "e".repeat(32) + "\",\"friendly_name\":\"deploy key\",\"secret\":\"" + SECRET + "\"}")).iterator(), null);
        RequestLogViewModel vm = new RequestLogViewModel(store, new DirectTaskRunner(), new RecordingDialogService(), clock);
        view = new RequestLogView(vm);
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
        vm.activate();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void filterSelectDetailAndCopyAsCurlWithoutSecrets(FxRobot robot) throws Exception {
        snapshot(Path.of("target", "requestlog-view.png"), robot);
        robot.clickOn("#requestlog-filter");
        robot.interact(() -> view.filter.setText("credential^=AC method=POST account=AC" + "c".repeat(32)));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.table.getItems().size());
        robot.interact(() -> view.table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#copy-curl");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> clip = new AtomicReference<>();
        robot.interact(() -> clip.set(Clipboard.getSystemClipboard().getString()));
        assertNotNull(clip.get());
        assertTrue(clip.get().contains("-u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\""), clip.get());
        assertTrue(clip.get().contains("--data-urlencode 'FriendlyName=deploy key'"), clip.get());
        assertFalse(clip.get().contains(SECRET), clip.get());

        robot.interact(() -> view.filter.setText("status>=400 and (code=20429"));
        robot.clickOn("#requestlog-filter").type(KeyCode.END).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#requestlog-filter-error").queryLabeled().getText().contains("Unbalanced"));
    }

    @Test
    void rendersARealisticLogToLookAt(FxRobot robot) throws Exception {
        robot.interact(() -> view.filter.setText("code=20429 or status>=500 or method=POST"));
        robot.clickOn("#requestlog-filter").type(KeyCode.ENTER);
        robot.interact(() -> view.table.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(Path.of("target", "requestlog-view-detail.png"), robot);
    }

    private void snapshot(Path file, FxRobot robot) throws IOException {
        AtomicReference<javafx.scene.image.WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(scene.snapshot(null)));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", file.toFile());
    }
}
