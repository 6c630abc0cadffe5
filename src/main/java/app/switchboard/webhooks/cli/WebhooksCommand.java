package app.switchboard.webhooks.cli;

import picocli.CommandLine.Command;

/** {@code switchboard webhooks audit|probe}. */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
        description = "Audit webhook URLs and their TLS endpoints.",
        subcommands = {WebhooksAuditCommand.class, WebhooksProbeCommand.class})
public class WebhooksCommand {
}
