package app.switchboard.requestlog;

import app.switchboard.twilio.RequestRecord;
import app.switchboard.twilio.RequestRecord.Header;
import java.time.Instant;
import java.util.List;

/** Hand-made records for tests. */
final class Records {

    static final String ACCOUNT = "AC" + "a".repeat(32);
    static final String KEY = "SK" + "b".repeat(32);

    private Records() {
    }

    static RequestRecord get(long id, Instant at, String path, int status) {
        return new RequestRecord(id, 0, 1, at, ACCOUNT, KEY, "GET", "https://api.twilio.com" + path, status,
                status == 429 ? 20429 : null, "RQ" + String.format("%032x", id), 3, 0.042, 120.5, 0, 512, null,
                List.of(new Header("Accept", "application/json")),
                List.of(new Header("Content-Type", "application/json")), null, "{\"sid\": \"" + KEY + "\"}");
    }

    static RequestRecord retry(RequestRecord parent, long id, int attempt, int status) {
        return new RequestRecord(id, parent.id(), attempt, parent.startedAt().plusMillis(300L * attempt), parent.accountSid(),
                parent.credentialSid(), parent.method(), parent.url(), status, status == 429 ? 20429 : null,
                "RQ" + String.format("%032x", id), 9, 0.01, 50, 0, 100, null, List.of(), List.of(), null, null);
    }

    static RequestRecord post(long id, Instant at, String credential, String form) {
        return new RequestRecord(id, 0, 1, at, ACCOUNT, credential, "POST",
                "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT + "/Keys.json", 201, null, "RQ" + String.format("%032x", id),
                4, 0.08, 150, form.length(), 300, null,
                List.of(new Header("Content-Type", "application/x-www-form-urlencoded")), List.of(), form, null);
    }
}
