package app.switchboard.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyAuditLogTest {

    @TempDir
    Path dir;

    @Test
    void concurrentAppendsSharingFlushesLoseAndMixNoLine() throws Exception {
        KeyAuditLog log = new KeyAuditLog(dir.resolve("keys/audit.jsonl"), "tester");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        log.append(Instant.EPOCH, "AC" + "1".repeat(32), "SK" + thread + "-" + i, "bulk key", "revoke",
                                "ok", null);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<KeyAuditLog.Entry> entries = log.entries();
        assertEquals(400, entries.size());
        Set<String> keys = new HashSet<>();
        entries.forEach(e -> keys.add(e.keySid()));
        assertEquals(400, keys.size(), "every append is one whole line of its own");
    }
}
