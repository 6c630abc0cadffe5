package app.switchboard.webhooks.cli;

import app.switchboard.cli.CliEnvironment;
import app.switchboard.cli.CliRun;
import app.switchboard.cli.SwitchboardCommand;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs a command line and keeps its exit code and output. */
final class CliTestSupport {

    record Run(int exit, String out, String err) {
    }

    private CliTestSupport() {
    }

    static Run run(Object command, String... args) {
        return execute(new CommandLine(command), args);
    }

    /** {@code switchboard webhooks ARGS} as the launcher builds it, over {@code env}. */
    static Run webhooks(CliEnvironment env, String... args) {
        List<String> all = new ArrayList<>(List.of("webhooks"));
        all.addAll(List.of(args));
        return execute(SwitchboardCommand.commandLine(() -> { }, env), all.toArray(new String[0]));
    }

    /** {@code switchboard webhooks ARGS} with no credentials and no demo: for commands that need neither. */
    static Run webhooks(String... args) {
        return webhooks(new CliEnvironment(Map.of(), Clock.systemUTC(), () -> {
            throw new AssertionError("this command needs no Twilio client");
        }), args);
    }

    private static Run execute(CommandLine cl, String... args) {
        CliRun r = CliRun.of(cl, args);
        return new Run(r.exit(), r.out(), r.err());
    }
}
