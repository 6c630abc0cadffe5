package app.switchboard.debugger.cli;

import app.switchboard.cli.CliEnvironment;
import app.switchboard.cli.CommonOptions;
import app.switchboard.cli.UsageException;
import app.switchboard.debugger.Alert;
import app.switchboard.debugger.AlertDetail;
import app.switchboard.debugger.AlertFormatter;
import app.switchboard.debugger.AlertLister;
import app.switchboard.debugger.AlertQuery;
import app.switchboard.debugger.AlertTail;
import app.switchboard.debugger.DebuggerAccount;
import app.switchboard.debugger.ErrorCatalog;
import app.switchboard.debugger.MonitorDateRange;
import app.switchboard.debugger.MonitorException;
import app.switchboard.debugger.MonitorFailure;
import app.switchboard.debugger.MultiAccountTail;
import app.switchboard.debugger.Tail;
import app.switchboard.debugger.TailRunner;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code switchboard alerts ...}: the Twilio Debugger (Monitor Alerts) of the account and its subaccounts. */
@Command(name = "alerts", description = "Debugger alerts (Twilio Monitor): list, show one, follow new ones.",
        mixinStandardHelpOptions = true,
        subcommands = {AlertsCommand.ListAlerts.class, AlertsCommand.ShowAlert.class, AlertsCommand.TailAlerts.class})
public final class AlertsCommand {

    private static final List<String> LEVELS = List.of("error", "warning", "notice", "debug");

