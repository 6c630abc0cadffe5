package app.switchboard.twilio;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;

/**
 * A Twilio list read lazily: the next page is fetched only when iteration reaches it. Understands both
 * paging styles (facts §5): v2010's flat {@code next_page_uri} and v1's {@code meta.next_page_url}.
 * Each iteration starts again from the first page.
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
    private final HttpUrl firstPage;
    private final String itemsKey;
    private final TypeToken<List<T>> listType;
    private final Function<HttpUrl, JsonObject> fetch;
    private final Function<String, HttpUrl> resolveNext;

    Paged(HttpUrl firstPage, String itemsKey, Class<T> type, Function<HttpUrl, JsonObject> fetch,
            Function<String, HttpUrl> resolveNext) {
        this.firstPage = firstPage;
        this.itemsKey = itemsKey;
        @SuppressWarnings("unchecked")
        TypeToken<List<T>> list = (TypeToken<List<T>>) TypeToken.getParameterized(List.class, type);
        this.listType = list;
        this.fetch = fetch;
        this.resolveNext = resolveNext;
    }

    @Override
    public Iterator<T> iterator() {
        return new PageIterator();
    }

    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** Every item of every page. */
    public List<T> toList() {
        List<T> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    /** The next-page link of a list body in either style, or null on the last page. */
    static String nextLink(JsonObject body) {
        JsonElement meta = body.get("meta");
        JsonElement next = meta != null && meta.isJsonObject() ? meta.getAsJsonObject().get("next_page_url")
                : body.get("next_page_uri");
        return next == null || next.isJsonNull() || next.getAsString().isBlank() ? null : next.getAsString();
    }

    private final class PageIterator implements Iterator<T> {
        private final Deque<T> buffer = new ArrayDeque<>();
        private HttpUrl next = firstPage;

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty() && next != null) {
                HttpUrl current = next;
                JsonObject body = fetch.apply(current);
                String link = nextLink(body);
                next = link == null ? null : resolveNext.apply(link);
                if (current.equals(next)) {
                    next = null; // a server that links a page to itself must not loop us forever
                }
                JsonElement items = body.get(itemsKey);
                if (items != null && items.isJsonArray()) {
                    // The page's items in one read: a read per item would allocate a reader (with its 2 KB buffer)
                    // for each, the largest share of the garbage a list of 10,000 keys made.
                    List<T> page = TwilioJson.gson().fromJson(items, listType);
                    for (T item : page) {
                        if (item != null) {
                            buffer.add(item);
                        }
                    }
                }
            }
            return !buffer.isEmpty();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.poll();
        }
    }
}
