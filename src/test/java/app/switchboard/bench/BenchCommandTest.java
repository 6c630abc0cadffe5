package app.switchboard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void saysWhenTheJvmRunsAsTheAppDoes() {
        assertEquals("JVM options: the app's own (-XX:TieredStopAtLevel=1)",
                BenchCommand.jvmLine(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1")));
    }

    @Test
    void warnsThatFiguresAreNotTheAppsWithoutThem() {
        String line = BenchCommand.jvmLine(List.of("-Xmx1g"));
        assertTrue(line.startsWith("JVM options: without the app's -XX:TieredStopAtLevel=1, so the figures are not those"), line);
    }
}
