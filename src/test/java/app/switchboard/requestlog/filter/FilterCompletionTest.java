package app.switchboard.requestlog.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.requestlog.filter.FilterCompletion.Suggestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterCompletionTest {

    private final Map<Field, List<String>> known = Map.of(
            Field.METHOD, List.of("GET", "POST", "DELETE"),
            Field.ACCOUNT, List.of("AC0001", "AC0002"),
            Field.SOURCE, List.of("switchboard", "HAR app.har (imported 2026-11-28 10:00)"));

    @Test
    void suggestsFieldNamesForAPrefix() {
        List<Suggestion> s = FilterCompletion.suggest("status>=400 co", 14, known);
        assertEquals(List.of("code", "concurrency"), s.stream().map(Suggestion::label).toList());
        assertEquals("status>=400 code", s.get(0).text());
    }

    @Test
    void suggestsOperatorsAfterAFieldName() {
        List<Suggestion> s = FilterCompletion.suggest("method", 6, known);
        assertEquals(List.of("method =", "method !=", "method *=", "method ^="), s.stream().map(Suggestion::label).toList());
    }

    @Test
    void suggestsKnownValuesAtTheCaretKeepingTheRest() {
        List<Suggestion> s = FilterCompletion.suggest("account=AC status=200", 10, known);
        assertEquals(List.of("AC0001", "AC0002"), s.stream().map(Suggestion::label).toList());
        assertEquals("account=AC0001 status=200", s.get(0).text());
        assertEquals(14, s.get(0).caret());
    }

    @Test
    void quotesValuesWithSpaces() {
        Suggestion s = FilterCompletion.suggest("source=H", 8, known).get(0);
        assertTrue(s.text().startsWith("source=\"HAR app.har"), s.text());
    }

    @Test
    void suggestsKeywordsAfterAWord() {
        assertTrue(FilterCompletion.suggest("status=200 o", 12, known).stream().anyMatch(x -> x.label().equals("or")));
    }
}
