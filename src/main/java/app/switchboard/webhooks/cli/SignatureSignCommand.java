package app.switchboard.webhooks.cli;

import app.switchboard.webhooks.signature.SignatureValidator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code switchboard signature sign}: prints the signature Twilio would send, then the signed string. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Compute the X-Twilio-Signature Twilio would send for a request (to test your own validation).")
public class SignatureSignCommand implements Callable<Integer> {

    @ParentCommand
    SignatureCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SignedRequestOptions request;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            SignatureValidator.Request r = request.request();
            SignatureValidator validator = SignedRequestOptions.validator(parent);
            out.println(validator.sign(r));
            out.println("signed string: " + SignedRequestOptions.masked(SignatureValidator.signedString(r)));
            return 0;
        } catch (SignedRequestOptions.UsageProblem e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
    }
}
