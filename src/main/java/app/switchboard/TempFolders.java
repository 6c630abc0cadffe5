package app.switchboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throwaway folders (a snapshot's or a benchmark's app home): removed with everything in them once done. */
public final class TempFolders {

    private TempFolders() {
    }

    /** Deletes {@code dir} and its contents as far as it can: a leftover temp folder is harmless. */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Already gone, or unreadable: nothing more to do.
        }
    }
}
