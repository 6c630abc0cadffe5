package app.switchboard.ui.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.accounts.ConnectionResult;
import app.switchboard.accounts.CredentialKind;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.ProfileService;
import app.switchboard.accounts.ProfileStore;
import app.switchboard.accounts.secrets.CredentialStoreException;
import app.switchboard.accounts.secrets.SecretStorage;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsViewModelTest {

    @TempDir
    Path dir;

    private final List<String> confirmations = new ArrayList<>();
    private final List<Profile> switched = new ArrayList<>();
    private boolean confirmAnswer = true;

    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String title, String message, String details) {
            confirmations.add("error: " + message);
        }

        @Override
        public boolean confirm(String title, String message, String actionLabel) {
            confirmations.add(message);
            return confirmAnswer;
        }

        @Override
        public boolean confirmByTyping(String title, String message, String expected, String actionLabel) {
            return confirmAnswer;
        }

        @Override
        public void notify(String title, String message) {
        }
    };

    /** A system without a keychain, like headless Linux without Secret Service. */
    private SecretStorage noKeychain() {
        return new SecretStorage(dir.resolve("secrets.enc"), () -> {
            throw new CredentialStoreException(CredentialStoreException.Reason.UNAVAILABLE,
                    "No OS keychain is available on this system.");
        });
    }

    private AccountsViewModel vm(SecretStorage storage) {
        return new AccountsViewModel(new DirectTaskRunner(), dialogs, new ProfileService(new ProfileStore(dir), storage),
                storage, () -> (p, s) -> ConnectionResult.success(ProfileFormViewModelTest.TREE), switched::add, () -> { });
    }

    @Test
    void withoutAKeychainTheUserMustChooseAndCannotAddYet() {
        SecretStorage storage = noKeychain();
        storage.probe(false);
        AccountsViewModel vm = vm(storage);
        vm.activate();
        assertEquals(SecretStorage.State.NEEDS_CHOICE, vm.storageStateProperty().get());
        assertTrue(vm.keychainProblem().contains("No OS keychain"));
        vm.startAdd();
        assertNull(vm.formProperty().get());
        assertTrue(vm.storageMessageProperty().get().contains("Choose where secrets are kept"));
        assertFalse(Files.exists(dir.resolve("secrets.enc")), "never a silent fallback");
    }

    @Test
    void mismatchedPassphrasesCreateNothing() {
        SecretStorage storage = noKeychain();
        storage.probe(false);
        AccountsViewModel vm = vm(storage);
        vm.createSecretFile("correct horse".toCharArray(), "correct h0rse".toCharArray());
        assertEquals(SecretStorage.State.NEEDS_CHOICE, vm.storageStateProperty().get());
        assertTrue(vm.storageMessageProperty().get().contains("differ"));
        assertFalse(Files.exists(dir.resolve("secrets.enc")));
    }

    @Test
    void creatingTheEncryptedFileMakesTheStoreReadyAndVisible() {
        SecretStorage storage = noKeychain();
        storage.probe(false);
        AccountsViewModel vm = vm(storage);
        char[] passphrase = "correct horse".toCharArray();
        vm.createSecretFile(passphrase, "correct horse".toCharArray());
        assertEquals(SecretStorage.State.READY, vm.storageStateProperty().get());
        assertEquals("Encrypted file", vm.secretStoreName());
        assertEquals('\0', passphrase[0], "the passphrase is wiped");
        vm.startAdd();
        assertNotNull(vm.formProperty().get());
    }

    @Test
    void anExistingFileIsUnlockedAndAWrongPassphraseSaysSo() throws Exception {
        SecretStorage first = noKeychain();
        first.probe(false);
        first.createFile("correct horse".toCharArray(), "correct horse".toCharArray());
        SecretStorage storage = noKeychain();
        storage.probe(false);
        AccountsViewModel vm = vm(storage);
        assertEquals(SecretStorage.State.LOCKED, vm.storageStateProperty().get());
        vm.unlockSecretFile("wrong horse".toCharArray());
        assertTrue(vm.storageMessageProperty().get().startsWith("Wrong passphrase"));
        vm.unlockSecretFile("correct horse".toCharArray());
        assertEquals(SecretStorage.State.READY, vm.storageStateProperty().get());
    }

    @Test
    void removeConfirmsNamingTheProfileAndDeletesIt() throws Exception {
        SecretStorage storage = noKeychain();
        storage.useInMemory();
        AccountsViewModel vm = vm(storage);
        Profile p = new Profile("Production", ProfileFormViewModelTest.AC, CredentialKind.API_KEY,
                ProfileFormViewModelTest.SK, null, null, null);
        new ProfileService(new ProfileStore(dir), storage).save(p, null, "secret".toCharArray());
        vm.activate();
        assertEquals(1, vm.profiles().size());
        confirmAnswer = false;
        vm.remove(p);
        assertEquals(1, new ProfileStore(dir).list().size());
        confirmAnswer = true;
        vm.remove(p);
        assertTrue(confirmations.get(1).contains("Production"));
        assertEquals(0, vm.profiles().size());
        assertNull(storage.get().get(p.secretId()));
    }

    @Test
    void useSwitchesTheWorkspace() {
        SecretStorage storage = noKeychain();
        storage.useInMemory();
        AccountsViewModel vm = vm(storage);
        vm.use(null);
        assertEquals(1, switched.size());
        assertNull(switched.get(0));
    }
}
