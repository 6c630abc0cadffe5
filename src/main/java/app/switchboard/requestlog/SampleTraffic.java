package app.switchboard.requestlog;

import app.switchboard.twilio.RequestRecord;
import app.switchboard.twilio.RequestRecord.Header;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic request records for the benchmark, demos and tests: a few accounts and keys, the console's
 * usual calls (keys, numbers, alerts, accounts), some 404s and 5xx, 429 bursts (code 20429) followed by
 * retries. Deterministic for a seed.
 */
public final class SampleTraffic implements Iterator<RequestRecord> {

    private final SplittableRandom random;
    private final String[] accounts;
    private final String[] keys;
    private final long endMs;
    private final long stepMs;
    private final long count;
    private final boolean bodies;
    private long produced;
    private long nextId;
    private final List<RequestRecord> pending = new ArrayList<>();

    /**
     * @param count  records to produce (retries included)
     * @param end    time of the last record; records are spread evenly before it
     * @param span   milliseconds between the first and last record
     * @param bodies whether to include JSON bodies (off for the size benchmark, which measures rows without bodies)
     */
    public SampleTraffic(long seed, long count, Instant end, long span, boolean bodies) {
        this.random = new SplittableRandom(seed);
        this.count = count;
        this.endMs = end.toEpochMilli();
        this.stepMs = Math.max(1, span / Math.max(1, count));
        this.bodies = bodies;
        this.nextId = end.toEpochMilli() * 1000 - count * 2;
        this.accounts = new String[8];
        this.keys = new String[16];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = "AC" + hex(32);
        }
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "SK" + hex(32);
        }
    }

    @Override
    public boolean hasNext() {
        return produced < count;
    }

    @Override
    public RequestRecord next() {
        if (pending.isEmpty()) {
            generate();
        }
        produced++;
        return pending.remove(0);
    }

    private void generate() {
        long t = endMs - (count - produced) * stepMs;
        int a = random.nextInt(10) < 6 ? 0 : random.nextInt(accounts.length);
        String account = accounts[a];
        String key = random.nextInt(20) == 0 ? account : keys[a * 2 + random.nextInt(2)];
        int kind = random.nextInt(100);
        String method = "GET";
        String host = "https://api.twilio.com";
        String path;
        String query = null;
        String form = null;
        int status = 200;
        if (kind < 30) {
            path = "/2010-04-01/Accounts/" + account + "/IncomingPhoneNumbers.json";
            query = "PageSize=50";
        } else if (kind < 50) {
            path = "/2010-04-01/Accounts/" + account + "/Keys.json";
        } else if (kind < 60) {
            host = "https://monitor.twilio.com";
            path = "/v1/Alerts";
            query = "PageSize=100&StartDate=2026-11-27T00%3A00%3A00Z";
        } else if (kind < 68) {
            path = "/2010-04-01/Accounts/" + account + ".json";
        } else if (kind < 76) {
            path = "/2010-04-01/Accounts/" + account + "/Keys/" + "SK" + hex(32) + ".json";
            status = random.nextInt(8) == 0 ? 404 : 200;
        } else if (kind < 84) {
            method = "POST";
            path = "/2010-04-01/Accounts/" + account + "/Keys.json";
            form = "FriendlyName=rotation-" + random.nextInt(1000);
            status = 201;
        } else if (kind < 90) {
            method = "DELETE";
            path = "/2010-04-01/Accounts/" + account + "/Keys/SK" + hex(32) + ".json";
            status = 204;
        } else if (kind < 96) {
            host = "https://iam.twilio.com";
            path = "/v1/Keys";
            query = "AccountSid=" + account;
        } else {
            path = "/2010-04-01/Accounts.json";
            query = "PageSize=1000";
        }
        if (random.nextInt(200) == 0) {
            status = random.nextBoolean() ? 500 : 503;
        }
        int concurrency = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 8);
        boolean throttled = concurrency > 30 && random.nextBoolean();
        long parent = 0;
        int attempts = throttled ? 2 + random.nextInt(2) : 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            boolean last = attempt == attempts;
            int s = last ? status : 429;
            long id = nextId++;
            pending.add(record(id, parent, attempt, t + (attempt - 1) * 300L, account, key, method, host + path
                    + (query == null ? "" : "?" + query), s, last ? Math.max(1, concurrency - 10) : concurrency, form));
            if (parent == 0) {
                parent = id;
            }
        }
    }

    private RequestRecord record(long id, long parent, int attempt, long t, String account, String key, String method,
                                 String url, int status, int concurrency, String form) {
        double server = (5 + random.nextInt(status >= 500 ? 900 : 120)) / 1000.0;
        double rtt = server * 1000 + 20 + random.nextInt(80) + random.nextDouble();
        Integer code = status == 429 ? Integer.valueOf(20429) : status == 404 ? Integer.valueOf(20404)
                : status >= 500 ? Integer.valueOf(20500) : null;
        String rid = "RQ" + hex(32);
        List<Header> req = new ArrayList<>();
        req.add(new Header("User-Agent", "switchboard/0.1.0 (Linux amd64) java/17.0.15"));
        req.add(new Header("Accept", "application/json"));
        if (form != null) {
            req.add(new Header("Content-Type", "application/x-www-form-urlencoded"));
        }
        List<Header> resp = new ArrayList<>();
        resp.add(new Header("Content-Type", "application/json; charset=utf-8"));
        resp.add(new Header("Twilio-Request-Id", rid));
        resp.add(new Header("Twilio-Concurrent-Requests", Integer.toString(concurrency)));
        resp.add(new Header("Twilio-Request-Duration", String.format(Locale.ROOT, "%.3f", server)));
        String body = null;
        if (bodies) {
            body = code != null
                    ? "{\"code\": " + code + ", \"message\": \"" + message(status) + "\", \"more_info\": \"https://www.twilio.com/docs/errors/"
                    + code + "\", \"status\": " + status + "}"
                    : "{\"sid\": \"SK" + hex(32) + "\", \"friendly_name\": \"ci-deploy\", \"date_created\": \"Sat, 28 Nov 2026 09:12:00 +0000\"}";
        }
        return new RequestRecord(id, parent, attempt, Instant.ofEpochMilli(t), account, key, method, url, status, code,
                rid, concurrency, server, rtt, form == null ? 0 : form.length(), 180 + random.nextInt(4000), null, req, resp,
                form, body);
    }

    private static String message(int status) {
        return status == 429 ? "Too Many Requests" : status == 404 ? "The requested resource was not found" : "Internal error";
    }

    private String hex(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }
}
