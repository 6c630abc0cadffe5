package app.switchboard.ui.wiring;

import app.switchboard.twilio.RequestListener;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.ui.shell.StatusFeed;
import app.switchboard.ui.shell.TwilioStatusReport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The status bar's live figures, taken from the client's request records: the last concurrency Twilio
 * reported for the selected account and the last request id; and the last reading of Twilio's status page,
 * which {@link TwilioStatusWatch} takes in the background (the bar's once-a-second poll never waits for it).
 */
final class LiveStatus implements RequestListener, StatusFeed {
    private final Map<String, Integer> concurrencyByAccount = new ConcurrentHashMap<>();
    private final Supplier<String> selectedAccount;
    private volatile String lastRequestId;
    private volatile TwilioStatusReport twilioStatus = TwilioStatusReport.NOT_CHECKED;

    LiveStatus(Supplier<String> selectedAccount) {
        this.selectedAccount = selectedAccount;
    }

    @Override
    public void onRecord(RequestRecord r) {
        if (r.accountSid() != null && r.concurrentRequests() != null) {
            concurrencyByAccount.put(r.accountSid(), r.concurrentRequests());
        }
        if (r.requestId() != null) {
            lastRequestId = r.requestId();
        }
    }

    void twilioStatus(TwilioStatusReport report) {
        twilioStatus = report;
    }

    @Override
    public Snapshot snapshot() {
        String sid = selectedAccount.get();
        return new Snapshot(sid == null ? null : concurrencyByAccount.get(sid), lastRequestId, twilioStatus);
    }
}
