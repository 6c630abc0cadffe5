package app.switchboard.webhooks.cli;

import picocli.CommandLine.Command;

/** {@code switchboard webhooks ...}; {@code audit} is added by the integrator on top of the Twilio client. */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
        description = "Audit webhook URLs and their TLS endpoints.",
        subcommands = {WebhooksProbeCommand.class})
public class WebhooksCommand {
}
