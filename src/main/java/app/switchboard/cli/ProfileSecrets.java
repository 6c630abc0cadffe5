package app.switchboard.cli;

import app.switchboard.accounts.AccountsException;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.ProfileStore;
import app.switchboard.accounts.secrets.CredentialStoreException;
import app.switchboard.accounts.secrets.EncryptedFileCredentialStore;
import app.switchboard.accounts.secrets.KeychainCredentialStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * A saved profile and its secret for {@code --profile}: the secret comes from the OS keychain, or from the
 * encrypted file with the passphrase in {@code SWITCHBOARD_PASSPHRASE} or typed at the terminal. Never
 * from a plaintext file, never printed.
 */
final class ProfileSecrets {
    static final String PASSPHRASE_ENV = "SWITCHBOARD_PASSPHRASE";

    private ProfileSecrets() {
    }

    static Profile find(CliEnvironment env, String name) {
        ProfileStore store = new ProfileStore(env.paths().configDir());
        try {
            return store.find(name).orElseThrow(() -> {
                String known;
                try {
                    known = store.list().stream().map(Profile::name).collect(Collectors.joining(", "));
                } catch (AccountsException e) {
                    known = "";
                }
                return new UsageException("No profile named '" + name + "'."
                        + (known.isEmpty() ? " Add one in the app (Accounts → Add)." : " Profiles: " + known + "."));
            });
        } catch (AccountsException e) {
            throw new UsageException("Cannot read the profiles: " + e.getMessage());
        }
    }

    /** The profile's secret; the caller wipes it. */
    static char[] secretOf(CliEnvironment env, Profile profile) {
        String keychainProblem;
        try {
            char[] secret = KeychainCredentialStore.open(Duration.ofSeconds(5)).get(profile.secretId());
            if (secret != null) {
                return secret;
            }
            keychainProblem = "the keychain holds no secret for it";
        } catch (CredentialStoreException e) {
            keychainProblem = e.getMessage();
        }
        Path file = env.paths().configDir().resolve("secrets.enc");
        if (!EncryptedFileCredentialStore.exists(file)) {
            throw new UsageException("No secret for profile '" + profile.name() + "': " + keychainProblem + ".");
        }
        char[] passphrase = passphrase(env, file);
        try {
            char[] secret = EncryptedFileCredentialStore.open(file, passphrase).get(profile.secretId());
            if (secret == null) {
                throw new UsageException("The encrypted secrets file holds no secret for profile '" + profile.name() + "'.");
            }
            return secret;
        } catch (CredentialStoreException e) {
            throw new UsageException(e.getMessage());
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private static char[] passphrase(CliEnvironment env, Path file) {
        String fromEnv = env.get(PASSPHRASE_ENV);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Passphrase for %s: ", file);
            if (typed != null) {
                return typed;
            }
        }
        throw new UsageException("The profile's secret is in the encrypted file " + file + ": set " + PASSPHRASE_ENV
                + " or run in a terminal to type the passphrase.");
    }
}
