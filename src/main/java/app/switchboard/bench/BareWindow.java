package app.switchboard.bench;

import app.switchboard.ui.ProcessCpu;
import app.switchboard.ui.common.NextPulse;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The startup benchmark's baseline: a bare JavaFX window started the way the app starts (plain main class,
 * same JVM options), reporting its first frame the way the app does.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** A separate class: a main class extending Application does not start from the classpath. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Hello"), 1280, 820);
            stage.setScene(scene);
            stage.show();
            NextPulse.then(scene, () -> {
                long start = ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("FIRST_FRAME_MS=" + (System.currentTimeMillis() - start));
                System.out.println("FIRST_FRAME_CPU_MS=" + ProcessCpu.millis());
                System.out.flush();
                Runtime.getRuntime().halt(0);
            });
        }
    }
}
