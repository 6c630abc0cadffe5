package app.switchboard.traffic;

import app.switchboard.twilio.RequestRecord;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Request records for tests, with only the fields the traffic statistics read. */
public final class Records {
    private static final AtomicLong IDS = new AtomicLong(1);

    private Records() {
    }

    public static RequestRecord record(String account, Instant at, int status, Integer concurrent,
                                       Double serverSeconds, double roundTripMs) {
        long id = IDS.getAndIncrement();
        return new RequestRecord(id, 0, 1, at, account, "SK0", "GET",
                "https://api.twilio.com/2010-04-01/Accounts/" + account + ".json", status,
                status == 429 ? 20429 : null, String.format("RQ%032x", id), concurrent, serverSeconds, roundTripMs,
                0, 100, status == 0 ? "timeout" : null, null, null, null, null);
    }

    public static RequestRecord ok(String account, Instant at, int concurrent) {
        return record(account, at, 200, concurrent, 0.08, 120);
    }
}
