package app.switchboard.debugger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An offline catalog of common Twilio error codes (title and a short fix hint), so alerts are readable
 * without a network. Unknown codes still get Twilio's docs link.
 */
public final class ErrorCatalog {

    private static final String RESOURCE = "error-codes.json";

    /** What we know about one code. {@code known} is false when only the docs link could be offered. */
    public record ErrorInfo(String code, String title, String hint, String docsUrl, boolean known) {
    }

    private final Map<String, ErrorInfo> byCode;

    private ErrorCatalog(Map<String, ErrorInfo> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The catalog shipped with the app. */
    public static ErrorCatalog bundled() {
        try (InputStream in = ErrorCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonObject codes = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject().getAsJsonObject("codes");
            Map<String, ErrorInfo> map = new TreeMap<>();
            for (Map.Entry<String, JsonElement> e : codes.entrySet()) {
                JsonArray entry = e.getValue().getAsJsonArray();
                map.put(e.getKey(), new ErrorInfo(e.getKey(), entry.get(0).getAsString(), entry.get(1).getAsString(),
                        docsUrl(e.getKey()), true));
            }
            return new ErrorCatalog(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String docsUrl(String code) {
        return "https://www.twilio.com/docs/errors/" + code;
    }

    /** Never null: an unknown (or blank) code gets a generic title and the docs link. */
    public ErrorInfo lookup(String code) {
        String c = code == null ? "" : code.trim();
        ErrorInfo info = byCode.get(c);
        if (info != null) {
            return info;
        }
        if (!c.matches("\\d{1,6}")) {
            return new ErrorInfo(c, "No error code", "", null, false);
        }
        return new ErrorInfo(c, "Twilio error " + c, "Not in the offline catalog: open the docs page for details.",
                docsUrl(c), false);
    }

    public int size() {
        return byCode.size();
    }
}
