package app.switchboard.ui.traffic;

import app.switchboard.ui.common.RecordingDialogService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.traffic.MutableClock;
import app.switchboard.traffic.Records;
import app.switchboard.twilio.RequestRecord;
import java.util.ArrayList;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import app.switchboard.traffic.Sampler;
import app.switchboard.traffic.SyntheticTraffic;
import app.switchboard.traffic.TrafficMonitor;
import app.switchboard.traffic.TrafficRecorder;
import app.switchboard.traffic.TrafficWindow;
import app.switchboard.ui.common.DirectTaskRunner;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the screen with synthetic data (a surge into a 429 storm under a known limit) to
 * target/snapshots/*.png, in both AtlantaFX themes, for a person to look at; asserts it rendered.
 */
class TrafficViewSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");
    private static final String MAIN = "AC0123456789abcdef0123456789abcdef";
    private static final String SUB = "ACfedcba9876543210fedcba9876543210";

    @BeforeAll
    static void fx() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(
                new PrimerLight().getUserAgentStylesheet())).get();
    }

    @Test
    void rendersOneAccountInBothThemes() throws Exception {
        render("traffic-light", new PrimerLight().getUserAgentStylesheet(), TrafficWindow.FIVE_MINUTES, List.of(MAIN));
        render("traffic-dark", new PrimerDark().getUserAgentStylesheet(), TrafficWindow.FIVE_MINUTES, List.of(MAIN));
    }

    @Test
    void rendersTwoAccountsOverAnHour() throws Exception {
        render("traffic-two-accounts", new PrimerLight().getUserAgentStylesheet(), TrafficWindow.ONE_HOUR,
                List.of(MAIN, SUB));
    }

    @Test
    void rendersADay() throws Exception {
        render("traffic-day", new PrimerDark().getUserAgentStylesheet(), TrafficWindow.ONE_DAY, List.of(MAIN));
    }

    @Test
    void clickingA429MarkerOpensItsFirstRequest() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        TrafficRecorder recorder = new TrafficRecorder();
        TrafficMonitor monitor = new TrafficMonitor(recorder, clock);
        RequestRecord throttled = Records.record(MAIN, NOW.minusSeconds(60), 429, null, null, 20);
        recorder.onRecord(throttled);
        recorder.onRecord(Records.record(MAIN, NOW.minusSeconds(60).plusMillis(10), 429, null, null, 20));
        List<String> opened = new ArrayList<>();
        TrafficViewModel vm = new TrafficViewModel(new DirectTaskRunner(), new RecordingDialogService(), monitor,
                new Sampler((p, t) -> () -> { }, sid -> { }), clock, opened::add);
        WaitForAsyncUtils.asyncFx(() -> {
            vm.activate();
            TrafficView view = new TrafficView(vm, ZoneOffset.UTC);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1000, 800));
            stage.show();
            view.applyCss();
            view.layout();
            TimeChart chart = view.charts().concurrencyChart();
            double x = chart.xOfTime(NOW.minusSeconds(60).toEpochMilli());
            Node canvas = chart.getChildrenUnmodifiable().get(0);
            var at = canvas.localToScene(x, chart.getHeight() - 30); // events carry scene coordinates
            canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, at.getX(), at.getY(), 0, 0,
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null));
            stage.close();
            return null;
        }).get();
        assertThat(opened).containsExactly(throttled.requestId());
    }

    private void render(String name, String theme, TrafficWindow window, List<String> accounts) throws Exception {
        MutableClock clock = new MutableClock(NOW);
        TrafficRecorder recorder = new TrafficRecorder(1_000_000);
        TrafficMonitor monitor = new TrafficMonitor(recorder, clock);
        Duration length = window.length();
        SyntheticTraffic.feed(recorder, MAIN, NOW, length, window == TrafficWindow.FIVE_MINUTES ? 12 : window == TrafficWindow.ONE_HOUR ? 4 : 1, 38, 100, 7);
        if (accounts.contains(SUB)) {
            SyntheticTraffic.feed(recorder, SUB, NOW, length, 3, 18, 60, 11);
        }
        DirectTaskRunner runner = new DirectTaskRunner();
        TrafficViewModel vm = new TrafficViewModel(runner, new RecordingDialogService(), monitor,
                new Sampler((p, t) -> () -> { }, sid -> { }), clock, ref -> { });
        accounts.forEach(vm::watch);
        vm.setLimit(MAIN, "100", 0.8);
        vm.windowProperty().set(window);
        Path out = Path.of("target/snapshots", name + ".png");
        Files.createDirectories(out.getParent());
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(theme);
            vm.activate();
            TrafficView view = new TrafficView(vm, ZoneOffset.UTC);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 900));
            stage.show();
            view.applyCss();
            view.layout();
            TimeChart chart = view.charts().concurrencyChart();
            chart.hoverAt(chart.getWidth() * 0.45);
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", out.toFile());
            view.exportPng(out.resolveSibling(name + "-export.png"));
            stage.close();
            return null;
        }).get();
        File f = out.toFile();
        assertTrue(f.length() > 10_000, "snapshot written: " + f);
        var exported = ImageIO.read(out.resolveSibling(name + "-export.png").toFile());
        assertThat(exported.getWidth()).isGreaterThan(1000); // the Export PNG command wrote a real image
    }
}
