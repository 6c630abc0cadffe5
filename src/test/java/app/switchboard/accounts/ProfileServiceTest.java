package app.switchboard.accounts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.accounts.secrets.CredentialStore;
import app.switchboard.accounts.secrets.CredentialStoreException;
import app.switchboard.accounts.secrets.InMemoryCredentialStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileServiceTest {

    @TempDir
    Path dir;

    private final InMemoryCredentialStore secrets = new InMemoryCredentialStore();

    private static Profile profile(String name) {
        return new Profile(name, ProfileValidatorTest.AC, CredentialKind.API_KEY, ProfileValidatorTest.SK, null, null, null);
    }

    @Test
    void savesProfileAndSecretTogetherAndRemovesBoth() throws Exception {
        ProfileService service = new ProfileService(new ProfileStore(dir), () -> secrets);
        service.save(profile("Prod"), null, "secret".toCharArray());
        assertEquals(1, service.list().size());
        assertArrayEquals("secret".toCharArray(), secrets.get(profile("Prod").secretId()));
        String json = Files.readString(dir.resolve("profiles.json"));
        assertFalse(json.contains("secret\""), json);
        service.remove(profile("Prod"));
        assertEquals(0, service.list().size());
        assertNull(secrets.get(profile("Prod").secretId()));
    }

    @Test
    void aRefusingSecretStoreSavesNothing() {
        ProfileService refusing = new ProfileService(new ProfileStore(dir), RefusingStore::new);
        AccountsException e = assertThrows(AccountsException.class,
                () -> refusing.save(profile("Prod"), null, "secret".toCharArray()));
        assertTrue(e.getMessage().contains("nothing was saved"), e.getMessage());
        assertTrue(e.getMessage().contains("keychain refused"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("profiles.json")));
    }

    @Test
    void aFailedProfileWriteRollsTheSecretBack() throws Exception {
        ProfileService service = new ProfileService(new ProfileStore(dir), () -> secrets);
        service.save(profile("Prod"), null, "secret".toCharArray());
        Profile clash = new Profile("prod", ProfileValidatorTest.AC, CredentialKind.AUTH_TOKEN, null, null, null, null);
        assertThrows(AccountsException.class, () -> service.save(clash, null, "token".toCharArray()));
        assertNull(secrets.get(clash.secretId()));
        assertArrayEquals("secret".toCharArray(), secrets.get(profile("Prod").secretId()));
    }

    /** A keychain that refuses, as a locked one does. */
    private static final class RefusingStore implements CredentialStore {
        @Override
        public String displayName() {
            return "OS keychain";
        }

        @Override
        public void put(String id, char[] secret) throws CredentialStoreException {
            throw new CredentialStoreException(CredentialStoreException.Reason.LOCKED_OR_REFUSED, "The keychain refused.");
        }

        @Override
        public char[] get(String id) {
            return null;
        }

        @Override
        public void delete(String id) {
        }
    }
}
