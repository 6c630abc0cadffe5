package app.switchboard.requestlog.filter;

/** The parsed form of a filter. */
public sealed interface FilterNode {

    record And(FilterNode left, FilterNode right) implements FilterNode { }

    record Or(FilterNode left, FilterNode right) implements FilterNode { }

    record Not(FilterNode inner) implements FilterNode { }

    /** {@code field op value}; {@code valuePosition} is where the value starts, for error messages. */
    record Condition(Field field, Op op, String value, int valuePosition) implements FilterNode { }

    /** Free text: matches the path, the request id or an account/credential SID. */
    record Text(String text) implements FilterNode { }

    /** The empty filter. */
    record All() implements FilterNode { }
}
