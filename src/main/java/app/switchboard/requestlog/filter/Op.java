package app.switchboard.requestlog.filter;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Comparison operators of the filter language. */
public enum Op {
    EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), CONTAINS("*="), STARTS_WITH("^=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The longest operator at {@code pos} in {@code text}. */
    static Optional<Op> at(String text, int pos) {
        return Arrays.stream(values())
                .sorted(Comparator.comparingInt((Op o) -> -o.symbol.length()))
                .filter(o -> text.startsWith(o.symbol, pos))
                .findFirst();
    }
}
