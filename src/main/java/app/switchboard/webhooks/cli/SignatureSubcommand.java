package app.switchboard.webhooks.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What {@code signature verify} and {@code signature sign} share: the request options and exit 2 on bad input. */
abstract class SignatureSubcommand implements Callable<Integer> {

    @ParentCommand
    SignatureCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SignedRequestOptions request;

    @Override
    public final Integer call() {
        try {
            return run(spec.commandLine().getOut());
        } catch (SignedRequestOptions.UsageProblem e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
    }

    abstract int run(PrintWriter out) throws SignedRequestOptions.UsageProblem;
}
