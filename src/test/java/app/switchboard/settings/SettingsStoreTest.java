package app.switchboard.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void defaultsThenRoundTrip() {
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Theme.SYSTEM, store.get().getTheme());
        assertEquals(90, store.get().getKeyMaxAgeDays());
        assertEquals(5, store.get().getSamplerIntervalSeconds());
        store.update(s -> {
            s.setTheme(Theme.DARK);
            s.setLastScreen("traffic");
            s.setSamplerIntervalSeconds(0);
            s.setWindow(new Settings.WindowBounds(10, 20, 1300, 850, false));
        });
        Settings read = new SettingsStore(dir).get();
        assertEquals(Theme.DARK, read.getTheme());
        assertEquals("traffic", read.getLastScreen());
        assertEquals(1, read.getSamplerIntervalSeconds(), "never below 1 s");
        assertEquals(1300, read.getWindow().width());
    }

    @Test
    void aReaderDoesNotWaitForAWriteToReachTheDisk() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SettingsStore store = new SettingsStore(dir, (file, content) -> {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            AtomicFiles.write(file, content);
        });
        Thread writer = new Thread(() -> store.update(s -> s.setLastScreen("keys")));
        writer.start();
        assertTrue(writing.await(5, TimeUnit.SECONDS));
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> store.get().getLastScreen());
        assertEquals("keys", read.get(5, TimeUnit.SECONDS), "read while the write is held");
        release.countDown();
        writer.join(5000);
        assertEquals("keys", new SettingsStore(dir).get().getLastScreen());
    }

    @Test
    void concurrentChangesLeaveTheLatestStateOnDisk() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        int n = i;
                        store.update(s -> {
                            s.setLastScreen("t" + thread + "-" + n);
                            s.setKeyMaxAgeDays(s.getKeyMaxAgeDays() + 1);
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Settings onDisk = new SettingsStore(dir).get();
        assertEquals(90 + 200, onDisk.getKeyMaxAgeDays());
        assertEquals(store.get().getLastScreen(), onDisk.getLastScreen());
    }

    @Test
    void aDamagedFileGivesDefaultsAndIsKeptAside() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Theme.SYSTEM, store.get().getTheme());
        assertTrue(Files.readString(dir.resolve("settings.json.bad")).contains("not json"));
    }
}
