package app.switchboard.requestlog.filter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The fields a filter can name, with the operators each accepts. */
public enum Field {
    STATUS("status", Kind.INTEGER, "HTTP status (0 when no response)"),
    METHOD("method", Kind.TEXT, "HTTP method"),
    PATH("path", Kind.TEXT, "URL path without the query"),
    HOST("host", Kind.TEXT, "host name"),
    ACCOUNT("account", Kind.TEXT, "account SID (AC…)"),
    CREDENTIAL("credential", Kind.TEXT, "credential SID used (SK… or AC…)"),
    CODE("code", Kind.INTEGER, "Twilio error code"),
    DURATION("duration", Kind.DECIMAL, "Twilio server time, seconds"),
    RTT("rtt", Kind.DECIMAL, "client round trip, milliseconds"),
    CONCURRENCY("concurrency", Kind.INTEGER, "Twilio-Concurrent-Requests"),
    RID("rid", Kind.TEXT, "Twilio-Request-Id (RQ…)"),
    RETRY("retry", Kind.BOOLEAN, "true for retries"),
    TIME("time", Kind.TIME, "when sent: 2026-11-28T10:00 or -15m"),
    SOURCE("source", Kind.TEXT, "switchboard, or the imported HAR file");

    /** How values are read and which operators apply. */
    public enum Kind {
        INTEGER(EnumSet.of(Op.EQ, Op.NE, Op.GT, Op.GE, Op.LT, Op.LE)),
        DECIMAL(EnumSet.of(Op.EQ, Op.NE, Op.GT, Op.GE, Op.LT, Op.LE)),
        TIME(EnumSet.of(Op.GT, Op.GE, Op.LT, Op.LE)),
        TEXT(EnumSet.of(Op.EQ, Op.NE, Op.CONTAINS, Op.STARTS_WITH)),
        BOOLEAN(EnumSet.of(Op.EQ, Op.NE));

        private final Set<Op> ops;

        Kind(Set<Op> ops) {
            this.ops = ops;
        }

        public Set<Op> operators() {
            return ops;
        }
    }

    private final String key;
    private final Kind kind;
    private final String help;

    Field(String key, Kind kind, String help) {
        this.key = key;
        this.kind = kind;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String help() {
        return help;
    }

    public static Optional<Field> byKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
    }

    public static String allKeys() {
        return String.join(", ", Arrays.stream(values()).map(Field::key).toList());
    }
}
