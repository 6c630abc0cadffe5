package app.switchboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void switchboardHomeMovesEverything() {
        AppPaths p = AppPaths.forEnvironment(Map.of("SWITCHBOARD_HOME", "/tmp/sb"), "Linux", "/home/u");
        assertEquals(Path.of("/tmp/sb/config"), p.configDir());
        assertEquals(Path.of("/tmp/sb/data"), p.dataDir());
    }

    @Test
    void linuxFollowsXdg() {
        AppPaths p = AppPaths.forEnvironment(Map.of("XDG_CONFIG_HOME", "/x/c"), "Linux", "/home/u");
        assertEquals(Path.of("/x/c/switchboard"), p.configDir());
        assertEquals(Path.of("/home/u/.local/share/switchboard"), p.dataDir());
    }

    @Test
    void macUsesApplicationSupport() {
        AppPaths p = AppPaths.forEnvironment(Map.of(), "Mac OS X", "/Users/u");
        assertEquals(Path.of("/Users/u/Library/Application Support/Switchboard"), p.configDir());
    }

    @Test
    void windowsUsesAppData() {
        AppPaths p = AppPaths.forEnvironment(Map.of("APPDATA", "C:/r", "LOCALAPPDATA", "C:/l"), "Windows 11", "C:/u");
        assertEquals(Path.of("C:/r", "Switchboard"), p.configDir());
        assertEquals(Path.of("C:/l", "Switchboard"), p.dataDir());
    }
}
