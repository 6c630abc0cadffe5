package app.switchboard.requestlog.filter;

import app.switchboard.requestlog.StoredPath;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a parsed filter into parameterised SQL over the request-log schema. */
public final class FilterCompiler {

    private final Clock clock;

    /** @param clock the "now" of relative times ({@code time>-15m}) and the zone of local ones */
    public FilterCompiler(Clock clock) {
        this.clock = clock;
    }

    /** Parses and compiles in one step. */
    public SqlFilter compile(String filterText) throws FilterException {
        return compile(FilterParser.parse(filterText));
    }

    public SqlFilter compile(FilterNode node) throws FilterException {
        List<Object> params = new ArrayList<>();
        String sql = sql(node, params);
        return new SqlFilter(sql, params);
    }

    private String sql(FilterNode node, List<Object> params) throws FilterException {
        if (node instanceof FilterNode.All) {
            return "1";
        }
        if (node instanceof FilterNode.And and) {
            return "(" + sql(and.left(), params) + " AND " + sql(and.right(), params) + ")";
        }
        if (node instanceof FilterNode.Or or) {
            return "(" + sql(or.left(), params) + " OR " + sql(or.right(), params) + ")";
        }
        if (node instanceof FilterNode.Not not) {
            // IFNULL: "not code=20429" must keep the rows that have no code at all.
            return "NOT IFNULL(" + sql(not.inner(), params) + ", 0)";
        }
        if (node instanceof FilterNode.Text text) {
            String like = containsPattern(text.text());
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(like);
            return "(" + PATH + " LIKE ? ESCAPE '\\'"
                    + " OR r.rid LIKE ? ESCAPE '\\'"
                    + " OR (SELECT value FROM sid WHERE id = r.account_id) LIKE ? ESCAPE '\\'"
                    + " OR (SELECT value FROM sid WHERE id = r.credential_id) LIKE ? ESCAPE '\\')";
        }
        return condition((FilterNode.Condition) node, params);
    }

    private String condition(FilterNode.Condition c, List<Object> params) throws FilterException {
        switch (c.field()) {
            case STATUS:
                return compare("r.status", c.op(), FilterValues.integer(c), params);
            case CODE:
                return compare("r.code", c.op(), FilterValues.integer(c), params);
            case CONCURRENCY:
                return compare("r.concurrency", c.op(), FilterValues.integer(c), params);
            case DURATION:
                return compare("r.duration_ms", c.op(), FilterValues.decimal(c) * 1000.0, params);
            case RTT:
                return compare("r.rtt_us", c.op(), FilterValues.decimal(c) * 1000.0, params);
            case TIME:
                return compare("r.t_ms", c.op(), FilterValues.epochMillis(c, clock), params);
            case RETRY:
                boolean retries = FilterValues.bool(c) == (c.op() == Op.EQ);
                // unary + keeps the planner off the parent index: retries are common enough that walking
                // ids newest-first finds a page at once, where the index would need a sort of them all
                return retries ? "+r.parent_id IS NOT NULL" : "+r.parent_id IS NULL";
            case METHOD:
                return text("r.method", c.op(), c.value().toUpperCase(Locale.ROOT), params);
            case RID:
                return requestId(c.op(), c.value(), params);
            case PATH:
                return path(c.op(), c.value(), params);
            case HOST:
                return lookup("r.host_id", "host", c.op(), c.value(), params);
            case ACCOUNT:
                return lookup("r.account_id", "sid", c.op(), c.value(), params);
            case CREDENTIAL:
                return lookup("r.credential_id", "sid", c.op(), c.value(), params);
            case SOURCE:
                return lookup("r.source_id", "source", c.op(), c.value(), params);
            default:
                throw new IllegalStateException(c.field().name());
        }
    }

    private static String compare(String column, Op op, Object value, List<Object> params) {
        params.add(value);
        switch (op) {
            case EQ:
                return column + " = ?";
            case NE:
                return column + " IS NOT ?";
            case GT:
                return column + " > ?";
            case GE:
                return column + " >= ?";
            case LT:
                return column + " < ?";
            case LE:
                return column + " <= ?";
            default:
                throw new IllegalStateException(op.name());
        }
    }

    private static String text(String column, Op op, String value, List<Object> params) {
        switch (op) {
            case CONTAINS:
                params.add(containsPattern(value));
                return column + " LIKE ? ESCAPE '\\'";
            case STARTS_WITH:
                // A range rather than LIKE 'x%', so the index on the column serves it.
                params.add(value);
                params.add(value + Character.MAX_VALUE);
                return "(" + column + " >= ? AND " + column + " < ?)";
            default:
                return compare(column, op, value, params);
        }
    }

    /**
     * The indexes on request ids and path tails are led by the hour of the row (see RequestLogDatabase): an
     * exact or prefix match probes them once per hour that has such values, found by skipping through the index.
     */
    private static String requestId(Op op, String value, List<Object> params) {
        String match = text("r.rid", op, value, params);
        return op == Op.EQ || op == Op.STARTS_WITH ? "(" + hoursWith("rid") + " AND " + match + ")" : match;
    }

    private static String hoursWith(String column) {
        String present = "FROM request WHERE " + column + " IS NOT NULL";
        return "r.t_ms / 3600000 IN (WITH RECURSIVE h(x) AS (SELECT min(t_ms / 3600000) " + present + " UNION ALL"
                + " SELECT (SELECT min(t_ms / 3600000) " + present + " AND t_ms / 3600000 > x) FROM h WHERE x IS NOT NULL)"
                + " SELECT x FROM h WHERE x IS NOT NULL)";
    }

    /** The whole path of a row (see StoredPath). */
    private static final String PATH = "((SELECT value FROM path WHERE id = r.path_id) || ifnull(r.path_tail, ''))";

    private static String path(Op op, String value, List<Object> params) {
        if (op == Op.NE) {
            return "NOT IFNULL(" + path(Op.EQ, value, params) + ", 0)";
        }
        if (op != Op.EQ) {
            return PATH + " " + patternSql(op, value, params);
        }
        StoredPath stored = StoredPath.of(value);
        if (stored.resource() == null) {
            return "(" + lookup("r.path_id", "path", op, value, params) + " AND r.path_tail IS NULL)";
        }
        params.add(stored.resource());
        return "(" + hoursWith("path_tail") + " AND r.path_tail = ? AND "
                + lookup("r.path_id", "path", op, stored.collection(), params) + ")";
    }

    /** A condition on an interned column: match the small lookup table first, then the rows by id. */
    private static String lookup(String column, String table, Op op, String value, List<Object> params) {
        if (op == Op.NE) {
            return "NOT IFNULL(" + lookup(column, table, Op.EQ, value, params) + ", 0)";
        }
        if (op == Op.EQ) {
            // One value: find its id in the small table, then the rows through the column's index.
            return column + " IN (SELECT id FROM " + table + " WHERE " + text("value", op, value, params) + ")";
        }
        // A pattern may match a large share of the (SID-bearing) paths: test each row's value as rows are
        // walked newest-first, so a page stops early instead of first matching every value in the table.
        return "(SELECT value FROM " + table + " WHERE id = " + column + ") " + patternSql(op, value, params);
    }

    private static String patternSql(Op op, String value, List<Object> params) {
        params.add(op == Op.CONTAINS ? containsPattern(value) : escapeLike(value) + "%");
        return "LIKE ? ESCAPE '\\'";
    }

    private static String containsPattern(String value) {
        return "%" + escapeLike(value) + "%";
    }

    /** The value taken literally by LIKE: its own % and _ are not wildcards. */
    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
