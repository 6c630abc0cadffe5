package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorCatalogTest {

    private final ErrorCatalog catalog = ErrorCatalog.bundled();

    @Test
    void coversTheCommonWebhookAndRestCodes() {
        assertTrue(catalog.size() >= 60, "size " + catalog.size());
        for (String code : new String[] {"20003", "20404", "20429", "21211", "21610", "21614", "30003", "30004",
                "30005", "30006", "30007", "30008", "11200", "11205", "11206", "11210", "11215", "11220", "11235",
                "11236", "11237", "11750", "12100", "12200", "12300", "13227", "13224", "31000"}) {
            ErrorCatalog.ErrorInfo info = catalog.lookup(code);
            assertTrue(info.known(), code);
            assertFalse(info.title().isBlank(), code);
            assertFalse(info.hint().isBlank(), code);
            assertEquals("https://www.twilio.com/docs/errors/" + code, info.docsUrl());
        }
        assertEquals("Certificate expired", catalog.lookup("11236").title());
    }

    @Test
    void unknownCodesFallBackToTheDocsLink() {
        ErrorCatalog.ErrorInfo info = catalog.lookup(" 99999 ");
        assertFalse(info.known());
        assertEquals("Twilio error 99999", info.title());
        assertEquals("https://www.twilio.com/docs/errors/99999", info.docsUrl());
        assertNull(catalog.lookup(null).docsUrl());
        assertNull(catalog.lookup("../../etc").docsUrl(), "no link built from junk");
    }
}
