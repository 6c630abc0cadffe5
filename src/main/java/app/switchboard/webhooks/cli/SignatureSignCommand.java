package app.switchboard.webhooks.cli;

import app.switchboard.webhooks.signature.SignatureValidator;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code switchboard signature sign}: prints the signature Twilio would send, then the signed string. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Compute the X-Twilio-Signature Twilio would send for a request (to test your own validation).")
public class SignatureSignCommand extends SignatureSubcommand {

    @Override
    int run(PrintWriter out) throws SignedRequestOptions.UsageProblem {
        SignatureValidator.Request r = request.request();
        out.println(SignedRequestOptions.validator(parent).sign(r));
        out.println("signed string: " + SignedRequestOptions.masked(SignatureValidator.signedString(r)));
        return 0;
    }
}
