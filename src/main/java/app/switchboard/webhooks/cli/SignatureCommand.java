package app.switchboard.webhooks.cli;

import java.util.function.Function;
import picocli.CommandLine.Command;

/**
 * {@code switchboard signature verify|sign}: Twilio's X-Twilio-Signature. The auth token comes from
 * {@code TWILIO_AUTH_TOKEN}, never from an argument (arguments end up in shell history and process lists).
 */
@Command(name = "signature", mixinStandardHelpOptions = true,
        description = "Verify or compute an X-Twilio-Signature (auth token from TWILIO_AUTH_TOKEN).",
        subcommands = {SignatureVerifyCommand.class, SignatureSignCommand.class})
public class SignatureCommand {

    static final String TOKEN_VARIABLE = "TWILIO_AUTH_TOKEN";

    final Function<String, String> environment;

    public SignatureCommand() {
        this(System::getenv);
    }

    /** For tests: an environment that is not the process's. */
    public SignatureCommand(Function<String, String> environment) {
        this.environment = environment;
    }
}
