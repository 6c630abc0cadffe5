package app.switchboard.accounts.secrets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Whatever keychain this machine has (often none on CI), opening it ends in a store or a clear message. */
class KeychainCredentialStoreTest {

    @Test
    void openingEitherWorksOrExplainsWhyNot() {
        try (KeychainCredentialStore store = KeychainCredentialStore.open(Duration.ofSeconds(5))) {
            assertTrue(store.displayName().contains("keychain"));
        } catch (CredentialStoreException e) {
            assertFalse(e.getMessage().isBlank());
            assertTrue(e.reason() == CredentialStoreException.Reason.UNAVAILABLE
                    || e.reason() == CredentialStoreException.Reason.LOCKED_OR_REFUSED, e.getMessage());
            System.out.println("keychain here: " + e.reason() + " - " + e.getMessage());
        }
    }
}
