package app.switchboard.ui.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.switchboard.twilio.RequestRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldRecordsTest {

    private static RequestRecord record(long id) {
        return new RequestRecord(id, 0, 1, Instant.ofEpochSecond(1_790_000_000L + id), "AC" + "a".repeat(32),
                "SK" + "b".repeat(32), "GET", "https://api.twilio.com/2010-04-01/Accounts.json", 200, null,
                "RQ" + String.format("%032x", id), 1, 0.04, 50, 0, 10, null, List.of(), List.of(), null, null);
    }

    private static List<Long> ids(List<RequestRecord> records) {
        return records.stream().map(RequestRecord::id).toList();
    }

    @Test
    void recordsFromBeforeTheLogOpenedReachItFirstAndInOrder() {
        HeldRecords held = new HeldRecords(100);
        held.onRecord(record(1));
        held.onRecord(record(2));
        List<RequestRecord> log = new ArrayList<>();
        held.handTo(log::add);
        held.onRecord(record(3));
        assertEquals(List.of(1L, 2L, 3L), ids(log));
    }

    @Test
    void keepsNoMoreThanItsBoundWhileTheLogOpens() {
        HeldRecords held = new HeldRecords(2);
        for (long id = 1; id <= 5; id++) {
            held.onRecord(record(id));
        }
        List<RequestRecord> log = new ArrayList<>();
        held.handTo(log::add);
        assertEquals(List.of(1L, 2L), ids(log));
    }

    @Test
    void aLogThatCannotOpenKeepsNothing() {
        HeldRecords held = new HeldRecords(100);
        held.onRecord(record(1));
        held.drop();
        held.onRecord(record(2));
        List<RequestRecord> log = new ArrayList<>();
        held.handTo(log::add);
        assertEquals(List.of(), ids(log));
    }
}
