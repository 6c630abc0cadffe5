package app.switchboard.ui;

import app.switchboard.ui.accounts.AccountsView;
import app.switchboard.ui.accounts.AccountsViewModel;
import app.switchboard.ui.settings.SettingsView;
import app.switchboard.ui.settings.SettingsViewModel;
import app.switchboard.ui.shell.MainWindow;
import app.switchboard.ui.shell.Screen;
import app.switchboard.ui.shell.ScreenContent;
import app.switchboard.ui.shell.ShellViewModel;
import app.switchboard.ui.shell.ThemeManager;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;

/**
 * Assembles the main window from an {@link AppContext}: the shell's own screens (Accounts, Settings), the
 * wiring's screens, theme and shortcuts; then starts the slow parts in the background. The app shows a first
 * frame of just the window's chrome ({@link #firstFrameScene}, then {@link #afterFirstFrame}). Shared by the app,
 * the snapshot command and the startup benchmark, so all three start the same way.
 */
public final class Shell {

    private final AppContext ctx;
    private final Supplier<AppWiring> wiringSource;
    private AppWiring wiring;
    private final ThemeManager theme;
    private final ShellViewModel vm;
    private final MainWindow window;
    private boolean screensRegistered;

    public Shell(AppContext ctx, AppWiring wiring) {
        this(ctx, () -> wiring);
    }

    /**
     * With the wiring looked up only after the first frame: finding and verifying it loads every feature
     * screen's classes, which the first frame does not show.
     */
    public Shell(AppContext ctx, Supplier<AppWiring> wiring) {
        this.ctx = ctx;
        this.wiringSource = wiring;
        this.theme = new ThemeManager(ctx.tasks());
        theme.apply(ctx.settings().get().getTheme());
        this.vm = new ShellViewModel(ctx);
        ctx.setNavigator(vm::navigate);
        this.window = new MainWindow(vm, ctx.screens(), ctx.clipboard());
    }

    /** The scene holding the main window, with the app stylesheet and keyboard shortcuts, current screen built. */
    public Scene scene(double width, double height) {
        Scene scene = firstFrameScene(width, height);
        showScreens();
        return scene;
    }

    /**
     * Like {@link #scene}, but the first frame shows only the window's chrome and a loading placeholder; call
     * {@link #afterFirstFrame} after it. The app starts this way: the first frame comes sooner.
     */
    public Scene firstFrameScene(double width, double height) {
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(Shell.class.getResource("switchboard.css").toExternalForm());
        window.installShortcuts(scene);
        return scene;
    }

    /**
     * What the app does right after its first frame, on the FX thread: registers the screens, starts the
     * services in the background, then builds the current screen while they start.
     */
    public void afterFirstFrame(boolean inMemorySecrets) {
        startBackground(inMemorySecrets);
        showScreens();
    }

    /** Registers the screens (once) and shows the current one. */
    public void showScreens() {
        registerScreens();
        window.showScreens();
    }

    /**
     * Starts everything the first frame did not need, off the FX thread: the secret store (keychain probe,
     * unless {@code inMemorySecrets}), then the wiring's services.
     */
    public void startBackground(boolean inMemorySecrets) {
        registerScreens(); // the wiring's services report to its screens' view models
        vm.start();
        ctx.tasks().run("secret-store", () -> {
            if (inMemorySecrets) {
                ctx.secrets().useInMemory();
            } else {
                ctx.secrets().probe("file".equals(ctx.settings().get().getSecretStore()));
            }
            return null;
        }, v -> { }, e -> { });
        ctx.tasks().run("start-services", () -> {
            wiring().startServices(ctx);
            return null;
        }, v -> vm.markServicesStarted(), e -> {
            vm.markServicesStarted();
            ctx.dialogs().showError("Some services did not start", String.valueOf(e.getMessage()), null);
        });
    }

    public void stop() {
        vm.stop();
        AppWiring started = loadedWiring();
        if (started != null) {
            started.stopServices(ctx);
        }
    }

    public MainWindow window() {
        return window;
    }

    public ShellViewModel viewModel() {
        return vm;
    }

    public ThemeManager theme() {
        return theme;
    }

    /** Screen factories: the shell's own and the wiring's. Not needed by the first frame (it shows none). */
    private void registerScreens() {
        if (screensRegistered) {
            return;
        }
        screensRegistered = true;
        registerOwnScreens();
        wiring().registerScreens(ctx);
    }

    private synchronized AppWiring wiring() {
        if (wiring == null) {
            wiring = wiringSource.get();
        }
        return wiring;
    }

    /** The wiring if it was ever looked up; {@link #stop} may run on any thread. */
    private synchronized AppWiring loadedWiring() {
        return wiring;
    }

    private void registerOwnScreens() {
        // Accounts has its first data once the services started and the workspace's accounts were listed.
        BooleanBinding accountsBusy = Bindings.createBooleanBinding(
                () -> !vm.servicesStartedProperty().get() || vm.loadingAccountsProperty().get(),
                vm.servicesStartedProperty(), vm.loadingAccountsProperty());
        ctx.screens().register(Screen.ACCOUNTS, () -> {
            AccountsViewModel accounts = new AccountsViewModel(ctx.tasks(), ctx.dialogs(), ctx.profiles(),
                    ctx.secrets(), () -> ctx.services().connectionTester(), vm::switchTo, vm::reloadProfiles);
            AccountsView view = new AccountsView(accounts, vm);
            // Ready with the accounts listed and the tree that shows them in the window (it joins after the screen).
            return ScreenContent.of(view, accounts::activate, accounts::deactivate,
                    accountsBusy.or(view.treeShownProperty().not()), null);
        });
        ctx.screens().register(Screen.SETTINGS, () -> {
            SettingsViewModel settings = new SettingsViewModel(ctx.tasks(), ctx.dialogs(), ctx.settings(),
                    ctx.secrets(), theme::apply);
            return ScreenContent.of(new SettingsView(settings), settings::activate, settings::deactivate, null, null);
        });
    }
}
