package app.switchboard.requestlog;

import app.switchboard.twilio.RequestRecord;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one write path of the request log: redacts, interns and inserts a batch of records in a single
 * transaction, and applies retention. Used by one thread at a time (the store's writer thread, an
 * import, or the benchmark).
 */
final class BatchWriter implements AutoCloseable {

    private static final String INSERT_REQUEST = "INSERT OR IGNORE INTO request(id, parent_id, attempt, t_ms, source_id,"
            + " account_id, credential_id, method, host_id, path_id, query, status, code, rid, concurrency, duration_ms,"
            + " rtt_us, req_bytes, resp_bytes, failure, path_tail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_DETAIL =
            "INSERT OR IGNORE INTO detail(id, req_headers, resp_headers, req_body, resp_body) VALUES (?,?,?,?,?)";

    private final Path file;
    private final Connection connection;
    private final RequestLogSettings settings;
    private final Clock clock;
    private final PreparedStatement insertRequest;
    private final PreparedStatement insertDetail;
    private final Interner sids;
    private final Interner paths;
    private final Interner hosts;
    /** Parsed, redacted URLs by the URL as recorded: a console asks for the same few URLs over and over. */
    private final Map<String, Url> urls = lru(1_000);

    BatchWriter(Path file, Connection connection, RequestLogSettings settings, Clock clock) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.settings = settings;
        this.clock = clock;
        connection.setAutoCommit(false);
        insertRequest = connection.prepareStatement(INSERT_REQUEST);
        insertDetail = connection.prepareStatement(INSERT_DETAIL);
        sids = new Interner(connection, "INSERT INTO sid(value) VALUES (?) ON CONFLICT DO NOTHING RETURNING id",
                "SELECT id FROM sid WHERE value = ?");
        paths = new Interner(connection, "INSERT INTO path(value) VALUES (?) ON CONFLICT DO NOTHING RETURNING id",
                "SELECT id FROM path WHERE value = ?");
        hosts = new Interner(connection, "INSERT INTO host(value, origin) VALUES (substr(?, instr(?, '://') + 3), ?)"
                + " ON CONFLICT DO NOTHING RETURNING id", "SELECT id FROM host WHERE origin = ?");
    }

    /** Writes every record in one transaction: either all of them are committed or none. */
    void write(List<RequestRecord> records, int sourceId) throws SQLException {
        try {
            for (RequestRecord r : records) {
                add(r, sourceId);
            }
            insertRequest.executeBatch();
            insertDetail.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            insertRequest.clearBatch();
            insertDetail.clearBatch();
            rollbackQuietly();
            // ids cached during a rolled-back transaction no longer exist
            sids.clear();
            paths.clear();
            hosts.clear();
            throw e;
        }
    }

    private void add(RequestRecord r, int sourceId) throws SQLException {
        Url url = urls.computeIfAbsent(r.url(), u -> Url.parse(Redactor.text(u)));
        StoredPath path = StoredPath.of(url.path());
        PreparedStatement s = insertRequest;
        s.setLong(1, r.id());
        setLong(s, 2, r.parentId() == 0 ? null : r.parentId());
        s.setInt(3, r.attempt());
        s.setLong(4, r.startedAt().toEpochMilli());
        s.setInt(5, sourceId);
        setLong(s, 6, r.accountSid() == null ? null : sids.id(r.accountSid()));
        setLong(s, 7, r.credentialSid() == null ? null : sids.id(r.credentialSid()));
        s.setString(8, r.method());
        s.setLong(9, hosts.id(url.origin()));
        s.setLong(10, paths.id(path.collection()));
        s.setString(11, url.query());
        s.setInt(12, r.status());
        setLong(s, 13, r.twilioCode() == null ? null : r.twilioCode().longValue());
        s.setString(14, r.requestId());
        setLong(s, 15, r.concurrentRequests() == null ? null : r.concurrentRequests().longValue());
        setLong(s, 16, r.twilioDurationSeconds() == null ? null : Math.round(r.twilioDurationSeconds() * 1000));
        s.setLong(17, Math.round(r.roundTripMillis() * 1000));
        s.setLong(18, r.requestBytes());
        s.setLong(19, r.responseBytes());
        s.setString(20, r.failure() == null ? null : Redactor.text(r.failure()));
        s.setString(21, path.resource());
        s.addBatch();

        String reqHeaders = Headers.encode(r.requestHeaders());
        String respHeaders = Headers.encode(r.responseHeaders());
        String reqBody = body(r.requestBody());
        String respBody = body(r.responseBody());
        if (reqHeaders != null || respHeaders != null || reqBody != null || respBody != null) {
            insertDetail.setLong(1, r.id());
            insertDetail.setString(2, reqHeaders);
            insertDetail.setString(3, respHeaders);
            insertDetail.setString(4, reqBody);
            insertDetail.setString(5, respBody);
            insertDetail.addBatch();
        }
    }

    private String body(String body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        // Cut before redacting would risk splitting a secret field in two; redact first, then cut.
        String b = Redactor.text(body);
        int cap = settings.bodyCapChars();
        return b.length() <= cap ? b : b.substring(0, cap) + "\n… [cut: " + (b.length() - cap) + " more characters]";
    }

    /** Deletes what is older, beyond the row count or beyond the size limit; returns rows deleted. */
    int applyRetention() throws SQLException {
        int deleted = 0;
        try (Statement s = connection.createStatement()) {
            long cutoffMs = clock.millis() - settings.maxAge().toMillis();
            deleted += deleteWhere(s, "t_ms < " + cutoffMs);
            Long lastKept = idAtOffset(s, settings.maxRows());
            if (lastKept != null) {
                deleted += deleteWhere(s, "id <= " + lastKept);
            }
            long rows = count(s);
            if (usedBytes(s) > settings.maxBytes() && rows > 0) {
                // Drop the oldest tenth at a time: cheap to compute, converges in a few rounds.
                Long cut = idAtOffset(s, rows - Math.max(1, rows / 10));
                if (cut != null) {
                    deleted += deleteWhere(s, "id <= " + cut);
                }
            }
            connection.commit();
            if (deleted > 0) {
                s.execute("PRAGMA incremental_vacuum");
                connection.commit();
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        }
        return deleted;
    }

    private static int deleteWhere(Statement s, String condition) throws SQLException {
        // condition is built from numbers computed here, never from user input
        s.executeUpdate("DELETE FROM detail WHERE id IN (SELECT id FROM request WHERE " + condition + ")");
        return s.executeUpdate("DELETE FROM request WHERE " + condition);
    }

    private static Long idAtOffset(Statement s, long offset) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT id FROM request ORDER BY id DESC LIMIT 1 OFFSET " + offset)) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static long count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM request")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long usedBytes(Statement s) throws SQLException {
        long pages;
        long free;
        long size;
        try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            pages = rs.next() ? rs.getLong(1) : 0;
        }
        try (ResultSet rs = s.executeQuery("PRAGMA freelist_count")) {
            free = rs.next() ? rs.getLong(1) : 0;
        }
        try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
            size = rs.next() ? rs.getLong(1) : 4096;
        }
        return (pages - free) * size;
    }

    /** Adds (or finds) an imported source and returns its id. */
    int source(String label) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM source WHERE value = ?")) {
            find.setString(1, label);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement add = connection.prepareStatement("INSERT INTO source(value, added_ms) VALUES (?, ?)")) {
            add.setString(1, label);
            add.setLong(2, clock.millis());
            add.executeUpdate();
        }
        connection.commit();
        return source(label);
    }

    /** Refreshes the planner's statistics; cheap, and keeps index choices good as the log grows. */
    void optimize() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA optimize");
        }
        connection.commit();
    }

    Path file() {
        return file;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one reported
        }
    }

    private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setLong(i, v);
        }
    }

    @Override
    public void close() {
        RequestLogDatabase.closeQuietly(insertRequest);
        RequestLogDatabase.closeQuietly(insertDetail);
        sids.close();
        paths.close();
        hosts.close();
        RequestLogDatabase.closeQuietly(connection);
    }

    /** A map that forgets its least recently used entry beyond {@code max}. */
    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    /** Scheme, host and port; the path; the query (or null). */
    record Url(String origin, String path, String query) {
        static Url parse(String url) {
            try {
                URI u = URI.create(url);
                if (u.getScheme() != null && u.getRawAuthority() != null) {
                    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
                    return new Url(u.getScheme() + "://" + u.getRawAuthority(), path, u.getRawQuery());
                }
            } catch (IllegalArgumentException notAUri) {
                // kept whole below, so nothing is lost
            }
            return new Url("unknown://unknown", url, null);
        }
    }

    /** Maps strings to ids of a lookup table, with a bounded cache (paths carry SIDs, so they are many). */
    private static final class Interner implements AutoCloseable {
        private static final int CACHE = 20_000;
        private final PreparedStatement insert;
        private final PreparedStatement select;
        private final boolean hostStyle;
        private final Map<String, Long> cache = lru(CACHE);

        Interner(Connection c, String insertSql, String selectSql) throws SQLException {
            insert = c.prepareStatement(insertSql);
            select = c.prepareStatement(selectSql);
            hostStyle = insertSql.contains("origin");
        }

        long id(String value) throws SQLException {
            Long cached = cache.get(value);
            if (cached != null) {
                return cached;
            }
            // A value missing from the cache is most often new (a SID not seen before): insert first, look up
            // only when it was already there.
            long id = insertIfNew(value);
            if (id < 0) {
                id = existing(value);
            }
            cache.put(value, id);
            return id;
        }

        private long insertIfNew(String value) throws SQLException {
            insert.setString(1, value);
            if (hostStyle) {
                insert.setString(2, value);
                insert.setString(3, value);
            }
            try (ResultSet added = insert.executeQuery()) {
                return added.next() ? added.getLong(1) : -1;
            }
        }

        private long existing(String value) throws SQLException {
            select.setString(1, value);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        void clear() {
            cache.clear();
        }

        @Override
        public void close() {
            RequestLogDatabase.closeQuietly(insert);
            RequestLogDatabase.closeQuietly(select);
        }
    }
}
