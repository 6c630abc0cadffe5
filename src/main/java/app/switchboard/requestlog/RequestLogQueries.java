package app.switchboard.requestlog;

import app.switchboard.requestlog.filter.Field;
import app.switchboard.requestlog.filter.FilterCompiler;
import app.switchboard.requestlog.filter.FilterException;
import app.switchboard.requestlog.filter.SqlFilter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The read side of the request log, on its own read-only connection (WAL lets it read while the
 * writer writes). Lists are paged by id (keyset, newest first), so no query ever loads the whole log.
 * Thread-safe; close it when done.
 */
public final class RequestLogQueries implements AutoCloseable {

    private static final String ROW_COLUMNS = "r.id, r.parent_id, r.attempt, r.t_ms, a.value, c.value, r.method,"
            + " h.origin, p.value || ifnull(r.path_tail, ''), r.query, r.status, r.code, r.duration_ms, r.rtt_us,"
            + " r.concurrency, r.rid, s.value, r.failure";
    private static final String ROW_JOINS = " LEFT JOIN sid a ON a.id = r.account_id LEFT JOIN sid c ON c.id = r.credential_id"
            + " JOIN host h ON h.id = r.host_id JOIN path p ON p.id = r.path_id JOIN source s ON s.id = r.source_id";

    private final Path file;
    private final Connection connection;
    private final FilterCompiler compiler;

    private RequestLogQueries(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.compiler = new FilterCompiler(clock);
    }

    /** Opens the log at {@code file} for reading. */
    public static RequestLogQueries open(Path file, Clock clock) {
        return new RequestLogQueries(file, RequestLogDatabase.openForReading(file), clock);
    }

    /** Compiles filter text (relative times against this log's clock). */
    public SqlFilter filter(String text) throws FilterException {
        return compiler.compile(text);
    }

    /** Up to {@code limit} rows older than {@code beforeId} (use {@link Long#MAX_VALUE} for the first page), newest first. */
    public synchronized List<RequestRow> page(SqlFilter filter, long beforeId, int limit) {
        return rows(pageSql(filter, "<"), filter.params(), beforeId, limit);
    }

    /** Rows newer than {@code afterId}, newest first, at most {@code limit} (the live tick). */
    public synchronized List<RequestRow> newerThan(SqlFilter filter, long afterId, int limit) {
        return rows(pageSql(filter, ">"), filter.params(), afterId, limit);
    }

    /** Rows matching the filter on one side of an id (parameters: the filter's, the id, the limit), newest first. */
    static String pageSql(SqlFilter filter, String idComparison) {
        // Filter and limit on request alone, then join the few rows found: keeps the planner on the indexes.
        return "SELECT " + ROW_COLUMNS + " FROM (SELECT * FROM request r WHERE (" + filter.where() + ") AND r.id "
                + idComparison + " ? ORDER BY r.id DESC LIMIT ?) r" + ROW_JOINS + " ORDER BY r.id DESC";
    }

    public synchronized long count(SqlFilter filter) {
        return single("SELECT count(*) FROM request r WHERE " + filter.where(), filter.params());
    }

    public synchronized long total() {
        return single("SELECT count(*) FROM request", List.of());
    }

    /** The newest id in the log, or 0 when empty. */
    public synchronized long newestId() {
        return single("SELECT ifnull(max(id), 0) FROM request", List.of());
    }

