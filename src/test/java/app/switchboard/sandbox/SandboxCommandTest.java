package app.switchboard.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import app.switchboard.cli.SwitchboardCommand;
import picocli.CommandLine;

/** Bad options of {@code switchboard sandbox} are usage errors (exit 2) with a message, not stack traces. */
class SandboxCommandTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cl = SwitchboardCommand.commandLine(() -> { });
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void rejectsBadOptionsWithAMessage() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "sandbox", "--concurrency-cap", "0"));
        assertTrue(err.toString().contains("concurrency cap must be at least 1"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "sandbox", "--fault", "meteor"));
        assertTrue(err2.toString().contains("unknown fault 'meteor'"), err2.toString());
        assertTrue(!err2.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void capacityBenchEndsWithAResultLine() {
        CommandLine cl = new CommandLine(new SandboxCapacityBench());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--requests", "20", "--cap", "2", "--mean-latency-ms", "1"));
        String[] lines = out.toString().trim().split("\\R");
        assertTrue(lines[lines.length - 1].matches("RESULT ideal_s=\\S+ at_cap_ratio_vs_ideal=\\S+ at_cap_rate_429=\\S+ "
                + "over_cap_rate_429=\\S+ server_mean_ms=\\S+"), out.toString());
    }
}
