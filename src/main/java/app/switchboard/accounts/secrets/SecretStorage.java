package app.switchboard.accounts.secrets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Decides which {@link CredentialStore} holds profile secrets: the OS keychain when one answers, otherwise
 * an encrypted file the user explicitly creates (or unlocks) with a passphrase. Never plaintext: until the
 * user chose, {@link #get()} returns null and nothing can be saved.
 */
public final class SecretStorage implements Supplier<CredentialStore> {

    /** Where the choice stands. */
    public enum State { PROBING, READY, NEEDS_CHOICE, LOCKED }

    /** Opens the OS keychain or throws why it cannot. */
    @FunctionalInterface
    public interface KeychainOpener {
        CredentialStore open() throws CredentialStoreException;
    }

    private final Path secretsFile;
    private final KeychainOpener keychain;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = State.PROBING;
    private volatile CredentialStore store;
    private volatile String keychainProblem;

    public SecretStorage(Path secretsFile, KeychainOpener keychain) {
        this.secretsFile = secretsFile;
        this.keychain = keychain;
    }

    /**
     * Finds the store to use; blocking (keychain calls), so run it in the background.
     *
     * @param preferFile the user chose the encrypted file before; the keychain is not asked
     */
    public void probe(boolean preferFile) {
        if (!preferFile) {
            try {
                ready(keychain.open());
                return;
            } catch (CredentialStoreException e) {
                keychainProblem = e.getMessage();
            }
        }
        state = EncryptedFileCredentialStore.exists(secretsFile) ? State.LOCKED : State.NEEDS_CHOICE;
        fire();
    }

    /** Creates the encrypted file; the passphrase must be typed twice alike and be at least 8 characters. */
    public void createFile(char[] passphrase, char[] confirmation) throws CredentialStoreException {
        if (!java.util.Arrays.equals(passphrase, confirmation)) {
            throw new CredentialStoreException(CredentialStoreException.Reason.WRONG_PASSPHRASE,
                    "The two passphrases differ.");
        }
        if (EncryptedFileCredentialStore.exists(secretsFile)) {
            throw new CredentialStoreException(CredentialStoreException.Reason.IO,
                    "A secrets file already exists at " + secretsFile + "; unlock it instead.");
        }
        ready(EncryptedFileCredentialStore.open(secretsFile, passphrase));
    }

    /** Opens the existing encrypted file. */
    public void unlockFile(char[] passphrase) throws CredentialStoreException {
        ready(EncryptedFileCredentialStore.open(secretsFile, passphrase));
    }

    /** For the demo and tests: secrets only in memory. */
    public void useInMemory() {
        ready(new InMemoryCredentialStore());
    }

    @Override
    public CredentialStore get() {
        return store;
    }

    public State state() {
        return state;
    }

    /** Why the keychain was not used, or null. */
    public String keychainProblem() {
        return keychainProblem;
    }

    public Path secretsFile() {
        return secretsFile;
    }

    /** "OS keychain", "Encrypted file", or what is pending. */
    public String describe() {
        switch (state) {
            case READY:
                return store.displayName();
            case PROBING:
                return "Checking keychain…";
            case LOCKED:
                return "Encrypted file (locked)";
            default:
                return "Not chosen";
        }
    }

    /** Told (on the caller's thread) whenever the state changes. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void ready(CredentialStore s) {
        store = s;
        state = State.READY;
        fire();
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
