package app.switchboard;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so a reader (or the next start after a crash) sees either the old content or the new,
 * never half of it: write a sibling temp file, force it to disk, then rename it over the target. Every
 * file Switchboard rewrites (settings, profiles, secrets file, journals, exports) goes through here.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes the whole content of a file to the temporary path it is given. */
    @FunctionalInterface
    public interface PathWriter {
        void writeTo(Path file) throws IOException;
    }

    /** Writes the whole content of a text file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        replaceWith(target, tmp -> Files.write(tmp, content));
    }

    public static void write(Path target, Content content) throws IOException {
        replaceWith(target, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        });
    }

    /** The one way: {@code writer} fills a sibling temp file, which is forced to disk and renamed over the target. */
    public static void replaceWith(Path target, PathWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            writer.writeTo(tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
