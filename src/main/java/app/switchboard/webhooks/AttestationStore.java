package app.switchboard.webhooks;

import app.switchboard.AppPaths;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps each account's attested "SSL certificate validation" setting in a JSON file in the config folder
 * ({@code webhook-attestations.json}), keyed by Account SID. Written atomically; a damaged file reads as
 * "unknown" for every account rather than stopping the app.
 */
public final class AttestationStore {

    public static final String FILE_NAME = "webhook-attestations.json";

    private final Path file;
    private final Map<String, Attestation> byAccount = new TreeMap<>();

    public AttestationStore(Path file) {
        this.file = file;
        load();
    }

    public static AttestationStore forUser(AppPaths paths) {
        return new AttestationStore(paths.configDir().resolve(FILE_NAME));
    }

    public synchronized Attestation get(String accountSid) {
        return byAccount.getOrDefault(accountSid, Attestation.UNKNOWN);
    }

    public synchronized void set(String accountSid, Attestation attestation) throws IOException {
        Map<String, Attestation> next = new TreeMap<>(byAccount);
        next.put(accountSid, attestation);
        JsonFiles.writeAtomically(file, JsonFiles.GSON.toJson(next));
        byAccount.clear();
        byAccount.putAll(next);
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            Map<String, Attestation> read = JsonFiles.GSON.fromJson(Files.readString(file),
                    new TypeToken<TreeMap<String, Attestation>>() { }.getType());
            if (read != null) {
                read.forEach((sid, a) -> {
                    if (a != null && a.state() != null) {
                        byAccount.put(sid, a);
                    }
                });
            }
        } catch (IOException | JsonParseException | java.time.DateTimeException e) {
            // Unreadable: every account shows "unknown" and the next save rewrites the file whole.
        }
    }
}
