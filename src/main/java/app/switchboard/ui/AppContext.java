package app.switchboard.ui;

import app.switchboard.AppPaths;
import app.switchboard.accounts.AccountDirectory;
import app.switchboard.accounts.ConnectionTester;
import app.switchboard.accounts.ProfileService;
import app.switchboard.accounts.ProfileStore;
import app.switchboard.accounts.TwilioFailure;
import app.switchboard.accounts.Workspace;
import app.switchboard.accounts.secrets.CredentialStore;
import app.switchboard.accounts.secrets.EncryptedFileCredentialStore;
import app.switchboard.accounts.secrets.InMemoryCredentialStore;
import app.switchboard.accounts.secrets.KeychainCredentialStore;
import app.switchboard.accounts.secrets.SecretStorage;
import app.switchboard.settings.SettingsStore;
import app.switchboard.ui.common.ClipboardService;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import app.switchboard.ui.shell.ScreenRegistry;
import app.switchboard.ui.shell.StatusFeed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The composition root: every long-lived object of the desktop app, built cheaply before the first frame.
 * Services that need the network, the sandbox, the database or the keychain are plugged in afterwards
 * ({@link #plugIn}), and the shell refreshes when they arrive.
 */
public final class AppContext {

    /** The services the client side provides; any may be left to its default. */
    public record Services(ConnectionTester connectionTester, AccountDirectory accountDirectory, StatusFeed statusFeed,
                           String demoAccountSid) {
        public static final Services NONE = new Services(
                (profile, secret) -> app.switchboard.accounts.ConnectionResult.failed(
                        TwilioFailure.unreachable("The connection service is still starting; try again in a moment.")),
                AccountDirectory.none(), StatusFeed.none(), null);
    }

    private final AppPaths paths;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final SettingsStore settings;
    private final ProfileService profiles;
    private final SecretStorage secrets;
    private final Workspace workspace = new Workspace();
    private final ScreenRegistry screens = new ScreenRegistry();
    private final List<Runnable> servicesListeners = new CopyOnWriteArrayList<>();
    private volatile Services services = Services.NONE;
    private volatile java.util.function.Consumer<app.switchboard.ui.shell.Screen> navigator = screen -> { };
    private volatile java.util.function.Consumer<String> browser = url -> { };

    public AppContext(AppPaths paths, TaskRunner tasks, DialogService dialogs, SecretStorage secrets) {
        this.paths = paths;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clipboard = new ClipboardService(tasks);
        this.settings = new SettingsStore(paths.configDir());
        this.secrets = secrets;
        this.profiles = new ProfileService(new ProfileStore(paths.configDir()), secrets);
        secrets.addListener(this::rememberSecretStore);
    }

    /**
     * Records which store holds the secrets, so the next start opens the same one: once secrets are in the
     * encrypted file, a keychain that appears later must not hide them.
     */
    private void rememberSecretStore() {
        CredentialStore store = secrets.get();
        if (secrets.state() != SecretStorage.State.READY || store instanceof InMemoryCredentialStore) {
            return;
        }
        String kind = store instanceof EncryptedFileCredentialStore ? "file" : "keychain";
        if (!kind.equals(settings.get().getSecretStore())) {
            settings.update(s -> s.setSecretStore(kind));
        }
    }

    /** The production secret storage: keychain first, then the encrypted file in the config dir. */
    public static SecretStorage defaultSecretStorage(AppPaths paths) {
        return new SecretStorage(paths.configDir().resolve("secrets.enc"),
                () -> KeychainCredentialStore.open(Duration.ofSeconds(10)));
    }

    /** Sets the client services (from any thread); listeners are told on the FX thread via the task runner. */
    public void plugIn(Services newServices) {
        services = newServices;
        servicesListeners.forEach(Runnable::run);
    }

    public Services services() {
        return services;
    }

    /** Called after {@link #plugIn}, on the thread that plugged in. */
    public void onServicesChanged(Runnable listener) {
        servicesListeners.add(listener);
    }

    /** Set by the shell: how a screen asks to show another one (on the FX thread). */
    public void setNavigator(java.util.function.Consumer<app.switchboard.ui.shell.Screen> navigator) {
        this.navigator = navigator;
    }

    /** Shows {@code screen} (call on the FX thread). */
    public void navigate(app.switchboard.ui.shell.Screen screen) {
        navigator.accept(screen);
    }

    /** Set by the app: how a docs link opens in the user's browser. */
    public void setBrowser(java.util.function.Consumer<String> browser) {
        this.browser = browser;
    }

    /** Opens {@code url} in the user's browser (nothing happens where there is none, as in snapshots). */
    public void openInBrowser(String url) {
        browser.accept(url);
    }

    public AppPaths paths() {
        return paths;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public ClipboardService clipboard() {
        return clipboard;
    }

    public SettingsStore settings() {
        return settings;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public SecretStorage secrets() {
        return secrets;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ScreenRegistry screens() {
        return screens;
    }
}
