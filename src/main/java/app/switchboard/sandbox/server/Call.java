package app.switchboard.sandbox.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

/** One request as the handlers see it: path, decoded query and form parameters, path captures, caller. */
final class Call {
    final String method;
    final String path;
    final Map<String, String> query;
    final Map<String, String> form;
    final Principal principal;
    final String baseUrl;
    final Matcher match;

    Call(String method, String path, Map<String, String> query, Map<String, String> form, Principal principal,
            String baseUrl, Matcher match) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.form = form;
        this.principal = principal;
        this.baseUrl = baseUrl;
        this.match = match;
    }

    String group(int index) {
        return match.group(index);
    }

    /** A parameter from the form body (POST) or else the query string. */
    String param(String name) {
        String value = form.get(name);
        return value != null ? value : query.get(name);
    }

    static Map<String, String> parseForm(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException ex) {
                throw ApiException.badRequest(20001, "Malformed form encoding in '" + name + "'");
            }
        }
        return out;
    }
}