    static String level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        String l = level.strip().toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(l)) {
            throw new UsageException("Unknown level '" + level + "': expected one of " + String.join(", ", LEVELS) + ".");
        }
        return l;
    }

    /** The main account, plus every active subaccount when asked. */
    static List<String> accountSids(MonitorConnection monitor, boolean allAccounts, PrintWriter err) {
        if (!allAccounts) {
            return List.of(monitor.account.accountSid());
        }
        List<String> sids = monitor.source.accounts().stream().map(DebuggerAccount::sid).toList();
        if (sids.size() == 1) {
            err.println("Note: no subaccount found; listing subaccounts needs a Main API key or the Auth Token.");
            err.flush();
        }
        return sids;
    }

    @Command(name = "list", description = "List alerts, newest first (Twilio keeps them 30 days).", mixinStandardHelpOptions = true)
    static final class ListAlerts implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin
        CommonOptions common;
        @Option(names = "--level", paramLabel = "L", description = "Only this level: error, warning, notice or debug.")
        String level;
        @Option(names = "--start", paramLabel = "T", description = "From this time: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC), within the last 30 days.")
        String start;
        @Option(names = "--end", paramLabel = "T", description = "Until this time (same formats).")
        String end;
        @Option(names = "--code", paramLabel = "C", description = "Only this Twilio error code, e.g. 11200.")
        String code;
        @Option(names = "--all-accounts", description = "The main account and every active subaccount.")
        boolean allAccounts;
        @Spec
        CommandSpec spec;

        ListAlerts(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            String lvl = level(level);
            MonitorDateRange.Result range = MonitorConnection.alertRange(start, end, env.clock());
            String wantedCode = code == null ? null : code.strip();
            if (wantedCode != null && !wantedCode.matches("\\d{1,6}")) {
                throw new UsageException("'" + code + "' is not a Twilio error code: use digits, e.g. 11200.");
            }
            MonitorConnection monitor = MonitorConnection.open(common, env);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!monitor.regionHasDebugger(err)) {
                return MonitorConnection.TWILIO_ERROR;
            }
            AlertLister.Listing listing;
            try {
                listing = new AlertLister(monitor.source).list(accountSids(monitor, allAccounts, err),
                        new AlertQuery(null, lvl, range.start(), range.end(), AlertQuery.MAX_PAGE_SIZE));
            } catch (MonitorException e) {
                return monitor.fail(e, err);
            }
            if (listing.allFailed()) {
                return monitor.fail(listing.failures().values().iterator().next(), err);
            }
            if (!listing.failures().isEmpty()) {
                err.println("Note: " + listing.failureSummary() + ".");
                err.flush();
            }
            List<Alert> alerts = new ArrayList<>();
            for (Alert a : listing.alerts()) {
                if (wantedCode == null || wantedCode.equals(a.errorCode() == null ? null : a.errorCode().strip())) {
                    alerts.add(a);
                }
            }
            AlertFormatter formatter = new AlertFormatter(ErrorCatalog.bundled());
            if (common.json()) {
                out.println(formatter.jsonArray(alerts));
            } else if (alerts.isEmpty()) {
                out.println("No alerts.");
            } else {
                out.print(formatter.table(alerts));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", description = "One alert with its decoded request, response headers and body.",
            mixinStandardHelpOptions = true)
    static final class ShowAlert implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin
        CommonOptions common;
        @Parameters(paramLabel = "SID", description = "The alert's SID (NO…).")
        String sid;
        @Option(names = "--account", paramLabel = "SID", description = "The (sub)account the alert belongs to; by default the main account, then each subaccount is tried.")
        String accountSid;
        @Spec
        CommandSpec spec;

        ShowAlert(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            String alertSid = sid.strip();
            if (!alertSid.matches("NO[0-9a-fA-F]{32}")) {
                throw new UsageException("'" + sid + "' is not an alert SID: expected NO followed by 32 hex digits.");
            }
            MonitorConnection monitor = MonitorConnection.open(common, env);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!monitor.regionHasDebugger(err)) {
                return MonitorConnection.TWILIO_ERROR;
            }
            AlertDetail detail;
            try {
                detail = accountSid != null ? monitor.source.fetch(accountSid.strip(), alertSid) : find(monitor, alertSid);
            } catch (MonitorException e) {
                return monitor.fail(e, err);
            }
            if (detail == null) {
                err.println("Alert " + alertSid + " was not found in this account or its subaccounts."
                        + " Twilio keeps alerts for 30 days.");
                err.flush();
                return MonitorConnection.TWILIO_ERROR;
            }
            AlertFormatter formatter = new AlertFormatter(ErrorCatalog.bundled());
            out.println(common.json() ? formatter.detailJson(detail) : formatter.detailText(detail));
            out.flush();
            return 0;
        }

        /** Monitor answers "not found" for another account's alert, so each account is asked in turn. */
        private static AlertDetail find(MonitorConnection monitor, String alertSid) {
            try {
                return monitor.source.fetch(monitor.account.accountSid(), alertSid);
            } catch (MonitorException e) {
                if (MonitorFailure.of(e) != MonitorFailure.UNAVAILABLE) {
                    throw e;
                }
            }
            for (DebuggerAccount a : monitor.source.accounts()) {
                if (a.main()) {
                    continue;
                }
                try {
                    return monitor.source.fetch(a.sid(), alertSid);
                } catch (MonitorException e) {
                    if (MonitorFailure.of(e) != MonitorFailure.UNAVAILABLE) {
                        throw e;
                    }
                }
            }
            return null;
        }
    }

    @Command(name = "tail", description = "Print new alerts as Twilio stores them, each once (Ctrl-C to stop).",
            mixinStandardHelpOptions = true)
    static final class TailAlerts implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin
        CommonOptions common;
        @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: until interrupted).")
        Long seconds;
        @Option(names = "--level", paramLabel = "L", description = "Only this level: error, warning, notice or debug.")
        String level;
        @Option(names = "--all-accounts", description = "Follow the main account and every active subaccount (still one request a second at most).")
        boolean allAccounts;
        @Spec
        CommandSpec spec;

        TailAlerts(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            if (seconds != null && seconds < 1) {
                throw new UsageException("--duration must be at least 1 second.");
            }
            String lvl = level(level);
            MonitorConnection monitor = MonitorConnection.open(common, env);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!monitor.regionHasDebugger(err)) {
                return MonitorConnection.TWILIO_ERROR;
            }
            Tail tail;
            try {
                tail = tail(monitor, lvl);
            } catch (MonitorException e) {
                return monitor.fail(e, err);
            }
            AlertFormatter formatter = new AlertFormatter(ErrorCatalog.bundled());
            Consumer<Alert> sink = a -> {
                out.println(common.json() ? formatter.toJsonLine(a) : formatter.line(a));
                out.flush();
            };
            Consumer<String> warnings = w -> {
                err.println("Warning: " + w);
                err.flush();
            };
            TailRunner.Summary summary = new TailRunner(tail, env.clock(), TailRunner.threadSleeper())
                    .run(seconds == null ? null : Duration.ofSeconds(seconds), sink, warnings);
            if (summary.stoppedBy() != null) {
                return monitor.fail(summary.stoppedBy(), err);
            }
            return 0;
        }

        private Tail tail(MonitorConnection monitor, String lvl) {
            AlertTail.Settings settings = AlertTail.Settings.defaults();
            if (allAccounts) {
                return new MultiAccountTail(monitor.source, accountSids(monitor, true, spec.commandLine().getErr()), lvl, env.clock(), settings);
            }
            return new AlertTail(monitor.source, AlertQuery.forAccount(monitor.account.accountSid()).withLevel(lvl),
                    env.clock(), settings, env.clock().instant());
        }
    }
}
