package app.switchboard.requestlog;

import java.util.regex.Pattern;

/**
 * A URL path as the request log stores it: the collection part, interned in the {@code path} table, and,
 * when the path ends in one resource's SID ({@code …/Keys/SK….json}), that last segment, kept in the row.
 * Interning every such path would give the dictionary one random entry per request (its unique index then
 * cost more to write than the rest of the row); the collections are few.
 *
 * @param collection everything up to the resource (the whole path when it names no single resource)
 * @param resource   the last segment when it is a SID with an optional extension, else null
 */
public record StoredPath(String collection, String resource) {

    private static final Pattern SID_SEGMENT = Pattern.compile("[A-Z]{2}[0-9a-f]{32}(\\.[A-Za-z]+)?");
    private static final int SID_LENGTH = 34;

    public static StoredPath of(String path) {
        int slash = path.lastIndexOf('/');
        if (path.length() - slash - 1 >= SID_LENGTH && SID_SEGMENT.matcher(path).region(slash + 1, path.length()).matches()) {
            return new StoredPath(path.substring(0, slash + 1), path.substring(slash + 1));
        }
        return new StoredPath(path, null);
    }
}
