package app.switchboard.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void aDamagedFileGivesDefaultsAndIsKeptAside() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Theme.SYSTEM, store.get().getTheme());
        assertTrue(Files.readString(dir.resolve("settings.json.bad")).contains("not json"));
    }
}
