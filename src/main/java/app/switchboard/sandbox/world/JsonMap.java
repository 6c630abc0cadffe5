package app.switchboard.sandbox.world;

import java.util.LinkedHashMap;

/** An ordered JSON object under construction; nulls are kept because Twilio sends them explicitly. */
public final class JsonMap extends LinkedHashMap<String, Object> {

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