    /** One record with headers, bodies and its retry chain. */
    public synchronized Optional<RequestDetail> detail(long id) {
        List<RequestRow> one = rows("SELECT " + ROW_COLUMNS + " FROM request r" + ROW_JOINS + " WHERE r.id = ?",
                List.of(), id);
        if (one.isEmpty()) {
            return Optional.empty();
        }
        RequestRow row = one.get(0);
        long root = row.isRetry() ? row.parentId() : row.id();
        List<RequestRow> chain = rows("SELECT " + ROW_COLUMNS + " FROM request r" + ROW_JOINS
                + " WHERE r.id = ? OR r.parent_id = ? ORDER BY r.attempt, r.id", List.of(), root, root);
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT d.req_headers, d.resp_headers, d.req_body, d.resp_body, r.req_bytes, r.resp_bytes"
                        + " FROM request r LEFT JOIN detail d ON d.id = r.id WHERE r.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Optional.of(new RequestDetail(row, Headers.decode(rs.getString(1)), Headers.decode(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), chain));
            }
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
    }

    /** Streams every matching record in full, oldest first, without holding them all (HAR export). */
    public synchronized void forEachDetail(SqlFilter filter, Consumer<RequestDetail> sink) {
        String sql = "SELECT " + ROW_COLUMNS + ", d.req_headers, d.resp_headers, d.req_body, d.resp_body, r.req_bytes,"
                + " r.resp_bytes FROM request r" + ROW_JOINS + " LEFT JOIN detail d ON d.id = r.id WHERE "
                + filter.where() + " ORDER BY r.id";
        try (PreparedStatement s = prepare(sql, filter.params()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                RequestRow row = row(rs);
                sink.accept(new RequestDetail(row, Headers.decode(rs.getString(19)), Headers.decode(rs.getString(20)),
                        rs.getString(21), rs.getString(22), rs.getLong(23), rs.getLong(24), List.of(row)));
            }
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
    }

    /** Oldest and newest time of the matching records, or empty when none match. */
    public synchronized Optional<Instant[]> timeRange(SqlFilter filter) {
        try (PreparedStatement s = prepare("SELECT min(r.t_ms), max(r.t_ms) FROM request r WHERE " + filter.where(),
                filter.params()); ResultSet rs = s.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                return Optional.of(new Instant[] {Instant.ofEpochMilli(rs.getLong(1)), Instant.ofEpochMilli(rs.getLong(2))});
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
    }

    /** Requests per interval and status class between {@code from} and {@code to}, in {@code buckets} intervals. */
    public synchronized Timeline timeline(SqlFilter filter, Instant from, Instant to, int buckets) {
        long fromMs = from.toEpochMilli();
        long bucketMs = Math.max(1, (to.toEpochMilli() - fromMs + buckets) / buckets);
        long[][] counts = new long[buckets][Timeline.CLASSES];
        String sql = "SELECT (r.t_ms - ?) / ? AS b, r.status, count(*) FROM request r WHERE r.t_ms >= ? AND r.t_ms <= ?"
                + " AND (" + filter.where() + ") GROUP BY b, r.status";
        List<Object> params = new ArrayList<>(List.of(fromMs, bucketMs, fromMs, to.toEpochMilli()));
        params.addAll(filter.params());
        try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                int b = (int) Math.min(buckets - 1, rs.getLong(1));
                counts[b][Timeline.classOf(rs.getInt(2))] += rs.getLong(3);
            }
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
        return new Timeline(from, to, bucketMs, counts);
    }

    /** The GETs repeated most often in the matching records, with their share of the traffic. */
    public synchronized List<FetchAdvice> fetchAdvice(SqlFilter filter, int limit) {
        long all = count(filter);
        List<FetchAdvice> out = new ArrayList<>();
        if (all == 0) {
            return out;
        }
        String sql = "SELECT p.value || ifnull(g.path_tail, ''), g.n FROM (SELECT r.path_id, r.path_tail, count(*) AS n"
                + " FROM request r WHERE r.method = 'GET' AND r.parent_id IS NULL AND (" + filter.where() + ")"
                + " GROUP BY r.path_id, r.path_tail HAVING n > 1 ORDER BY n DESC LIMIT ?) g JOIN path p ON p.id = g.path_id"
                + " ORDER BY g.n DESC";
        List<Object> params = new ArrayList<>(filter.params());
        params.add(limit);
        try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String path = rs.getString(1);
                long n = rs.getLong(2);
                out.add(new FetchAdvice("GET", path, n, (double) n / all, FetchAdvice.hintFor(path)));
            }
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
        return out;
    }

    /** Values seen in the log, for autocompletion: statuses, codes, accounts, credentials, sources. */
    public synchronized Map<Field, List<String>> knownValues() {
        Map<Field, List<String>> m = new EnumMap<>(Field.class);
        m.put(Field.METHOD, List.of("GET", "POST", "DELETE", "PUT", "PATCH"));
        m.put(Field.RETRY, List.of("true", "false"));
        m.put(Field.TIME, List.of("-15m", "-1h", "-1d", "-7d"));
        // min-then-next walks the index once per distinct value instead of reading every row
        m.put(Field.STATUS, strings("WITH RECURSIVE v(x) AS (SELECT min(status) FROM request UNION ALL"
                + " SELECT (SELECT min(status) FROM request WHERE status > x) FROM v WHERE x IS NOT NULL)"
                + " SELECT x FROM v WHERE x IS NOT NULL LIMIT 100"));
        m.put(Field.CODE, strings("WITH RECURSIVE v(x) AS (SELECT min(code) FROM request WHERE code IS NOT NULL UNION ALL"
                + " SELECT (SELECT min(code) FROM request WHERE code > x) FROM v WHERE x IS NOT NULL)"
                + " SELECT x FROM v WHERE x IS NOT NULL LIMIT 100"));
        m.put(Field.ACCOUNT, strings("SELECT value FROM sid WHERE value LIKE 'AC%' ORDER BY value LIMIT 200"));
        m.put(Field.CREDENTIAL, strings("SELECT value FROM sid ORDER BY value LIMIT 200"));
        m.put(Field.HOST, strings("SELECT DISTINCT value FROM host ORDER BY value LIMIT 50"));
        m.put(Field.SOURCE, strings("SELECT value FROM source ORDER BY id"));
        return m;
    }

    /** The sources present: "switchboard" first, then imported HAR files. */
    public synchronized List<String> sources() {
        return strings("SELECT value FROM source ORDER BY id");
    }

    private List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
        return out;
    }

    private long single(String sql, List<Object> params) {
        try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
    }

    private List<RequestRow> rows(String sql, List<Object> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        List<RequestRow> out = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, all); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
        return out;
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    private static RequestRow row(ResultSet rs) throws SQLException {
        long duration = rs.getLong(13);
        Double durationSeconds = rs.wasNull() ? null : duration / 1000.0;
        int code = rs.getInt(12);
        Integer twilioCode = rs.wasNull() ? null : code;
        int conc = rs.getInt(15);
        Integer concurrency = rs.wasNull() ? null : conc;
        return new RequestRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getInt(11), twilioCode, durationSeconds, rs.getLong(14) / 1000.0, concurrency, rs.getString(16),
                rs.getString(17), rs.getString(18));
    }

    @Override
    public synchronized void close() {
        RequestLogDatabase.closeQuietly(connection);
    }
}
