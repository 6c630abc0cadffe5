package app.switchboard;

import app.switchboard.bench.BenchCommand;
import app.switchboard.cli.SwitchboardCommand;
import app.switchboard.ui.SwitchboardApp;
import app.switchboard.ui.snapshot.SnapshotCommand;
import java.util.List;
import picocli.CommandLine;

/**
 * The entry point: the desktop app when no command is given, otherwise a command-line subcommand.
 * A plain class rather than an {@code Application}, so the shaded jar starts from the classpath.
 */
public final class Launcher {

    /**
     * What the app's JVM is started with: by the installed launcher ({@code installer/jpackage/app-image.args}),
     * by the README's command, and by {@code bench startup} for both of its sides. A jar cannot set them itself.
     * <p>{@code -XX:TieredStopAtLevel=1}: compile with the quick compiler (C1) only. The optimizing one (C2)
     * pays off for long hot loops, which a console mostly idling between screens has few of, and on a machine
     * with two cores its compiler thread takes CPU from the FX thread exactly when a screen is first shown. With
     * C1 only, screens' first visits hold the FX thread about half as long and the first frame comes sooner;
     * the heaviest compute (a million request-log inserts) runs about 15 % slower (docs/benchmarks.md).
     * <p>{@code -XX:+UseZGC}: a collector that does its work beside the app instead of stopping it. With the default
     * (G1) every young collection stops all threads for 10–40 ms, and one landing in a frame that builds a table's
     * first rows made that frame miss the 50 ms budget (bench keys: 4 runs in 100); ZGC's pauses are under a
     * millisecond. It is in every OpenJDK build from 17 on, unlike Shenandoah.
     * <p>{@code -XX:SoftMaxHeapSize=256m}: ZGC otherwise lets the heap grow far before it collects (bench keys'
     * memory doubled); held to 256 MB where it can, it uses about what G1 did. The heap
     * may still grow past it when the app needs more.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseZGC",
            "-XX:SoftMaxHeapSize=256m");

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
        cl.setExecutionStrategy(BenchCommand::execute);
        int exit = cl.execute(args);
        if (args.length > 0) {
            System.exit(exit);
        }
    }
}
