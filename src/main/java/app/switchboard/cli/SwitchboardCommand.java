package app.switchboard.cli;

import app.switchboard.Version;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line. Without a subcommand it opens the desktop app, through the hook the
 * {@code Launcher} installs (this package may not depend on the UI).
 */
@Command(
        name = "switchboard",
        mixinStandardHelpOptions = true,
        versionProvider = SwitchboardCommand.VersionProvider.class,
        description = "A desktop admin console for Twilio accounts. Without a command, opens the desktop app.",
        subcommands = {
            CommandLine.HelpCommand.class,
            AccountsCommand.class,
            KeysCommand.class,
            app.switchboard.sandbox.SandboxCommand.class,
            app.switchboard.webhooks.cli.WebhooksCommand.class,
            app.switchboard.webhooks.cli.SignatureCommand.class,
            app.switchboard.requestlog.cli.LogCommand.class,
            app.switchboard.debugger.cli.AlertsCommand.class,
            app.switchboard.debugger.cli.EventsCommand.class,
            StatusCommand.class,
        })
public class SwitchboardCommand implements Callable<Integer> {

    private final Runnable openDesktopApp;

    public SwitchboardCommand(Runnable openDesktopApp) {
        this.openDesktopApp = openDesktopApp;
    }

    @Override
    public Integer call() {
        openDesktopApp.run();
        return 0;
    }

    /** Builds the command line with every subcommand that lives in this package. */
    public static CommandLine commandLine(Runnable openDesktopApp) {
        return commandLine(openDesktopApp, CliEnvironment.system());
    }

    /**
     * The command line over an injected environment (tests, benchmarks). Commands with a constructor
     * taking {@link CliEnvironment} receive it; every command exits 0, 1 (Twilio/network) or 2 (usage).
     */
    public static CommandLine commandLine(Runnable openDesktopApp, CliEnvironment env) {
        CommandLine cl = new CommandLine(new SwitchboardCommand(openDesktopApp), new CliFactory(env));
        ErrorHandlers.install(cl);
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"switchboard " + Version.get()};
        }
    }
}
