package app.switchboard.webhooks;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;

/** The webhook package's JSON files: one Gson with java.time support, and writes that are never half done. */
public final class JsonFiles {

    public static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, stringAdapter(Instant::toString, Instant::parse).nullSafe())
            .registerTypeAdapter(LocalDate.class, stringAdapter(LocalDate::toString, LocalDate::parse).nullSafe())
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .create();

    private JsonFiles() {
    }

    /** Writes to a temporary file in the same folder, then renames it over {@code file}. */
    public static void writeAtomically(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static <T> TypeAdapter<T> stringAdapter(java.util.function.Function<T, String> write,
                                                    java.util.function.Function<String, T> read) {
        return new TypeAdapter<T>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(write.apply(value));
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                return read.apply(in.nextString());
            }
        };
    }
}
