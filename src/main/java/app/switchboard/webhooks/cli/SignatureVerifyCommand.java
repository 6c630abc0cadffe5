package app.switchboard.webhooks.cli;

import app.switchboard.webhooks.signature.SignatureValidator;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code switchboard signature verify}: exit 0 valid, 1 invalid, 2 bad usage. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check an X-Twilio-Signature; prints the verdict and the exact string that was signed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid", "1:invalid", "2:bad usage (missing token, malformed --param, unreadable body)"})
public class SignatureVerifyCommand extends SignatureSubcommand {

    @Option(names = "--signature", required = true, paramLabel = "SIG", description = "The X-Twilio-Signature header value.")
    String signature;

    @Override
    int run(PrintWriter out) throws SignedRequestOptions.UsageProblem {
        SignatureValidator.Verdict v = SignedRequestOptions.validator(parent).verify(request.request(), signature);
        out.println(v.valid() ? "VALID (" + v.matched().label() + ")" : "INVALID");
        if (v.bodyHashProblem() != null) {
            out.println("body:          " + v.bodyHashProblem());
        }
        if (!v.valid() && v.matched() == null) {
            out.println("expected:      " + v.expectedSignature());
        }
        out.println("signed string: " + SignedRequestOptions.masked(v.signedString()));
        return v.valid() ? 0 : 1;
    }
}
