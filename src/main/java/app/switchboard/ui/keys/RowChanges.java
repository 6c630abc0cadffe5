package app.switchboard.ui.keys;

import app.switchboard.keys.ApiKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The difference between the rows a table showed and a fresh listing, worked out off the FX thread, so a
 * refresh that finds nothing new costs the table nothing, and one that finds a few changes touches only
 * those rows (a whole-table update re-lays out every visible row).
 */
final class RowChanges {

    private final Set<String> removed;
    private final Map<String, KeyRow> changed;
    private final List<KeyRow> added;

    private RowChanges(Set<String> removed, Map<String, KeyRow> changed, List<KeyRow> added) {
        this.removed = removed;
        this.changed = changed;
        this.added = added;
    }

    /** What turns {@code before} into the rows of {@code fresh}; any thread. */
    static RowChanges between(List<KeyRow> before, List<ApiKey> fresh, Function<ApiKey, KeyRow> toRow) {
        Map<String, KeyRow> wanted = new LinkedHashMap<>();
        for (ApiKey k : fresh) {
            wanted.put(k.sid(), toRow.apply(k));
        }
        Set<String> removed = new HashSet<>();
        Map<String, KeyRow> changed = new HashMap<>();
        for (KeyRow row : before) {
            KeyRow now = wanted.remove(row.sid());
            if (now == null) {
                removed.add(row.sid());
            } else if (!now.equals(row)) {
                changed.put(row.sid(), now);
            }
        }
        return new RowChanges(removed, changed, new ArrayList<>(wanted.values()));
    }

    boolean isEmpty() {
        return removed.isEmpty() && changed.isEmpty() && added.isEmpty();
    }

    /**
     * Applies the changes on the FX thread. Rows are matched by key SID, so a row created or revoked while the
     * listing ran is left as that action made it, unless the listing says otherwise.
     */
    void applyTo(List<KeyRow> rows) {
        if (isEmpty()) {
            return;
        }
        if (!removed.isEmpty()) {
            rows.removeIf(r -> removed.contains(r.sid()));
        }
        Set<String> present = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            KeyRow row = rows.get(i);
            present.add(row.sid());
            KeyRow now = changed.get(row.sid());
            if (now != null) {
                rows.set(i, now);
            }
        }
        List<KeyRow> missing = new ArrayList<>();
        for (KeyRow row : added) {
            if (!present.contains(row.sid())) {
                missing.add(row);
            }
        }
        rows.addAll(missing);
    }
}
