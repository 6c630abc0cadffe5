package app.switchboard.debugger.cli;

import app.switchboard.cli.CliEnvironment;
import app.switchboard.cli.CommonOptions;
import app.switchboard.cli.UsageException;
import app.switchboard.debugger.MonitorDateRange;
import app.switchboard.debugger.MonitorException;
import app.switchboard.debugger.MonitorFailure;
import app.switchboard.debugger.TwilioMonitorSource;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.TwilioException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;

/**
 * What every Debugger command starts from: the account the common options name, Monitor over it, and
 * the shared ways these commands fail (one explanation for an account without a Debugger, Twilio's own
 * message with exit code 1 for the rest).
 */
final class MonitorConnection {

    static final int TWILIO_ERROR = 1;

    final AccountClient account;
    final TwilioMonitorSource source;
    final String region;

    private MonitorConnection(AccountClient account, TwilioMonitorSource source) {
        this.account = account;
        this.source = source;
        this.region = account.hosts().region();
    }

    static MonitorConnection open(CommonOptions common, CliEnvironment env) {
        AccountClient account = common.connect(env);
        return new MonitorConnection(account, new TwilioMonitorSource(env.client(), account));
    }

    /** False (after printing why) when the account's region has no Debugger: asking would only fail. */
    boolean regionHasDebugger(PrintWriter err) {
        if (MonitorFailure.regionHasDebugger(region)) {
            return true;
        }
        err.println(MonitorFailure.unavailableExplanation(region));
        err.flush();
        return false;
    }

    /** Prints why {@code failure} ended the command and returns the exit code, or rethrows a client failure for the CLI's handler. */
    int fail(Throwable failure, PrintWriter err) {
        if (MonitorFailure.of(failure) == MonitorFailure.UNAVAILABLE) {
            err.println("Monitor answered \"not found\": this account has no Debugger access. "
                    + MonitorFailure.unavailableExplanation(region));
            err.flush();
            return TWILIO_ERROR;
        }
        if (failure.getCause() instanceof TwilioException) {
            throw (TwilioException) failure.getCause();
        }
        if (failure instanceof RuntimeException && !(failure instanceof MonitorException)) {
            throw (RuntimeException) failure;
        }
        err.println("Error: " + failure.getMessage());
        err.flush();
        return TWILIO_ERROR;
    }

    /** A CLI date ({@code YYYY-MM-DD} or ISO 8601 UTC), or null when not given. Exit code 2 when unreadable. */
    static Instant date(String text) {
        return text == null ? null : MonitorDateRange.parse(text);
    }

    /** Checks an alert range against Monitor's 30-day limit; exit code 2 with the reason when refused. */
    static MonitorDateRange.Result alertRange(String start, String end, Clock clock) {
        MonitorDateRange.Result r = MonitorDateRange.check(date(start), date(end), clock);
        if (!r.ok()) {
            throw new UsageException(r.error());
        }
        return r;
    }
}
