package app.switchboard.accounts;

import app.switchboard.accounts.secrets.CredentialStore;
import app.switchboard.accounts.secrets.CredentialStoreException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Saves and removes profiles together with their secrets, so nothing is half-saved: the secret is written
 * first, and if the profile cannot be written the secret store is put back as it was.
 */
public final class ProfileService {

    private final ProfileStore profiles;
    private final Supplier<CredentialStore> secrets;

    /** {@code secrets} is a supplier because the store is chosen after startup (keychain probe, passphrase). */
    public ProfileService(ProfileStore profiles, Supplier<CredentialStore> secrets) {
        this.profiles = profiles;
        this.secrets = secrets;
    }

    public List<Profile> list() throws AccountsException {
        return profiles.list();
    }

    /**
     * Adds or replaces a profile. {@code secret} null keeps the stored secret (only allowed when the
     * credential is the same as before).
     */
    public void save(Profile profile, Profile previous, char[] secret) throws AccountsException {
        CredentialStore store = store();
        String previousName = previous == null ? null : previous.name();
        boolean sameCredential = previous != null && previous.secretId().equals(profile.secretId());
        if (secret == null && !sameCredential) {
            throw new AccountsException("Enter the secret for the new credential.");
        }
        char[] before = null;
        try {
            if (secret != null) {
                before = store.get(profile.secretId());
                store.put(profile.secretId(), secret);
            }
            try {
                profiles.save(profile, previousName);
            } catch (AccountsException e) {
                rollback(store, profile.secretId(), secret != null, before);
                throw e;
            }
            if (previous != null && !sameCredential) {
                deleteQuietly(store, previous.secretId());
            }
        } catch (CredentialStoreException e) {
            throw new AccountsException("The secret could not be stored, so nothing was saved. " + e.getMessage(), e);
        } finally {
            if (before != null) {
                Arrays.fill(before, '\0');
            }
        }
    }

    /** Removes the profile and its secret; the secret goes first so no orphan credential stays behind. */
    public void remove(Profile profile) throws AccountsException {
        try {
            store().delete(profile.secretId());
        } catch (CredentialStoreException e) {
            throw new AccountsException("The secret could not be deleted, so the profile was kept. " + e.getMessage(), e);
        }
        profiles.remove(profile.name());
    }

    /** The stored secret of a profile (the caller wipes it). */
    public char[] secretOf(Profile profile) throws AccountsException {
        try {
            char[] s = store().get(profile.secretId());
            if (s == null) {
                throw new AccountsException("No secret is stored for profile \"" + profile.name() + "\" in the "
                        + store().displayName() + ". Edit the profile and enter it again.");
            }
            return s;
        } catch (CredentialStoreException e) {
            throw new AccountsException(e.getMessage(), e);
        }
    }

    private CredentialStore store() throws AccountsException {
        CredentialStore store = secrets.get();
        if (store == null) {
            throw new AccountsException("Choose where secrets are kept first (Settings → Secret storage).");
        }
        return store;
    }

    private static void rollback(CredentialStore store, String id, boolean wrote, char[] before) {
        if (!wrote) {
            return;
        }
        try {
            if (before == null) {
                store.delete(id);
            } else {
                store.put(id, before);
            }
        } catch (CredentialStoreException ignored) {
            // The profile write already failed and is being reported; the store refusing again adds nothing.
        }
    }

    private static void deleteQuietly(CredentialStore store, String id) {
        try {
            store.delete(id);
        } catch (CredentialStoreException ignored) {
            // The new profile is saved; a stale secret for the old credential is harmless and shown nowhere.
        }
    }
}
