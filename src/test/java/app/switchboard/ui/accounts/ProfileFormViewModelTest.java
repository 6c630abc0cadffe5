package app.switchboard.ui.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.accounts.AccountNode;
import app.switchboard.accounts.AccountStatus;
import app.switchboard.accounts.ConnectionResult;
import app.switchboard.accounts.ConnectionTester;
import app.switchboard.accounts.CredentialKind;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.ProfileService;
import app.switchboard.accounts.ProfileStore;
import app.switchboard.accounts.ProfileValidator.Field;
import app.switchboard.accounts.SubaccountTree;
import app.switchboard.accounts.TwilioFailure;
import app.switchboard.accounts.secrets.InMemoryCredentialStore;
import app.switchboard.ui.accounts.ProfileFormViewModel.ResultKind;
import app.switchboard.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFormViewModelTest {

    static final String AC = "AC" + "0123456789abcdef0123456789abcdef";
    static final String SK = "SK" + "0123456789abcdef0123456789abcdef";
    static final SubaccountTree TREE = SubaccountTree.of(AC, List.of(
            new AccountNode(AC, "Acme Production", AccountStatus.ACTIVE, "Full", AC),
            new AccountNode("AC" + "1".repeat(32), "EU customers", AccountStatus.ACTIVE, "Full", AC),
            new AccountNode("AC" + "2".repeat(32), "Old pilot", AccountStatus.SUSPENDED, "Trial", AC)));

    @TempDir
    Path dir;

    private final InMemoryCredentialStore secrets = new InMemoryCredentialStore();
    /** The arrays the tester was given (to check they are wiped) and their content at the time. */
    private final List<char[]> secretsSeen = new ArrayList<>();
    private final List<String> secretValues = new ArrayList<>();
    private final List<Profile> saved = new ArrayList<>();
    private ConnectionResult answer = ConnectionResult.success(TREE);
    private int tests;

    private ProfileFormViewModel form(Profile previous) {
        ConnectionTester tester = (profile, secret) -> {
            tests++;
            secretsSeen.add(secret);
            secretValues.add(new String(secret));
            return answer;
        };
        return new ProfileFormViewModel(new DirectTaskRunner(), new ProfileService(new ProfileStore(dir), () -> secrets),
                () -> tester, previous, Set.of("Staging"), saved::add);
    }

    private static void fill(ProfileFormViewModel vm) {
        vm.nameProperty().set("Production");
        vm.accountSidProperty().set(AC);
        vm.keySidProperty().set(SK);
        vm.secretLengthProperty().set(6);
    }

    @Test
    void errorsAppearAsFieldsAreTypedNotBefore() {
        ProfileFormViewModel vm = form(null);
        assertEquals("", vm.errorProperty(Field.ACCOUNT_SID).get());
        assertFalse(vm.validProperty().get());
        vm.accountSidProperty().set("AC12");
        assertTrue(vm.errorProperty(Field.ACCOUNT_SID).get().contains("32 hex"));
        assertEquals("", vm.errorProperty(Field.NAME).get());
        vm.accountSidProperty().set(AC);
        assertEquals("", vm.errorProperty(Field.ACCOUNT_SID).get());
    }

    @Test
    void duplicateNameAndBadRegionEdgeAreShownInline() {
        ProfileFormViewModel vm = form(null);
        fill(vm);
        vm.nameProperty().set("staging");
        vm.regionProperty().set("au1");
        vm.edgeProperty().set("dublin");
        assertTrue(vm.errorProperty(Field.NAME).get().contains("already exists"));
        assertTrue(vm.errorProperty(Field.EDGE).get().contains("does not serve region au1"));
    }

    @Test
    void testingAnInvalidFormShowsEveryErrorAndCallsNothing() {
        ProfileFormViewModel vm = form(null);
        vm.test("x".toCharArray());
        assertEquals(0, tests);
        assertTrue(vm.errorProperty(Field.NAME).get().length() > 0);
        assertTrue(vm.errorProperty(Field.KEY_SID).get().length() > 0);
    }

    @Test
    void successfulTestShowsAccountAndSubaccountsAndWipesTheSecret() {
        ProfileFormViewModel vm = form(null);
        fill(vm);
        char[] secret = "abcdef".toCharArray();
        vm.test(secret);
        assertEquals(ResultKind.SUCCESS, vm.resultKindProperty().get());
        assertEquals("Connected to Acme Production", vm.resultTitleProperty().get());
        assertTrue(vm.resultDetailProperty().get().startsWith("2 subaccounts"), vm.resultDetailProperty().get());
        assertEquals("abcdef", secretValues.get(0));
        assertTrue(new String(secretsSeen.get(0)).chars().allMatch(c -> c == 0), "the tester's copy is wiped");
        assertTrue(new String(secret).chars().allMatch(c -> c == 0), "the caller's array is wiped");
        assertTrue(saved.isEmpty());
    }

    @Test
    void error20003ExplainsTheMainKeyRequirement() {
        answer = ConnectionResult.failed(new TwilioFailure(TwilioFailure.Kind.AUTHENTICATION, 401, 20003,
                "Authenticate", "https://www.twilio.com/docs/errors/20003", "RQ" + "a".repeat(32)));
        ProfileFormViewModel vm = form(null);
        fill(vm);
        vm.test("abcdef".toCharArray());
        assertEquals(ResultKind.FAILURE, vm.resultKindProperty().get());
        assertTrue(vm.resultTitleProperty().get().contains("20003"));
        String detail = vm.resultDetailProperty().get();
        assertTrue(detail.contains("Main API key"), detail);
        assertTrue(detail.contains("region"), detail);
        assertTrue(detail.contains("https://www.twilio.com/docs/errors/20003"), detail);
        assertTrue(detail.contains("RQ" + "a".repeat(32)), detail);
    }

    @Test
    void unreachableHostIsExplained() {
        answer = ConnectionResult.failed(TwilioFailure.unreachable("Connection refused: api.dublin.ie1.twilio.com"));
        ProfileFormViewModel vm = form(null);
        fill(vm);
        vm.test("abcdef".toCharArray());
        assertEquals("Twilio could not be reached", vm.resultTitleProperty().get());
        assertTrue(vm.resultDetailProperty().get().contains("Connection refused"));
    }

    @Test
    void saveTestsFirstAndSavesNothingWhenTheTestFails() {
        answer = ConnectionResult.failed(new TwilioFailure(TwilioFailure.Kind.AUTHENTICATION, 401, 20003, "Authenticate", null, null));
        ProfileFormViewModel vm = form(null);
        fill(vm);
        vm.save("abcdef".toCharArray());
        assertEquals(1, tests);
        assertTrue(saved.isEmpty());
        assertNull(secrets.get(vm.profile().secretId()));
    }

    @Test
    void saveAfterASuccessfulTestDoesNotTestAgainAndStoresTheSecret() {
        ProfileFormViewModel vm = form(null);
        fill(vm);
        vm.test("abcdef".toCharArray());
        vm.save("abcdef".toCharArray());
        assertEquals(1, tests);
        assertEquals(1, saved.size());
        assertEquals("abcdef", new String(secrets.get(saved.get(0).secretId())));
    }

    @Test
    void editingWithoutRetypingTheSecretKeepsTheStoredOne() throws Exception {
        Profile previous = new Profile("Production", AC, CredentialKind.API_KEY, SK, null, null, null);
        new ProfileService(new ProfileStore(dir), () -> secrets).save(previous, null, "stored".toCharArray());
        ProfileFormViewModel vm = form(previous);
        assertTrue(vm.validProperty().get());
        vm.edgeProperty().set("ashburn");
        vm.save(new char[0]);
        assertEquals(1, tests);
        assertEquals("stored", secretValues.get(0));
        assertEquals(1, saved.size());
        assertEquals("ashburn", saved.get(0).edge());
        assertNotNull(secrets.get(previous.secretId()));
    }
}
