package app.switchboard;

import app.switchboard.bench.BenchCommand;
import app.switchboard.cli.SwitchboardCommand;
import app.switchboard.ui.SwitchboardApp;
import app.switchboard.ui.snapshot.SnapshotCommand;
import picocli.CommandLine;

/**
 * The entry point: the desktop app when no command is given, otherwise a command-line subcommand.
 * A plain class rather than an {@code Application}, so the shaded jar starts from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // The desktop app needs no command-line parsing; skipping picocli shortens startup.
            SwitchboardApp.launchGui(args);
            return;
        }
        CommandLine cl = SwitchboardCommand.commandLine(() -> SwitchboardApp.launchGui(new String[0]));
        cl.addSubcommand("bench", new BenchCommand());
        cl.addSubcommand("snapshot", new SnapshotCommand());
        int exit = cl.execute(args);
        if (args.length > 0) {
            System.exit(exit);
        }
    }
}
