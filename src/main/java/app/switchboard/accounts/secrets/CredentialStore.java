package app.switchboard.accounts.secrets;

/**
 * Where profile secrets live. Never a plaintext file. Secrets cross this interface as {@code char[]} so
 * callers can wipe them; calls may block (keychain prompts, key derivation) and run off the FX thread.
 */
public interface CredentialStore {

    /** What the user sees in the status bar and Settings, e.g. "OS keychain" or "Encrypted file". */
    String displayName();

    /** Stores (or replaces) the secret; the array is copied, the caller keeps ownership. */
    void put(String id, char[] secret) throws CredentialStoreException;

    /** The secret, or null when none is stored under {@code id}. The caller wipes the returned array. */
    char[] get(String id) throws CredentialStoreException;

    /** Removes the secret; nothing happens when none is stored. */
    void delete(String id) throws CredentialStoreException;
}
