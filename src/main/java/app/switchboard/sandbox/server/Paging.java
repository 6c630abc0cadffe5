package app.switchboard.sandbox.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.switchboard.sandbox.world.JsonMap;

/**
 * Twilio's two paging styles over an in-memory list: v2010's flat fields with relative {@code *_uri}, and the
 * v1 {@code meta} block with absolute {@code *_url}. Page tokens are opaque to clients (they encode the offset);
 * a forged or damaged token is refused with 21481 like the real API.
 */
final class Paging {
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 1000;
    private static final String TOKEN_PREFIX = "PT";

    private final Call call;
    private final Map<String, String> filters;
    private final int pageSize;
    private final int page;
    private final int offset;

    /** @param filters the list's filter parameters, repeated in every page link */
    Paging(Call call, Map<String, String> filters) {
        this.call = call;
        this.filters = filters;
        this.pageSize = parsePageSize(call.query.get("PageSize"));
        String token = call.query.get("PageToken");
        int requestedPage = parseInt(call.query.get("Page"), 0, "Page");
        if (token != null) {
            this.offset = decodeToken(token);
        } else {
            this.offset = (int) Math.min(Integer.MAX_VALUE, (long) requestedPage * pageSize);
        }
        this.page = token != null && call.query.get("Page") == null ? offset / pageSize : requestedPage;
    }

    static Map<String, String> filters(Call call, String... names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String value = call.query.get(name);
            if (value != null) {
                out.put(name, value);
            }
        }
        return out;
    }

    <T> JsonMap v2010(String key, List<T> all, Function<T, Object> render) {
        List<Object> items = slice(all, render);
        boolean hasNext = offset + pageSize < all.size();
        JsonMap body = new JsonMap()
                .with("first_page_uri", uri(0, null))
                .with("end", offset + Math.max(items.size(), 1) - 1)
                .with("previous_page_uri", page > 0 && offset > 0 ? uri(page - 1, Math.max(0, offset - pageSize)) : null)
                .with(key, items)
                .with("uri", uri(page, call.query.containsKey("PageToken") ? offset : null))
                .with("page_size", pageSize)
                .with("start", offset)
                .with("next_page_uri", hasNext ? uri(page + 1, offset + pageSize) : null)
                .with("page", page);
        return body;
    }

    <T> JsonMap v1(String key, List<T> all, Function<T, Object> render) {
        List<Object> items = slice(all, render);
        boolean hasNext = offset + pageSize < all.size();
        JsonMap meta = new JsonMap()
                .with("page", page)
                .with("page_size", pageSize)
                .with("first_page_url", call.baseUrl + uri(0, null))
                .with("previous_page_url", page > 0 && offset > 0
                        ? call.baseUrl + uri(page - 1, Math.max(0, offset - pageSize)) : null)
                .with("url", call.baseUrl + uri(page, call.query.containsKey("PageToken") ? offset : null))
                .with("next_page_url", hasNext ? call.baseUrl + uri(page + 1, offset + pageSize) : null)
                .with("key", key);
        return new JsonMap().with(key, items).with("meta", meta);
    }

    private <T> List<Object> slice(List<T> all, Function<T, Object> render) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), offset + pageSize);
        return all.subList(from, to).stream().map(render).collect(Collectors.toList());
    }

    private String uri(int pageNumber, Integer tokenOffset) {
        StringBuilder sb = new StringBuilder(call.path).append('?');
        filters.forEach((k, v) -> sb.append(enc(k)).append('=').append(enc(v)).append('&'));
        sb.append("PageSize=").append(pageSize).append("&Page=").append(pageNumber);
        if (tokenOffset != null && tokenOffset > 0) {
            sb.append("&PageToken=").append(encodeToken(tokenOffset));
        }
        return sb.toString();
    }

    private static String encodeToken(int offset) {
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("o" + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decodeToken(String token) {
        try {
            if (token.startsWith(TOKEN_PREFIX)) {
                String decoded = new String(Base64.getUrlDecoder().decode(token.substring(TOKEN_PREFIX.length())),
                        StandardCharsets.US_ASCII);
                if (decoded.startsWith("o")) {
                    int offset = Integer.parseInt(decoded.substring(1));
                    if (offset >= 0) {
                        return offset;
                    }
                }
            }
        } catch (IllegalArgumentException ex) {
            // falls through to the 21481 answer
        }
        throw ApiException.badRequest(21481, "Invalid PageToken");
    }

    private static int parsePageSize(String value) {
        int size = parseInt(value, DEFAULT_PAGE_SIZE, "PageSize");
        if (size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest(20007, "Page size too large. The maximum page size is 1000.");
        }
        if (size < 1) {
            throw ApiException.badRequest(20001, "PageSize must be at least 1");
        }
        return size;
    }

    private static int parseInt(String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw ApiException.badRequest(20001, name + " must not be negative");
            }
            return parsed;
        } catch (NumberFormatException ex) {
            throw ApiException.badRequest(20001, name + " must be an integer, got '" + value + "'");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
