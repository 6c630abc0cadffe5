package app.switchboard.sandbox.world;

import java.util.LinkedHashMap;

/** An ordered JSON object under construction; nulls are kept because Twilio sends them explicitly. */
public final class JsonMap extends LinkedHashMap<String, Object> {

    /**
     * An ordered map from alternating keys and values. Unlike {@code Map.of}, iteration order is fixed, so the
     * JSON a seed produces is byte-identical from one run to the next.
     */
    public static JsonMap of(Object... keysAndValues) {
        JsonMap map = new JsonMap();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public JsonMap with(String key, Object value) {
        put(key, value);
        return this;
    }

    public JsonMap copy() {
        JsonMap copy = new JsonMap();
        copy.putAll(this);
        return copy;
    }

    public String string(String key) {
        Object value = get(key);
        return value == null ? null : value.toString();
    }
}
