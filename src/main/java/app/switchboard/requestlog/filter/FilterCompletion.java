package app.switchboard.requestlog.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Autocompletion for the filter bar: from the text and the caret, suggests field names, then the
 * operators of the field typed, then values seen in the log (methods, statuses, accounts, codes ...).
 */
public final class FilterCompletion {

    private static final int MAX = 40;
    private static final List<String> KEYWORDS = List.of("and", "or", "not");

    private FilterCompletion() {
    }

    /**
     * One choice.
     *
     * @param label   what the list shows
     * @param text    the whole filter text once chosen
     * @param caret   where the caret goes in {@code text}
     */
    public record Suggestion(String label, String detail, String text, int caret) { }

    public static List<Suggestion> suggest(String text, int caret, Map<Field, List<String>> known) {
        String t = text == null ? "" : text;
        int c = Math.max(0, Math.min(caret, t.length()));
        int start = wordStart(t, c);
        String word = t.substring(start, c);
        List<Suggestion> out = new ArrayList<>();
        Optional<int[]> op = operatorIn(word);
        if (op.isPresent()) {
            String name = word.substring(0, op.get()[0]);
            String opText = word.substring(op.get()[0], op.get()[1]);
            String partial = unquote(word.substring(op.get()[1]));
            Field.byKey(name).ifPresent(field -> {
                for (String v : known.getOrDefault(field, List.of())) {
                    if (v.toLowerCase(Locale.ROOT).startsWith(partial.toLowerCase(Locale.ROOT)) && out.size() < MAX) {
                        out.add(replace(t, start, c, name + opText + quoteIfNeeded(v) + " ", v, field.help()));
                    }
                }
            });
            return out;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        Optional<Field> exact = Field.byKey(word);
        if (exact.isPresent()) {
            for (Op o : exact.get().kind().operators()) {
                out.add(replace(t, start, c, exact.get().key() + o.symbol(), exact.get().key() + " " + o.symbol(),
                        exact.get().help()));
            }
            return out;
        }
        for (Field f : Field.values()) {
            if (f.key().startsWith(lower)) {
                out.add(replace(t, start, c, f.key(), f.key(), f.help()));
            }
        }
        if (!word.isEmpty()) {
            for (String k : KEYWORDS) {
                if (k.startsWith(lower) && !k.equals(lower)) {
                    out.add(replace(t, start, c, k + " ", k, "combine conditions"));
                }
            }
        }
        return out;
    }

    private static int wordStart(String t, int caret) {
        int start = caret;
        while (start > 0 && !Character.isWhitespace(t.charAt(start - 1)) && t.charAt(start - 1) != '(') {
            start--;
        }
        return start;
    }

    private static Suggestion replace(String text, int from, int to, String replacement, String label, String detail) {
        String after = text.substring(to);
        if (replacement.endsWith(" ") && after.startsWith(" ")) {
            replacement = replacement.substring(0, replacement.length() - 1);
        }
        String newText = text.substring(0, from) + replacement + after;
        return new Suggestion(label, detail, newText, from + replacement.length());
    }

    /** Start and end of the first operator in a word, if any. */
    private static Optional<int[]> operatorIn(String word) {
        for (int i = 0; i < word.length(); i++) {
            Optional<Op> op = Op.at(word, i);
            if (op.isPresent()) {
                return Optional.of(new int[] {i, i + op.get().symbol().length()});
            }
        }
        return Optional.empty();
    }

    private static String unquote(String v) {
        return v.startsWith("\"") || v.startsWith("'") ? v.substring(1) : v;
    }

    private static String quoteIfNeeded(String v) {
        boolean plain = !v.isEmpty() && v.chars().noneMatch(ch -> Character.isWhitespace(ch) || "()\"'=!<>*^".indexOf(ch) >= 0);
        return plain ? v : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
