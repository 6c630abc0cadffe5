package app.switchboard.debugger;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes Twilio's form-encoded strings ({@code alert_text}, {@code request_variables},
 * {@code response_headers}) into ordered name/value pairs. Never throws: a malformed escape is kept as
 * written, a part without {@code =} becomes a name with an empty value (Twilio sends {@code Msg&...}).
 */
public final class FormEncoded {

    /** One decoded pair, in the order Twilio sent it. */
    public record Field(String name, String value) {
    }

    private FormEncoded() {
    }

    public static List<Field> parse(String encoded) {
        List<Field> fields = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) {
            return fields;
        }
        for (String part : encoded.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decode(part.substring(eq + 1));
            fields.add(new Field(name, value));
        }
        return fields;
    }

    /** The first value named {@code name} (case-insensitive), or null. */
    public static String first(List<Field> fields, String name) {
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return f.value();
            }
        }
        return null;
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return s;
        }
    }
}
