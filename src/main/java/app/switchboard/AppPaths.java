package app.switchboard;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Switchboard keeps its files (DESIGN §6): settings and profiles in the OS config dir, the request
 * log and other data in the OS data dir. {@code SWITCHBOARD_HOME} moves everything under one folder, which
 * is also how tests and benchmarks keep away from the user's real files.
 */
public final class AppPaths {

    private final Path configDir;
    private final Path dataDir;

    public AppPaths(Path configDir, Path dataDir) {
        this.configDir = configDir;
        this.dataDir = dataDir;
    }

    /** Everything under one folder: {@code home/config} and {@code home/data}. */
    public static AppPaths under(Path home) {
        return new AppPaths(home.resolve("config"), home.resolve("data"));
    }

    /** The folders for this user on this OS, honouring {@code SWITCHBOARD_HOME}. */
    public static AppPaths forCurrentUser() {
        return forEnvironment(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static AppPaths forEnvironment(Map<String, String> env, String osName, String userHome) {
        String home = env.get("SWITCHBOARD_HOME");
        if (home != null && !home.isBlank()) {
            return under(Path.of(home));
        }
        Path user = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            Path support = user.resolve("Library/Application Support/Switchboard");
            return new AppPaths(support, support);
        }
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", user.resolve("AppData/Roaming").toString());
            String localAppData = env.getOrDefault("LOCALAPPDATA", user.resolve("AppData/Local").toString());
            return new AppPaths(Path.of(appData, "Switchboard"), Path.of(localAppData, "Switchboard"));
        }
        String xdgConfig = env.get("XDG_CONFIG_HOME");
        String xdgData = env.get("XDG_DATA_HOME");
        Path config = xdgConfig == null || xdgConfig.isBlank() ? user.resolve(".config") : Path.of(xdgConfig);
        Path data = xdgData == null || xdgData.isBlank() ? user.resolve(".local/share") : Path.of(xdgData);
        return new AppPaths(config.resolve("switchboard"), data.resolve("switchboard"));
    }

    /** Settings and profiles (never secrets). */
    public Path configDir() {
        return configDir;
    }

    /** The request log database and other data. */
    public Path dataDir() {
        return dataDir;
    }
}
