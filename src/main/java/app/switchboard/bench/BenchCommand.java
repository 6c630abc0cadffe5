package app.switchboard.bench;

import picocli.CommandLine.Command;

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
}
