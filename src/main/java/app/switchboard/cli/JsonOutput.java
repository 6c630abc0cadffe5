package app.switchboard.cli;

import app.switchboard.twilio.TwilioJson;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes {@code --json} output, indented, with explicit nulls so every documented field is always present. */
final class JsonOutput {
    private static final Gson PRINTER = TwilioJson.gson().newBuilder().serializeNulls().create();

    private JsonOutput() {
    }

    static void print(PrintWriter out, JsonElement value) {
        try {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            PRINTER.toJson(value, w);
            w.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
