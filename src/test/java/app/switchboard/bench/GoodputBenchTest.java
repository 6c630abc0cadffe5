package app.switchboard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GoodputBenchTest {

    @Test
    void smallRunPrintsEveryClientAndEndsWithTheResultLine() {
        CommandLine cl = new CommandLine(new GoodputBench());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--requests", "60", "--cap", "4", "--mean-latency-ms", "2", "--workers", "8",
                "--warmup", "0"));
        String text = out.toString();
        for (String client : new String[] {"(a) switchboard bulk", "(b) 8 workers, twilio-node", "(c) 8 workers, twilio-java",
            "oracle: 4 plain workers"}) {
            assertTrue(text.contains(client), client + " missing in\n" + text);
        }
        String[] lines = text.trim().split("\\R");
        String result = lines[lines.length - 1];
        assertTrue(result.matches("RESULT ratio_vs_ideal=\\S+ failed=0 rate_429=\\S+ node_ratio_vs_ideal=\\S+ node_failed=\\d+"
                + " java_failed=\\d+ .*"), text);
    }

    @Test
    void badFiguresGetAMessageAndExitCodeTwo() {
        CommandLine cl = new CommandLine(new GoodputBench());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("--cap", "0"));
        assertTrue(err.toString().startsWith("Error: "), err.toString());
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void nodeStyleRetriesOnly429ThreeTimesWithCappedFullJitter() {
        for (int i = 0; i < 200; i++) {
            assertTrue(SdkRetryStyle.NODE.delayBeforeRetry(0, 429).toMillis() < 100);
            assertTrue(SdkRetryStyle.NODE.delayBeforeRetry(2, 429).toMillis() < 400);
        }
        assertNull(SdkRetryStyle.NODE.delayBeforeRetry(3, 429), "three retries at most");
        assertNull(SdkRetryStyle.NODE.delayBeforeRetry(0, 503), "5xx is not retried");
    }

    @Test
    void javaStyleNeverRetries429AndTries5xxThreeTimesInAll() {
        assertNull(SdkRetryStyle.JAVA.delayBeforeRetry(0, 429));
        assertEquals(Duration.ofMillis(100), SdkRetryStyle.JAVA.delayBeforeRetry(0, 503));
        assertEquals(Duration.ofMillis(100), SdkRetryStyle.JAVA.delayBeforeRetry(1, 503));
        assertNull(SdkRetryStyle.JAVA.delayBeforeRetry(2, 503));
    }
}
