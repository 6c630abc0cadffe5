package app.switchboard.requestlog.filter;

import java.util.ArrayList;
import java.util.List;

/** Splits filter text into tokens; shared by the parser and the autocompletion. */
final class FilterLexer {

    enum Type { LPAREN, RPAREN, OP, WORD, STRING }

    /** One token; {@code end} is exclusive, {@code text} is unquoted for strings. */
    record Token(Type type, String text, int start, int end, Op op, boolean closed) { }

    private FilterLexer() {
    }

    static List<Token> tokens(String text) throws FilterException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Type.LPAREN, "(", i, i + 1, null, true));
                i++;
            } else if (c == ')') {
                out.add(new Token(Type.RPAREN, ")", i, i + 1, null, true));
                i++;
            } else if (c == '"' || c == '\'') {
                Token t = quoted(text, i);
                if (!t.closed()) {
                    throw new FilterException("Unclosed quote " + c, i);
                }
                out.add(t);
                i = t.end();
            } else if (Op.at(text, i).isPresent()) {
                Op op = Op.at(text, i).get();
                out.add(new Token(Type.OP, op.symbol(), i, i + op.symbol().length(), op, true));
                i += op.symbol().length();
            } else if (c == '!' || c == '*' || c == '^') {
                throw new FilterException("Unknown operator '" + c + "': use = != > >= < <= *= ^=", i);
            } else {
                int start = i;
                while (i < n && isWordChar(text, i)) {
                    i++;
                }
                out.add(new Token(Type.WORD, text.substring(start, i), start, i, null, true));
            }
        }
        return out;
    }

    /** Lenient variant for autocompletion: never throws, an unclosed quote runs to the end. */
    static List<Token> tokensLenient(String text) {
        try {
            return tokens(text);
        } catch (FilterException e) {
            List<Token> partial = new ArrayList<>();
            try {
                partial.addAll(tokens(text.substring(0, e.position())));
            } catch (FilterException ignored) {
                return partial;
            }
            char c = text.charAt(e.position());
            if (c == '"' || c == '\'') {
                partial.add(quoted(text, e.position()));
            }
            return partial;
        }
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == '\'') {
            return false;
        }
        return Op.at(text, i).isEmpty() && c != '!' && c != '*' && c != '^';
    }

    private static Token quoted(String text, int start) {
        char quote = text.charAt(start);
        StringBuilder sb = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                sb.append(text.charAt(i + 1));
                i += 2;
            } else if (c == quote) {
                return new Token(Type.STRING, sb.toString(), start, i + 1, null, true);
            } else {
                sb.append(c);
                i++;
            }
        }
        return new Token(Type.STRING, sb.toString(), start, text.length(), null, false);
    }
}
