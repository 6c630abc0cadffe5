package app.switchboard.keys;

import app.switchboard.AtomicFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Key creations in flight, written to disk before the POST is sent. If Switchboard or the network dies
 * between the POST and its answer, the entry survives and the next reconciliation finds out whether
 * Twilio created the key (whose secret is then lost) or not. Holds no secrets.
 */
public final class CreationJournal {

    /** One creation whose outcome is not yet known. */
    public record Intent(String id, String accountSid, String friendlyName, Instant requestedAt,
                         Set<String> sidsBefore) {
    }

    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, new InstantAdapter())
            .setPrettyPrinting()
            .create();

    private final Path file;

    public CreationJournal(Path file) {
        this.file = file;
    }

    public synchronized Intent begin(String accountSid, String friendlyName, Instant now, Set<String> sidsBefore) {
        Intent intent = new Intent(UUID.randomUUID().toString(), accountSid, friendlyName, now, Set.copyOf(sidsBefore));
        List<Intent> all = new ArrayList<>(pending());
        all.add(intent);
        save(all);
        return intent;
    }

    /** The outcome is known (created, not created, or reported as an orphan): forget the intent. */
    public synchronized void settle(String intentId) {
        List<Intent> all = new ArrayList<>(pending());
        if (all.removeIf(i -> i.id().equals(intentId))) {
            save(all);
        }
    }

    /** Intents whose outcome is still unknown, oldest first. A damaged journal is reported, never ignored. */
    public synchronized List<Intent> pending() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Intent> list = GSON.fromJson(Files.readString(file), new TypeToken<List<Intent>>() { }.getType());
            return list == null ? List.of() : List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key creation journal " + file, e);
        } catch (JsonParseException e) {
            throw new IllegalStateException("The key creation journal " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    private void save(List<Intent> all) {
        try {
            AtomicFiles.writeString(file, GSON.toJson(all));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key creation journal " + file
                    + "; the key was not created", e);
        }
    }
}
