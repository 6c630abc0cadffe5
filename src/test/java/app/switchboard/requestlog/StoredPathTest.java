package app.switchboard.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoredPathTest {

    private static final String KEY = "SK0123456789abcdef0123456789abcdef";

    @Test
    void aPathEndingInASidKeepsTheSidApart() {
        assertEquals(new StoredPath("/2010-04-01/Accounts/AC1/Keys/", KEY + ".json"),
                StoredPath.of("/2010-04-01/Accounts/AC1/Keys/" + KEY + ".json"));
        assertEquals(new StoredPath("/v1/Keys/", KEY), StoredPath.of("/v1/Keys/" + KEY));
    }

    @Test
    void otherPathsStayWhole() {
        for (String path : new String[] {"/v1/Keys", "/2010-04-01/Accounts/" + KEY + "/Calls.json", "/v1/Keys/" + KEY + "x",
                "/v1/Keys/sk0123456789abcdef0123456789abcdef", "/v1/Keys/SK0123456789ABCDEF0123456789ABCDEF", "/", "",
                "no-slash-" + KEY, "/v1/Keys/" + KEY + ".json/"}) {
            assertEquals(new StoredPath(path, null), StoredPath.of(path), path);
        }
    }
}
