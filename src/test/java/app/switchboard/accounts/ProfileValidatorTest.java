package app.switchboard.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.accounts.ProfileValidator.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileValidatorTest {

    static final String AC = "AC" + "0123456789abcdef0123456789abcdef";
    static final String SK = "SK" + "0123456789abcdef0123456789abcdef";

    private final ProfileValidator validator = new ProfileValidator();

    private static Profile key(String edge, String region, Map<String, String> urls) {
        return new Profile("Prod", AC, CredentialKind.API_KEY, SK, edge, region, urls);
    }

    private List<ProfileValidator.Problem> check(Profile p) {
        return validator.validate(p, 32, Set.of("Staging"));
    }

    private String only(Profile p, Field field) {
        List<ProfileValidator.Problem> problems = check(p);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(field, problems.get(0).field());
        return problems.get(0).message();
    }

    @Test
    void aCompleteProfileIsValid() {
        assertEquals(List.of(), check(key(null, null, Map.of())));
        assertEquals(List.of(), check(key("dublin", "ie1", Map.of("api", "http://127.0.0.1:4010"))));
        assertEquals(List.of(), check(key("tokyo", null, Map.of())));
    }

    @Test
    void malformedSidsAreExplained() {
        assertTrue(only(new Profile("Prod", "AC123", CredentialKind.API_KEY, SK, null, null, null), Field.ACCOUNT_SID)
                .contains("32 hex"));
        assertTrue(only(new Profile("Prod", SK, CredentialKind.API_KEY, SK, null, null, null), Field.ACCOUNT_SID)
                .contains("API key SID"));
        assertTrue(only(new Profile("Prod", AC, CredentialKind.API_KEY, AC, null, null, null), Field.KEY_SID)
                .contains("Account SID"));
        assertTrue(only(new Profile("Prod", "AC" + "0123456789ABCDEF0123456789ABCDEX", CredentialKind.API_KEY, SK, null,
                null, null), Field.ACCOUNT_SID).contains("hex"));
    }

    @Test
    void duplicateNamesAreRefusedIgnoringCase() {
        Profile p = new Profile("staging", AC, CredentialKind.API_KEY, SK, null, null, null);
        assertTrue(only(p, Field.NAME).contains("already exists"));
    }

    @Test
    void regionEdgePairsMustExist() {
        assertTrue(only(key("tokyo", "ie1", Map.of()), Field.EDGE).contains("does not serve region ie1"));
        assertTrue(only(key("mars", null, Map.of()), Field.EDGE).contains("Unknown edge"));
        assertTrue(only(key(null, "eu9", Map.of()), Field.REGION).contains("us1, ie1 or au1"));
        assertTrue(only(key(null, "au1", Map.of()), Field.EDGE).contains("needs an edge"));
    }

    @Test
    void baseUrlsMustBeHttpsExceptLoopback() {
        assertTrue(only(key(null, null, Map.of("api", "http://api.example.com")), Field.BASE_URL).contains("https"));
        assertTrue(only(key(null, null, Map.of("api", "ftp://127.0.0.1")), Field.BASE_URL).contains("http(s)"));
        assertTrue(only(key(null, null, Map.of("api", "https://u:p@api.example.com")), Field.BASE_URL)
                .contains("user:password"));
        assertEquals(List.of(), check(key(null, null, Map.of("api", "http://localhost:8080", "iam", "https://iam.example.com"))));
    }

    @Test
    void authTokenMustBe32CharactersUnlessKeptFromBefore() {
        Profile token = new Profile("Prod", AC, CredentialKind.AUTH_TOKEN, null, null, null, null);
        assertEquals(Field.SECRET, validator.validate(token, 12, Set.of()).get(0).field());
        assertEquals(Field.SECRET, validator.validate(token, 0, Set.of()).get(0).field());
        assertEquals(List.of(), validator.validate(token, -1, Set.of()));
    }
}
