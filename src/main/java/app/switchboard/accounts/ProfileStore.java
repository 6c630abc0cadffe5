package app.switchboard.accounts;

import app.switchboard.AtomicFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The saved profiles ({@code profiles.json} in the config dir, no secrets), written atomically. */
public final class ProfileStore {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;

    public ProfileStore(Path configDir) {
        this.file = configDir.resolve("profiles.json");
    }

    /** Every profile, sorted by name. A damaged file is reported, never overwritten. */
    public synchronized List<Profile> list() throws AccountsException {
        try {
            List<Profile> profiles = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeToken<List<Profile>>() { }.getType());
            List<Profile> sorted = new ArrayList<>(profiles == null ? List.of() : profiles);
            sorted.sort(Comparator.comparing(p -> p.name().toLowerCase(java.util.Locale.ROOT)));
            return sorted;
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | JsonParseException e) {
            throw new AccountsException("The profiles file " + file + " cannot be read (" + e.getMessage()
                    + "). It was left untouched; fix or move it away.");
        }
    }

    public Optional<Profile> find(String name) throws AccountsException {
        return list().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Adds {@code profile}, or replaces the one called {@code previousName} (null when adding). Refuses a
     * name another profile already uses.
     */
    public synchronized void save(Profile profile, String previousName) throws AccountsException {
        List<Profile> all = new ArrayList<>(list());
        boolean clash = all.stream().anyMatch(p -> p.name().equalsIgnoreCase(profile.name())
                && !p.name().equals(previousName));
        if (clash) {
            throw new AccountsException("A profile named \"" + profile.name() + "\" already exists.");
        }
        all.removeIf(p -> p.name().equals(previousName));
        all.add(profile);
        write(all);
    }

    public synchronized void remove(String name) throws AccountsException {
        List<Profile> all = new ArrayList<>(list());
        if (all.removeIf(p -> p.name().equals(name))) {
            write(all);
        }
    }

    private void write(List<Profile> all) throws AccountsException {
        try {
            AtomicFiles.write(file, GSON.toJson(all).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AccountsException("Could not write " + file + ": " + e.getMessage());
        }
    }
}
