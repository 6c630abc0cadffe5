package app.switchboard.traffic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes the buckets of the visible window as CSV: one row per account and bucket that has data.
 */
public final class TrafficCsv {

    static final String HEADER = "time,account_sid,requests,errors,throttled_429,concurrency_max,concurrency_last,"
            + "server_p50_ms,server_p95_ms,round_trip_p50_ms,round_trip_p95_ms,peak_request,first_429_request";

    private TrafficCsv() {
    }

    /** Writes {@code file} in place; wrap in {@link app.switchboard.AtomicFiles#replaceWith} for a user's target. */
    public static void write(Path file, List<AccountSeries> series) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (AccountSeries s : series) {
                writeRows(w, s);
            }
        }
    }

    private static void writeRows(Writer w, AccountSeries s) throws IOException {
        for (int i = 0; i < s.size(); i++) {
            if (s.requests()[i] == 0) {
                continue;
            }
            w.write(String.join(",", Instant.ofEpochMilli(s.timeOf(i)).toString(), s.accountSid(),
                    Integer.toString(s.requests()[i]), Integer.toString(s.errors()[i]),
                    Integer.toString(s.throttled()[i]), number(s.concurrencyMax()[i]),
                    number(s.concurrencyLast()[i]), number(s.serverP50()[i]), number(s.serverP95()[i]),
                    number(s.clientP50()[i]), number(s.clientP95()[i]), text(s.peakReference()[i]),
                    text(s.firstThrottled()[i])));
            w.write('\n');
        }
    }

    private static String number(float v) {
        if (Float.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** Request ids are RQ… or #123, but quote defensively: a CSV cell must not start a formula. */
    private static String text(String v) {
        if (v == null) {
            return "";
        }
        String safe = v.replace("\"", "\"\"");
        return safe.matches("[A-Za-z0-9#]*") ? safe : "\"'" + safe + "\"";
    }
}
