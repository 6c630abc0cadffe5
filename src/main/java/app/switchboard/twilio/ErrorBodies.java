package app.switchboard.twilio;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Twilio error bodies in every shape seen (facts §8.1): classic {code,message,more_info,status},
 * RFC 9457 problem+json, the {@code errors[]} variant, XML RestException, and anything else (HTML, empty,
 * truncated) as a short plain-text message.
 */
final class ErrorBodies {
    /** At most this much of an error body is read: an error page of megabytes says nothing more. */
    static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
    private static final int MAX_TEXT_MESSAGE = 200;
    private static final Pattern XML_TAG = Pattern.compile("<(Code|Message|MoreInfo)>([^<]*)</\\1>");

    private ErrorBodies() {
    }

    record Parsed(Integer code, String message, String moreInfo) {
    }

    static Parsed parse(int status, String body) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("{")) {
            Parsed json = parseJson(text);
            if (json != null) {
                return json;
            }
        }
        if (text.contains("<RestException>")) {
            return parseXml(text);
        }
        return new Parsed(null, plainMessage(status, text), null);
    }

    private static Parsed parseJson(String text) {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                return null;
            }
            o = e.getAsJsonObject();
        } catch (RuntimeException truncatedOrInvalid) {
            return null;
        }
        if (o.has("errors") && o.get("errors").isJsonArray() && !o.has("message") && !o.has("title")) {
            JsonArray errors = o.getAsJsonArray("errors");
            if (errors.size() > 0 && errors.get(0).isJsonObject()) {
                JsonObject first = errors.get(0).getAsJsonObject();
                return new Parsed(integer(first, "code"), firstString(first, "message", "detail"),
                        firstString(first, "more_info", "infoUrl"));
            }
        }
        String message = firstString(o, "message", "detail", "title");
        if (o.has("title") && o.has("detail") && string(o, "title") != null) {
            message = string(o, "title") + ": " + string(o, "detail");
        }
        return new Parsed(integer(o, "code"), message, firstString(o, "more_info", "type"));
    }

    private static Parsed parseXml(String text) {
        Integer code = null;
        String message = null;
        String moreInfo = null;
        Matcher m = XML_TAG.matcher(text);
        while (m.find()) {
            String v = m.group(2).strip();
            switch (m.group(1)) {
                case "Code":
                    code = toInt(v);
                    break;
                case "Message":
                    message = v;
                    break;
                default:
                    moreInfo = v;
            }
        }
        return new Parsed(code, message, moreInfo);
    }

    /** A non-JSON body (HTML from a proxy, empty, cut) becomes one readable line. */
    private static String plainMessage(int status, String text) {
        if (text.isEmpty()) {
            return "HTTP " + status + " with an empty body";
        }
        String kind = text.regionMatches(true, 0, "<!doctype html", 0, 14) || text.regionMatches(true, 0, "<html", 0, 5)
                ? "an HTML page" : text.startsWith("{") ? "truncated or invalid JSON" : "a non-JSON body";
        String title = null;
        Matcher t = Pattern.compile("(?is)<title>(.*?)</title>").matcher(text);
        if (t.find()) {
            title = t.group(1).strip();
        }
        String snippet = title != null ? title : text.replaceAll("\\s+", " ");
        if (snippet.length() > MAX_TEXT_MESSAGE) {
            snippet = snippet.substring(0, MAX_TEXT_MESSAGE) + "…";
        }
        return "HTTP " + status + " with " + kind + " instead of a Twilio answer: " + Redaction.url(snippet);
    }

    private static String firstString(JsonObject o, String... names) {
        for (String n : names) {
            String v = string(o, n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static Integer integer(JsonObject o, String name) {
        return toInt(string(o, name));
    }

    private static Integer toInt(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
