package app.switchboard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void saysWhenTheJvmRunsAsTheAppDoes() {
        assertEquals("JVM options: the app's own (-XX:TieredStopAtLevel=1 -XX:+UseZGC -XX:SoftMaxHeapSize=256m)",
                BenchCommand.jvmLine(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseZGC", "-XX:SoftMaxHeapSize=256m")));
    }

    @Test
    void warnsThatFiguresAreNotTheAppsWithoutThem() {
        String line = BenchCommand.jvmLine(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1"));
        assertTrue(line.startsWith("JVM options: without the app's -XX:+UseZGC -XX:SoftMaxHeapSize=256m, so the figures are not those"), line);
    }
}
