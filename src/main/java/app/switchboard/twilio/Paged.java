package app.switchboard.twilio;

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
    private final Function<HttpUrl, TwilioResponse> fetch;
    private final Function<String, HttpUrl> resolveNext;

    /** @param fetch GETs a page */
    Paged(HttpUrl firstPage, String itemsKey, Class<T> type, Function<HttpUrl, TwilioResponse> fetch,
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

    private final class PageIterator implements Iterator<T> {
        private final Deque<T> buffer = new ArrayDeque<>();
        private HttpUrl next = firstPage;

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty() && next != null) {
                HttpUrl current = next;
                ListPage<T> page = ListPage.read(fetch.apply(current), itemsKey, listType, current.encodedPath());
                next = page.next() == null ? null : resolveNext.apply(page.next());
                if (current.equals(next)) {
                    next = null; // a server that links a page to itself must not loop us forever
                }
                buffer.addAll(page.items());
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
