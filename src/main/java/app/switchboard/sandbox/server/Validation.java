package app.switchboard.sandbox.server;

import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Input checks shared by the key endpoints, answering with Twilio's 400 codes. */
final class Validation {
    private static final int MAX_FRIENDLY_NAME = 64;
    private static final int MAX_PERMISSIONS = 100;
    private static final Pattern PERMISSION = Pattern.compile("/twilio/([a-z-]+)(/[a-z0-9-]+)+/(read|create|update|delete)");
    private static final Set<String> PRODUCTS = Set.of("messaging", "voice", "monitor", "events", "iam", "studio",
            "verify", "conversations", "video", "sync", "serverless", "taskrouter", "lookups", "trusthub", "numbers",
            "pricing", "proxy", "notify", "chat", "intelligence", "insights", "flex", "api");

    private Validation() {
    }

    static String friendlyName(String value) {
        if (value != null && value.length() > MAX_FRIENDLY_NAME) {
            throw ApiException.badRequest(20002, "Invalid FriendlyName: must be at most 64 characters, got "
                    + value.length());
        }
        return value;
    }

    /** Checks a restricted key's Policy: a JSON object {@code {"allow":[...]}} of known permissions. */
    static String policy(String value) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(value);
        } catch (JsonParseException ex) {
            throw ApiException.badRequest(20001, "Invalid Policy: not valid JSON");
        }
        if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("allow")
                || !parsed.getAsJsonObject().get("allow").isJsonArray()) {
            throw ApiException.badRequest(20001, "Invalid Policy: expected an object with an \"allow\" array");
        }
        JsonObject policy = parsed.getAsJsonObject();
        JsonArray allow = policy.getAsJsonArray("allow");
        if (allow.isEmpty() || allow.size() > MAX_PERMISSIONS) {
            throw ApiException.badRequest(20001, "Invalid Policy: between 1 and 100 permissions are allowed");
        }
        for (JsonElement permission : allow) {
            String p = permission.isJsonPrimitive() ? permission.getAsString() : permission.toString();
            var m = PERMISSION.matcher(p);
            if (!m.matches() || !PRODUCTS.contains(m.group(1))) {
                throw ApiException.badRequest(20001, "Invalid Policy: unknown permission '" + p + "'");
            }
        }
        return policy.toString();
    }
}
