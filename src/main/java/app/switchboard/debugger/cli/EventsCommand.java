package app.switchboard.debugger.cli;

import app.switchboard.cli.CliEnvironment;
import app.switchboard.cli.CommonOptions;
import app.switchboard.cli.UsageException;
import app.switchboard.debugger.AuditEvent;
import app.switchboard.debugger.EventFormatter;
import app.switchboard.debugger.EventQuery;
import app.switchboard.debugger.MonitorException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchboard events ...}: the account's audit log (Monitor Events). */
@Command(name = "events", description = "The account's audit log (Monitor Events): who changed what, from where.",
        mixinStandardHelpOptions = true, subcommands = EventsCommand.ListEvents.class)
public final class EventsCommand {

    @Command(name = "list", description = "List audit events, newest first.", mixinStandardHelpOptions = true)
    static final class ListEvents implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin
        CommonOptions common;
        @Option(names = "--start", paramLabel = "T", description = "From this time: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC).")
        String start;
        @Option(names = "--end", paramLabel = "T", description = "Until this time (same formats).")
        String end;
        @Option(names = "--type", paramLabel = "TYPE", description = "Only this event type, e.g. api-key.deleted.")
        String type;
        @Option(names = "--resource", paramLabel = "SID", description = "Only events about this resource.")
        String resource;
        @Option(names = "--actor", paramLabel = "SID", description = "Only events by this user or account.")
        String actor;
        @Option(names = "--all-accounts", description = "The main account and every active subaccount.")
        boolean allAccounts;
        @Spec
        CommandSpec spec;

        ListEvents(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            // Events are kept 30 days, or 13 months with Twilio's paid editions: older dates are Twilio's to refuse.
            Instant from = MonitorConnection.date(start);
            Instant to = MonitorConnection.date(end);
            if (from != null && to != null && !to.isAfter(from)) {
                throw new UsageException("The end date must be after the start date.");
            }
            MonitorConnection monitor = MonitorConnection.open(common, env);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<AuditEvent> events = new ArrayList<>();
            try {
                for (String accountSid : AlertsCommand.accountSids(monitor, allAccounts, err)) {
                    events.addAll(monitor.source.list(new EventQuery(accountSid, from, to, blank(type), blank(actor),
                            blank(resource), null)));
                }
            } catch (MonitorException e) {
                return monitor.fail(e, err);
            }
            events.sort(Comparator.comparing(AuditEvent::eventDate, Comparator.nullsLast(Comparator.reverseOrder())));
            if (common.json()) {
                out.println(EventFormatter.jsonArray(events));
            } else if (events.isEmpty()) {
                out.println("No events.");
            } else {
                out.print(EventFormatter.table(events));
            }
            out.flush();
            return 0;
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
