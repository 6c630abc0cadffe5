package app.switchboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The app's JVM options are written in three more places than {@link Launcher#JVM_OPTIONS}: all must agree. */
class LauncherJvmOptionsTest {

    @Test
    void theInstalledLauncherStartsTheJvmWithThem() throws IOException {
        String args = Files.readString(Path.of("installer/jpackage/app-image.args"));
        for (String option : Launcher.JVM_OPTIONS) {
            assertTrue(args.contains("--java-options \"" + option + "\""), "installer/jpackage/app-image.args lacks " + option);
        }
    }

    @Test
    void theStartupArchiveIsMadeByAJvmStartedLikeTheApp() throws IOException {
        String script = Files.readString(Path.of("installer/linux/cds-archive.sh"));
        for (String option : Launcher.JVM_OPTIONS) {
            assertTrue(script.contains(" " + option + " "), "installer/linux/cds-archive.sh lacks " + option);
        }
    }

    @Test
    void theReadmesCommandRunsTheAppWithThem() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String command = "java " + String.join(" ", Launcher.JVM_OPTIONS) + " -jar target/switchboard.jar";
        assertTrue(readme.contains("./mvnw -q package -DskipTests && " + command), "the README's run command is not " + command);
    }
}
