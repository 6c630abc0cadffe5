package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.reflect.TypeToken;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** A list page read in one pass: items, the next link in both paging styles, and bodies that are not pages. */
class ListPageTest {
    @SuppressWarnings("unchecked")
    private static final TypeToken<List<ApiKey>> KEYS = (TypeToken<List<ApiKey>>) TypeToken.getParameterized(List.class, ApiKey.class);

    private static ListPage<ApiKey> read(String body) {
        return ListPage.read(new TwilioResponse(200, body, Headers.of("Twilio-Request-Id", "RQ123")), "keys", KEYS,
                "/2010-04-01/Accounts/AC1/Keys.json");
    }

    @Test
    void v2010PageWithItsFlatNextLinkAndOtherFieldsSkipped() {
        ListPage<ApiKey> page = read("""
                {"first_page_uri": "/x?Page=0", "end": 1, "keys": [
                  {"sid": "SK1", "friendly_name": "one", "date_created": "Mon, 02 Nov 2026 10:00:00 +0000", "extra": {"a": [1, 2]}},
                  null,
                  {"sid": "SK2", "friendly_name": "two"}
                ], "next_page_uri": "/2010-04-01/Accounts/AC1/Keys.json?PageToken=PASK2", "page": 0}""");
        assertEquals(List.of("SK1", "SK2"), page.items().stream().map(ApiKey::sid).toList());
        assertEquals("2026-11-02T10:00:00Z", page.items().get(0).dateCreated().toString());
        assertEquals("/2010-04-01/Accounts/AC1/Keys.json?PageToken=PASK2", page.next());
    }

    @Test
    void v1PageTakesItsLinkFromMetaEvenWhenMetaComesLast() {
        ListPage<ApiKey> page = read("""
                {"keys": [{"sid": "SK1"}], "next_page_uri": "/ignored",
                 "meta": {"page": 0, "next_page_url": "https://iam.twilio.com/v1/Keys?PageToken=PA1", "key": "keys"}}""");
        assertEquals(1, page.items().size());
        assertEquals("https://iam.twilio.com/v1/Keys?PageToken=PA1", page.next());
        assertNull(read("{\"keys\": [], \"meta\": {\"next_page_url\": null}, \"next_page_uri\": \"/ignored\"}").next(),
                "meta's null wins: v1's last page");
    }

    @Test
    void aLastPageHasNoNextLinkWhateverTheServerWritesForIt() {
        assertNull(read("{\"keys\": [], \"next_page_uri\": null}").next());
        assertNull(read("{\"keys\": [], \"next_page_uri\": \"  \"}").next());
        assertNull(read("{\"keys\": [], \"next_page_uri\": {\"odd\": true}}").next());
        assertNull(read("{\"keys\": []}").next());
        assertEquals(0, read("").items().size(), "a blank body is an empty last page");
        assertNull(read(" ").next());
    }

    @Test
    void missingOrMisshapenItemsAreAnEmptyPage() {
        assertEquals(0, read("{\"accounts\": [{\"sid\": \"AC1\"}]}").items().size());
        assertEquals(0, read("{\"keys\": null}").items().size());
        assertEquals(0, read("{\"keys\": {\"sid\": \"SK1\"}}").items().size());
    }

    @Test
    void aBodyThatIsNotAPageIsATwilioErrorWithItsRequestId() {
        for (String body : List.of("<html><title>Captive portal</title></html>", "[1, 2]", "{\"keys\": [", "{} {}",
                "{\"keys\": [1, 2]}", "{\"keys\": [{\"sid\": {\"nested\": 1}}]}")) {
            TwilioException e = assertThrows(TwilioException.class, () -> read(body), body);
            assertTrue(e.getMessage().contains("not a JSON object listing keys"), e.getMessage());
            assertEquals("RQ123", e.requestId(), body);
        }
    }
}
