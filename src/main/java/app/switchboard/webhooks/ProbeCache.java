package app.switchboard.webhooks;

import app.switchboard.AppPaths;
import app.switchboard.webhooks.tls.TlsProbeResult;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last probe result per target, each with the time it was taken, so the screen shows the previous
 * audit at once and a re-run replaces it. Optionally persisted ({@code webhook-tls-cache.json} in the data
 * folder): results name host:port only, never a URL, so the file holds no credentials.
 */
public final class ProbeCache {

    public static final String FILE_NAME = "webhook-tls-cache.json";

    private final Path file;
    private final Map<String, TlsProbeResult> results = new ConcurrentHashMap<>();

    /** @param file where to persist, or null to keep results in memory only */
    public ProbeCache(Path file) {
        this.file = file;
        load();
    }

    public static ProbeCache inMemory() {
        return new ProbeCache(null);
    }

    public static ProbeCache forUser(AppPaths paths) {
        return new ProbeCache(paths.dataDir().resolve(FILE_NAME));
    }

    static String key(HostPort target, boolean tls) {
        return (tls ? "https://" : "http://") + target;
    }

    public Optional<TlsProbeResult> get(HostPort target, boolean tls) {
        return Optional.ofNullable(results.get(key(target, tls)));
    }

    public void put(TlsProbeResult result) {
        results.put(key(result.target(), result.tls()), result);
    }

    /** Writes the file (when persistent). */
    public void save() throws IOException {
        if (file != null) {
            JsonFiles.writeAtomically(file, JsonFiles.GSON.toJson(new ArrayList<>(results.values())));
        }
    }

    private void load() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            List<TlsProbeResult> read = JsonFiles.GSON.fromJson(Files.readString(file),
                    new TypeToken<List<TlsProbeResult>>() { }.getType());
            if (read != null) {
                read.stream().filter(r -> r != null && r.target() != null).forEach(this::put);
            }
        } catch (IOException | JsonParseException | java.time.DateTimeException e) {
            // A damaged cache is only a cache: start empty, the next audit rewrites it.
        }
    }
}
