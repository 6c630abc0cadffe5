package app.switchboard.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.requestlog.filter.SqlFilter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which index a filter is answered from, over a log of two days: the filters that pick few rows out of many
 * must not walk the whole table.
 */
class QueryPlanTest {

    static final Instant END = Instant.parse("2026-11-28T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(END, ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Path file;
    static RequestRow oldest;

    @BeforeAll
    static void fill() throws Exception {
        file = dir.resolve("requestlog.db");
        RequestLogSettings settings = new RequestLogSettings(Duration.ofDays(3650), 1_000_000, Long.MAX_VALUE, 1000, 1000);
        try (RequestLogStore store = RequestLogStore.open(file, settings, CLOCK)) {
            store.writeAll(new SampleTraffic(7, 20_000, END, Duration.ofDays(2).toMillis(), false), null);
            try (RequestLogQueries q = store.queries()) {
                oldest = q.page(q.filter("time<" + END.minus(Duration.ofHours(47))), Long.MAX_VALUE, 1).get(0);
            }
        }
    }

    @Test
    void aRequestIdIsFoundThroughItsIndexInWhicheverHourItIs() throws Exception {
        String rid = oldest.requestId();
        try (RequestLogQueries q = RequestLogQueries.open(file, CLOCK); Connection c = RequestLogDatabase.openForReading(file)) {
            assertEquals(List.of(oldest.id()), ids(q, "rid=" + rid));
            assertEquals(List.of(oldest.id()), ids(q, "rid^=" + rid.substring(0, 20)));
            assertTrue(ids(q, "rid^=" + rid.substring(0, 4)).contains(oldest.id()));
            assertEquals(List.of(), ids(q, "rid=" + rid.substring(0, 33)));
            assertTrue(ids(q, "rid=" + rid + " or status=503").contains(oldest.id()));
            assertEquals(List.of(), ids(q, "rid=" + rid + " and time>-1h"));

            assertTrue(plan(c, q.filter("rid=" + rid)).contains("USING INDEX request_rid (<expr>=? AND rid=?"));
            assertTrue(plan(c, q.filter("rid^=RQ12")).contains("USING INDEX request_rid (<expr>=? AND rid>? AND rid<?"));
            assertTrue(plan(c, q.filter("rid=" + rid + " or status=503")).contains("USING INDEX request_rid (<expr>=? AND rid=?"));
        }
    }

    @Test
    void aPathEndingInASidIsFoundThroughItsIndex() throws Exception {
        try (RequestLogQueries q = RequestLogQueries.open(file, CLOCK); Connection c = RequestLogDatabase.openForReading(file)) {
            RequestRow key = q.page(q.filter("path*=/Keys/SK time<" + END.minus(Duration.ofHours(40))), Long.MAX_VALUE, 1).get(0);
            List<RequestRow> found = q.page(q.filter("path=" + key.path()), Long.MAX_VALUE, 100);
            assertTrue(found.stream().allMatch(r -> r.path().equals(key.path())));
            assertTrue(found.stream().anyMatch(r -> r.id() == key.id()));
            assertTrue(plan(c, q.filter("path=" + key.path())).contains("USING INDEX request_tail (<expr>=? AND path_tail=?"));
        }
    }

    @Test
    void rareCodesAndParentsAreFoundThroughTheirIndexes() throws Exception {
        try (RequestLogQueries q = RequestLogQueries.open(file, CLOCK); Connection c = RequestLogDatabase.openForReading(file)) {
            assertTrue(plan(c, q.filter("code=20429")).contains("USING INDEX request_code"));
            assertTrue(plan(c, q.filter("status=503")).contains("USING INDEX request_status"));
        }
    }

    private static List<Long> ids(RequestLogQueries q, String filter) throws Exception {
        return q.page(q.filter(filter), Long.MAX_VALUE, 100).stream().map(RequestRow::id).toList();
    }

    private static String plan(Connection c, SqlFilter filter) throws Exception {
        try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + RequestLogQueries.pageSql(filter, "<"))) {
            int i = 1;
            for (Object p : filter.params()) {
                s.setObject(i++, p);
            }
            s.setLong(i++, Long.MAX_VALUE);
            s.setInt(i, 100);
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(4));
                }
            }
            return String.join(" | ", lines);
        }
    }
}
