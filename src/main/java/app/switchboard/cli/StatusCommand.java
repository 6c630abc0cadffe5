package app.switchboard.cli;

import app.switchboard.twilio.Product;
import app.switchboard.twilio.TwilioStatusPage;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchboard status}: Twilio's overall status from its public status page. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Twilio's overall status, read from status.twilio.com (no credentials needed).",
            "Exit code 0 when the page was read (whatever it says), 1 when it could not be."})
public final class StatusCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Spec
    CommandSpec spec;

    @Option(names = "--demo", description = "Read the in-process sandbox's stand-in page instead of Twilio's.")
    boolean demo;

    @Option(names = "--json", description = "Machine-readable JSON output.")
    boolean json;

    @Option(names = "--url", paramLabel = "URL",
            description = "The status page's base URL (default: ${DEFAULT-VALUE}).")
    String url = TwilioStatusPage.DEFAULT_BASE_URL;

    StatusCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        // The sandbox serves its stand-in page on the same base URL as every product.
        String base = demo ? CommonOptions.demoConnection(env).hosts().baseUrl(Product.API).toString() : url;
        TwilioStatusPage page = new TwilioStatusPage(env.client().http(), base);
        TwilioStatusPage.Reading r = page.check();
        String indicator = r.indicator().name().toLowerCase(Locale.ROOT);
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("indicator", indicator);
            o.addProperty("description", r.description());
            o.addProperty("problem", r.problem());
            o.addProperty("checked_at", r.checkedAt().toString());
            o.addProperty("url", page.url());
            o.addProperty("sandbox", demo);
            JsonOutput.print(spec.commandLine().getOut(), o);
        } else if (r.problem() == null) {
            String words = r.description() == null ? "(no description)" : r.description();
            spec.commandLine().getOut().println("Twilio status: " + words + " (indicator " + indicator + ")"
                    + (demo ? " from the demo sandbox's stand-in page, not Twilio's" : ""));
            spec.commandLine().getOut().flush();
        }
        if (r.problem() != null) {
            spec.commandLine().getErr().println("error: could not read " + page.url() + ": " + r.problem());
            spec.commandLine().getErr().flush();
            return 1;
        }
        return 0;
    }
}
