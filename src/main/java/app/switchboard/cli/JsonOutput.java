package app.switchboard.cli;

import app.switchboard.twilio.TwilioJson;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes {@code --json} output, indented, through the app's one Gson. */
final class JsonOutput {
    private JsonOutput() {
    }

    static void print(PrintWriter out, JsonElement value) {
        try {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.setSerializeNulls(true);
            TwilioJson.gson().toJson(value, w);
            w.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
