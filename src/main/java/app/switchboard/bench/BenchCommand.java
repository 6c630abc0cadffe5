package app.switchboard.bench;

import app.switchboard.Launcher;
import java.lang.management.ManagementFactory;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * {@code switchboard bench NAME}: the benchmarks. Each prints its figures and ends with one
 * {@code RESULT key=value ...} line. This package may use every other one, like the Launcher.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run a benchmark; each prints its figures, the last line a one-line RESULT summary.",
        subcommands = {
            GoodputBench.class,
            KeysBench.class,
            StartupBench.class,
            TrafficBench.class,
            app.switchboard.sandbox.SandboxCapacityBench.class,
            app.switchboard.webhooks.bench.WebhooksBench.class,
            app.switchboard.requestlog.bench.RequestLogBench.class,
            DebuggerBench.class,
        })
public class BenchCommand {

    /**
     * Runs what was asked, as picocli would; before a benchmark, one line on whether this JVM runs with the app's
     * options ({@link Launcher#JVM_OPTIONS}): frame times, startup and compute figures all depend on them.
     */
    public static int execute(ParseResult parsed) {
        ParseResult bench = parsed.subcommand();
        if (bench != null && bench.commandSpec().userObject() instanceof BenchCommand && bench.hasSubcommand()
                && !bench.subcommand().isUsageHelpRequested() && !bench.subcommand().isVersionHelpRequested()) {
            System.out.println(jvmLine(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    static String jvmLine(List<String> jvmArguments) {
        List<String> missing = Launcher.JVM_OPTIONS.stream().filter(o -> !jvmArguments.contains(o)).toList();
        return missing.isEmpty()
                ? "JVM options: the app's own (" + String.join(" ", Launcher.JVM_OPTIONS) + ")"
                : "JVM options: without the app's " + String.join(" ", missing) + ", so the figures are not those of the app "
                        + "as installed (run java " + String.join(" ", Launcher.JVM_OPTIONS) + " -jar target/switchboard.jar bench ...)";
    }
}
