package app.switchboard.ui;

import app.switchboard.AppPaths;
import app.switchboard.ui.common.FxDialogService;
import app.switchboard.ui.common.FxTaskRunner;
import java.nio.file.Path;
import javafx.stage.Stage;

/** Starts the real shell for TestFX tests, in a temporary home with secrets in memory. */
public final class ShellFixture {

    public final AppContext ctx;
    public final Shell shell;
    public final FxTaskRunner tasks = new FxTaskRunner(2);

    public ShellFixture(Stage stage, Path home, AppWiring wiring) {
        AppPaths paths = AppPaths.under(home);
        ctx = new AppContext(paths, tasks, new FxDialogService(() -> stage), AppContext.defaultSecretStorage(paths));
        shell = new Shell(ctx, wiring);
        stage.setScene(shell.scene(1280, 820));
        stage.show();
        shell.startBackground(true);
    }

    /** A wiring that registers nothing and plugs in {@code services} in the background. */
    public static AppWiring servicesOnly(AppContext.Services services) {
        return new AppWiring() {
            @Override
            public void registerScreens(AppContext ctx) {
            }

            @Override
            public void startServices(AppContext ctx) {
                ctx.plugIn(services);
            }
        };
    }
}
