package app.switchboard.twilio;

import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;

/**
 * One page of a Twilio list, read in a single pass over its body: the items straight into their records, the
 * next-page link from either paging style (facts §5), everything else skipped. A page of 1,000 keys read as a
 * JSON tree first made about 1.5 MB of short-lived nodes, the largest share of a listing's garbage.
 *
 * @param items the page's items, nulls left out
 * @param next  the next page's link as Twilio wrote it, or null on the last page
 */
record ListPage<T>(List<T> items, String next) {

    /**
     * Reads a page (the answer to a GET of {@code path}). A blank body is an empty last page.
     *
     * @throws TwilioException when the body is not a JSON object, or its items are not the records expected
     */
    static <T> ListPage<T> read(TwilioResponse response, String itemsKey, TypeToken<List<T>> itemsType, String path) {
        if (response.body().isBlank()) {
            return new ListPage<>(List.of(), null);
        }
        try {
            return read(new JsonReader(new StringReader(response.body())), itemsKey, itemsType);
        } catch (IOException | IllegalStateException | JsonParseException e) {
            throw new TwilioException(response.status(), null, "Twilio answered with a body that is not a JSON object"
                    + " listing " + itemsKey + ".", null, response.headers().get("Twilio-Request-Id"), "GET", path, null);
        }
    }

    private static <T> ListPage<T> read(JsonReader in, String itemsKey, TypeToken<List<T>> itemsType) throws IOException {
        List<T> items = List.of();
        String flatNext = null; // v2010: next_page_uri at the top
        String metaNext = null; // v1: meta.next_page_url
        boolean meta = false;
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (name.equals(itemsKey) && in.peek() == JsonToken.BEGIN_ARRAY) {
                items = TwilioJson.gson().fromJson(in, itemsType);
                items.removeIf(Objects::isNull);
            } else if (name.equals("next_page_uri")) {
                flatNext = link(in);
            } else if (name.equals("meta") && in.peek() == JsonToken.BEGIN_OBJECT) {
                meta = true;
                in.beginObject();
                while (in.hasNext()) {
                    if (in.nextName().equals("next_page_url")) {
                        metaNext = link(in);
                    } else {
                        in.skipValue();
                    }
                }
                in.endObject();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        if (in.peek() != JsonToken.END_DOCUMENT) {
            throw new IllegalStateException("more than one JSON value");
        }
        return new ListPage<>(items, meta ? metaNext : flatNext);
    }

    /** A link's text; null for JSON null, a blank string, or anything that is not a string. */
    private static String link(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            in.skipValue();
            return null;
        }
        String text = in.nextString();
        return text.isBlank() ? null : text;
    }
}
