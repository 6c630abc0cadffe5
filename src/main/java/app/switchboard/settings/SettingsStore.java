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
    private final Writer writer;
    private final Object writing = new Object();
    private Settings current;
    /** Changes applied (guarded by this) and the latest of them on disk (guarded by {@link #writing}). */
    private long changes;
    private long saved;

    public SettingsStore(Path configDir) {
        this(configDir, AtomicFiles::write);
    }

    /** With the way the file is written replaced (tests hold a write halfway). */
    SettingsStore(Path configDir, Writer writer) {
        this.file = configDir.resolve("settings.json");
        this.writer = writer;
    }

    /** Writes the whole file or leaves it as it was. */
    interface Writer {
        void write(Path file, byte[] content) throws IOException;
    }

    /** The settings, read from disk on first use. */
    public synchronized Settings get() {
        if (current == null) {
            current = read();
        }
        return current;
    }

    /**
     * Applies {@code change} and writes the result. The file is written outside the lock that {@link #get} takes:
     * a write is forced to disk, and a reader on the FX thread must not wait for that. Writes go one at a time, and
     * one whose state a later write has already saved is skipped.
     */
    public void update(Consumer<Settings> change) {
        byte[] json;
        long version;
        synchronized (this) {
            Settings s = get();
            change.accept(s);
            json = GSON.toJson(s).getBytes(StandardCharsets.UTF_8);
            version = ++changes;
        }
        synchronized (writing) {
            if (version < saved) {
                return;
            }
            try {
                writer.write(file, json);
                saved = version;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not save settings to " + file + ": " + e.getMessage(), e);
            }
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
