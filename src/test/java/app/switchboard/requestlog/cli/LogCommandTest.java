package app.switchboard.requestlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.requestlog.RequestLogSettings;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.requestlog.SampleTraffic;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LogCommandTest {

    @TempDir
    Path dir;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void fill() {
        db = dir.resolve("requestlog.db");
        try (RequestLogStore store = RequestLogStore.open(db, RequestLogSettings.defaults(), Clock.systemUTC())) {
            store.writeAll(new SampleTraffic(2, 500, Instant.now(), Duration.ofHours(1).toMillis(), true), null);
        }
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new LogCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--db=" + db;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return cl.execute(all);
    }

    @Test
    void queryPrintsJsonLines() {
        assertEquals(0, run("query", "--json", "--limit", "3", "method=GET"), err.toString());
        String[] lines = out.toString().trim().split("\n");
        assertEquals(3, lines.length);
        assertEquals("GET", JsonParser.parseString(lines[0]).getAsJsonObject().get("method").getAsString());
    }

    @Test
    void aBadFilterExitsWithTwoAndPointsAtTheProblem() {
        assertEquals(2, run("query", "status>=400", "and", "(code=20429"));
        assertTrue(err.toString().contains("Unbalanced '('"), err.toString());
        assertTrue(err.toString().contains("^"), err.toString());
    }

    @Test
    void exportThenImportAsAnotherSource() throws Exception {
        Path har = dir.resolve("out.har");
        assertEquals(0, run("export", "--har", har.toString(), "status>=400"));
        assertTrue(Files.size(har) > 0);
        assertEquals(0, run("import", har.toString()));
        assertTrue(out.toString().contains("imported as source \"HAR out.har"), out.toString());
        Path notHar = Files.writeString(dir.resolve("x.har"), "<html>");
        assertEquals(2, run("import", notHar.toString()));
        assertTrue(err.toString().contains("not a HAR file"), err.toString());
    }
}
