package app.switchboard.ui.settings;

import app.switchboard.accounts.secrets.CredentialStoreException;
import app.switchboard.accounts.secrets.EncryptedFileCredentialStore;
import app.switchboard.accounts.secrets.SecretStorage;
import app.switchboard.settings.Settings;
import app.switchboard.settings.SettingsStore;
import app.switchboard.settings.Theme;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Settings screen: theme, the secret store in use (and the file's passphrase), and the plain values
 * other features read (key age policy, request-log retention, traffic sampler interval). Every change is
 * saved at once.
 */
public final class SettingsViewModel {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SettingsStore store;
    private final SecretStorage secrets;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty keyMaxAgeDays = new SimpleIntegerProperty();
    private final IntegerProperty logRetentionDays = new SimpleIntegerProperty();
    private final IntegerProperty logRetentionRows = new SimpleIntegerProperty();
    private final IntegerProperty logRetentionMegabytes = new SimpleIntegerProperty();
    private final IntegerProperty samplerIntervalSeconds = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper secretStore = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper secretStoreDetail = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper fileStore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper passphraseMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper settingsFile = new ReadOnlyStringWrapper();

    /** @param applyTheme applies a theme choice to the running app */
    public SettingsViewModel(TaskRunner tasks, DialogService dialogs, SettingsStore store, SecretStorage secrets,
                             Consumer<Theme> applyTheme) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.store = store;
        this.secrets = secrets;
        Settings s = store.get();
        theme.set(s.getTheme());
        keyMaxAgeDays.set(s.getKeyMaxAgeDays());
        logRetentionDays.set(s.getLogRetentionDays());
        logRetentionRows.set(s.getLogRetentionRows());
        logRetentionMegabytes.set(s.getLogRetentionMegabytes());
        samplerIntervalSeconds.set(s.getSamplerIntervalSeconds());
        settingsFile.set(store.file().toString());
        theme.addListener((o, was, now) -> {
            save(x -> x.setTheme(now));
            applyTheme.accept(now);
        });
        keyMaxAgeDays.addListener((o, was, now) -> save(x -> x.setKeyMaxAgeDays(now.intValue())));
        logRetentionDays.addListener((o, was, now) -> save(x -> x.setLogRetentionDays(now.intValue())));
        logRetentionRows.addListener((o, was, now) -> save(x -> x.setLogRetentionRows(now.intValue())));
        logRetentionMegabytes.addListener((o, was, now) -> save(x -> x.setLogRetentionMegabytes(now.intValue())));
        samplerIntervalSeconds.addListener((o, was, now) -> {
            if (now.intValue() < Settings.MIN_SAMPLER_SECONDS) {
                samplerIntervalSeconds.set(Settings.MIN_SAMPLER_SECONDS);
                return;
            }
            save(x -> x.setSamplerIntervalSeconds(now.intValue()));
        });
        secrets.addListener(() -> tasks.run("secret-state", () -> null, v -> refreshSecretStore(), e -> { }));
        refreshSecretStore();
    }

    //*** Commands ***//

    public void activate() {
        refreshSecretStore();
    }

    public void deactivate() {
        passphraseMessage.set("");
    }

    /** Re-encrypts the secrets file under a new passphrase; wipes the three arrays. */
    public void changePassphrase(char[] current, char[] replacement, char[] confirmation) {
        if (!(secrets.get() instanceof EncryptedFileCredentialStore)) {
            return;
        }
        EncryptedFileCredentialStore file = (EncryptedFileCredentialStore) secrets.get();
        if (!Arrays.equals(replacement, confirmation)) {
            passphraseMessage.set("The two new passphrases differ.");
            wipe(current, replacement, confirmation);
            return;
        }
        tasks.run("change-passphrase", () -> {
            try {
                file.changePassphrase(current, replacement);
                return true;
            } finally {
                wipe(current, replacement, confirmation);
            }
        }, ok -> {
            passphraseMessage.set("");
            dialogs.notify("Passphrase changed", "The secrets file is now protected by the new passphrase.");
        }, e -> passphraseMessage.set(e instanceof CredentialStoreException ? e.getMessage() : String.valueOf(e)));
    }

    private void refreshSecretStore() {
        secretStore.set(secrets.describe());
        fileStore.set(secrets.get() instanceof EncryptedFileCredentialStore);
        String detail;
        switch (secrets.state()) {
            case READY:
                detail = fileStore.get() ? "Passphrase-encrypted file (AES-256-GCM): " + secrets.secretsFile()
                        : secrets.get() instanceof app.switchboard.accounts.secrets.KeychainCredentialStore
                        ? "Secrets are kept by the operating system's keychain."
                        : "Secrets are kept in memory only and are gone when the app closes.";
                break;
            case NEEDS_CHOICE:
                detail = "No keychain is available. Open Accounts to create an encrypted secrets file.";
                break;
            case LOCKED:
                detail = "The encrypted secrets file is locked. Open Accounts to unlock it.";
                break;
            default:
                detail = "Looking for the operating system's keychain…";
                break;
        }
        secretStoreDetail.set(detail);
    }

    private void save(Consumer<Settings> change) {
        try {
            store.update(change);
        } catch (RuntimeException e) {
            dialogs.showError("Settings not saved", e.getMessage(), null);
        }
    }

    private static void wipe(char[]... arrays) {
        for (char[] a : arrays) {
            Arrays.fill(a, '\0');
        }
    }

    //*** Properties ***//

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty keyMaxAgeDaysProperty() {
        return keyMaxAgeDays;
    }

    public IntegerProperty logRetentionDaysProperty() {
        return logRetentionDays;
    }

    public IntegerProperty logRetentionRowsProperty() {
        return logRetentionRows;
    }

    public IntegerProperty logRetentionMegabytesProperty() {
        return logRetentionMegabytes;
    }

    public IntegerProperty samplerIntervalSecondsProperty() {
        return samplerIntervalSeconds;
    }

    public ReadOnlyStringProperty secretStoreProperty() {
        return secretStore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secretStoreDetailProperty() {
        return secretStoreDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fileStoreProperty() {
        return fileStore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passphraseMessageProperty() {
        return passphraseMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty settingsFileProperty() {
        return settingsFile.getReadOnlyProperty();
    }
}
