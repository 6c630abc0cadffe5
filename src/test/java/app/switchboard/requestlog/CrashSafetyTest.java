package app.switchboard.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 while writing: every batch reported committed is still there and the file is intact. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void killedWhileWritingLosesNoCommittedBatch() throws Exception {
        Path file = dir.resolve("requestlog.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), file.toString())).redirectErrorStream(true).start();
        long committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && committed < 6_000) {
                if (line.startsWith("committed ")) {
                    committed = Long.parseLong(line.substring(10));
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
        assertTrue(committed >= 6_000, "child did not write: " + committed);
        try (RequestLogStore store = RequestLogStore.open(file, RequestLogSettings.defaults(), Clock.systemUTC());
             RequestLogQueries q = store.queries()) {
            assertTrue(q.total() >= committed, q.total() + " < " + committed);
            assertEquals(0, q.total() % 500, "only whole batches are committed");
        }
        try (Connection c = RequestLogDatabase.openForReading(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }
}
