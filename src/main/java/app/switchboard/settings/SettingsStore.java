package app.switchboard.settings;

import app.switchboard.AtomicFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@code settings.json} in the config dir. A missing or unreadable file gives defaults (the damaged one is
 * kept aside as {@code settings.json.bad} rather than overwritten), writes are atomic.
 */
public final class SettingsStore {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path file;
    private Settings current;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    /** The settings, read from disk on first use. */
    public synchronized Settings get() {
        if (current == null) {
            current = read();
        }
        return current;
    }

    /** Applies {@code change} and writes the result. */
    public synchronized void update(Consumer<Settings> change) {
        Settings s = get();
        change.accept(s);
        try {
            AtomicFiles.write(file, GSON.toJson(s).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    private Settings read() {
        try {
            Settings s = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Settings.class);
            return s == null ? new Settings() : s;
        } catch (NoSuchFileException e) {
            return new Settings();
        } catch (IOException | JsonParseException e) {
            try {
                Files.copy(file, file.resolveSibling("settings.json.bad"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // Keeping a copy is a courtesy; defaults still apply.
            }
            return new Settings();
        }
    }
}
