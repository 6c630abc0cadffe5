package app.switchboard.keys;

import app.switchboard.AtomicFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Unfinished rotations, one small JSON file each, named after the key being replaced. */
public final class RotationStore {
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, new InstantAdapter()).setPrettyPrinting().create();

    private final Path dir;

    public RotationStore(Path dir) {
        this.dir = dir;
    }

    public void save(Rotation r) {
        try {
            AtomicFiles.writeString(fileOf(r.oldSid()), GSON.toJson(r));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the rotation of " + r.oldSid(), e);
        }
    }

    public void remove(String oldSid) {
        try {
            Files.deleteIfExists(fileOf(oldSid));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the finished rotation of " + oldSid, e);
        }
    }

    /** Every unfinished rotation; unreadable files are skipped rather than blocking the others. */
    public List<Rotation> unfinished() {
        List<Rotation> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().endsWith(".json"))::iterator) {
                try {
                    Rotation r = GSON.fromJson(Files.readString(f), Rotation.class);
                    if (r != null && r.oldSid() != null && r.step() != null) {
                        out.add(r);
                    }
                } catch (JsonParseException | IOException damaged) {
                    // one damaged file must not hide the other rotations
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list unfinished rotations in " + dir, e);
        }
        return out;
    }

    private Path fileOf(String oldSid) {
        if (!oldSid.matches("[A-Za-z0-9]{2,64}")) {
            throw new IllegalArgumentException("Not a key SID: " + oldSid);
        }
        return dir.resolve(oldSid + ".json");
    }
}
