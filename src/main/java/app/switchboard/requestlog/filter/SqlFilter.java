package app.switchboard.requestlog.filter;

import java.util.List;

/**
 * A filter compiled to a SQL boolean expression over the {@code request} table (alias {@code r}).
 * Values only ever travel in {@code params}, bound with {@code ?}: the SQL text is built from
 * fixed fragments, never from what the user typed.
 */
public record SqlFilter(String where, List<Object> params) {

    public SqlFilter {
        params = List.copyOf(params);
    }

    public static SqlFilter all() {
        return new SqlFilter("1", List.of());
    }

    /** Both this filter and {@code other}. */
    public SqlFilter and(SqlFilter other) {
        List<Object> p = new java.util.ArrayList<>(params);
        p.addAll(other.params);
        return new SqlFilter("(" + where + ") AND (" + other.where + ")", p);
    }
}
