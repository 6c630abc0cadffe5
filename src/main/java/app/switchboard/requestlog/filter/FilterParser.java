package app.switchboard.requestlog.filter;

import app.switchboard.requestlog.filter.FilterLexer.Token;
import app.switchboard.requestlog.filter.FilterLexer.Type;
import java.util.List;
import java.util.Locale;

/**
 * Reads the filter language: {@code status>=400 and (method=POST or not path*=Keys) "free text"}.
 * Adjacent terms are joined by {@code and}; {@code not} binds tighter than {@code and}, which binds
 * tighter than {@code or}. Values are checked here (numbers, times, booleans), so a filter that
 * parses always compiles.
 */
public final class FilterParser {

    /** Longest filter accepted: a guard against pathological input, far above anything typed. */
    static final int MAX_LENGTH = 4_000;
    private static final int MAX_DEPTH = 50;

    private final String text;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    private FilterParser(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    public static FilterNode parse(String text) throws FilterException {
        String t = text == null ? "" : text;
        if (t.length() > MAX_LENGTH) {
            throw new FilterException("Filter too long (" + t.length() + " characters, at most " + MAX_LENGTH + ")", MAX_LENGTH);
        }
        FilterParser p = new FilterParser(t, FilterLexer.tokens(t));
        if (p.tokens.isEmpty()) {
            return new FilterNode.All();
        }
        FilterNode node = p.or();
        if (p.pos < p.tokens.size()) {
            Token extra = p.tokens.get(p.pos);
            if (extra.type() == Type.RPAREN) {
                throw new FilterException("Unbalanced ')': no '(' opens it", extra.start());
            }
            throw new FilterException("Unexpected '" + extra.text() + "'", extra.start());
        }
        return node;
    }

    private FilterNode or() throws FilterException {
        FilterNode left = and();
        while (isKeyword("or")) {
            pos++;
            left = new FilterNode.Or(left, and());
        }
        return left;
    }

    private FilterNode and() throws FilterException {
        FilterNode left = unary();
        while (pos < tokens.size() && !isKeyword("or") && peek().type() != Type.RPAREN) {
            if (isKeyword("and")) {
                pos++;
            }
            left = new FilterNode.And(left, unary());
        }
        return left;
    }

    private FilterNode unary() throws FilterException {
        if (pos >= tokens.size()) {
            throw new FilterException("Filter ends too early: a condition is missing", text.length());
        }
        if (isKeyword("not")) {
            if (++depth > MAX_DEPTH) {
                throw new FilterException("Too many nested 'not'", peek().start());
            }
            pos++;
            FilterNode inner = unary();
            depth--;
            return new FilterNode.Not(inner);
        }
        Token t = tokens.get(pos);
        if (t.type() == Type.LPAREN) {
            if (++depth > MAX_DEPTH) {
                throw new FilterException("Too many nested parentheses", t.start());
            }
            pos++;
            FilterNode inner = or();
            if (pos >= tokens.size() || peek().type() != Type.RPAREN) {
                throw new FilterException("Unbalanced '(': missing ')'", t.start());
            }
            pos++;
            depth--;
            return inner;
        }
        if (t.type() == Type.RPAREN) {
            throw new FilterException("Unexpected ')': a condition is missing", t.start());
        }
        if (t.type() == Type.OP) {
            throw new FilterException("Operator '" + t.text() + "' needs a field name before it", t.start());
        }
        if (isKeyword("and") || isKeyword("or")) {
            throw new FilterException("'" + t.text() + "' needs a condition before it", t.start());
        }
        pos++;
        if (pos < tokens.size() && peek().type() == Type.OP) {
            return condition(t, tokens.get(pos++));
        }
        return new FilterNode.Text(t.text());
    }

    private FilterNode condition(Token name, Token opToken) throws FilterException {
        if (name.type() == Type.STRING) {
            throw new FilterException("A field name cannot be quoted", name.start());
        }
        Field field = Field.byKey(name.text()).orElseThrow(() -> new FilterException(
                "Unknown field '" + name.text() + "'. Fields: " + Field.allKeys(), name.start()));
        Op op = opToken.op();
        if (!field.kind().operators().contains(op)) {
            throw new FilterException("Operator " + op.symbol() + " does not apply to " + field.key()
                    + " (use " + String.join(" ", field.kind().operators().stream().map(Op::symbol).toList()) + ")",
                    opToken.start());
        }
        if (pos >= tokens.size() || (peek().type() != Type.WORD && peek().type() != Type.STRING)) {
            throw new FilterException("Missing value after " + field.key() + op.symbol(), opToken.end());
        }
        Token value = tokens.get(pos++);
        FilterNode.Condition c = new FilterNode.Condition(field, op, value.text(), value.start());
        FilterValues.check(c);
        return c;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private boolean isKeyword(String keyword) {
        if (pos >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(pos);
        return t.type() == Type.WORD && t.text().toLowerCase(Locale.ROOT).equals(keyword);
    }
}
