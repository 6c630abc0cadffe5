package app.switchboard.keys;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Switchboard's own record of every key action (who, when, account, key, outcome), one JSON object per
 * line, appended and forced to disk. Twilio's Monitor Events say what happened at Twilio; this says what
 * was attempted from here, including what failed. Never holds a secret.
 */
public final class KeyAuditLog {

    /** One action on a key. */
    public record Entry(Instant time, String user, String accountSid, String keySid, String keyName,
                        String action, String outcome, String detail) {
    }

    private static final Gson GSON = new GsonBuilder().registerTypeAdapter(Instant.class, new InstantAdapter()).create();

    private final Path file;
    private final String user;
    private final Object flushLock = new Object();
    /** Lines appended by this instance, and how many of them are known to be on disk. */
    private long linesWritten;
    private long linesForced;

    public KeyAuditLog(Path file, String user) {
        this.file = file;
        this.user = user;
    }

    public void append(Instant time, String accountSid, String keySid, String keyName, String action,
                       String outcome, String detail) {
        Entry e = new Entry(time, user, accountSid, keySid, keyName, action, outcome, detail);
        byte[] line = (GSON.toJson(e) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            long mine;
            synchronized (this) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    ch.write(ByteBuffer.wrap(line));
                }
                mine = ++linesWritten;
            }
            forceTo(mine);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the key audit log " + file, ex);
        }
    }

    /**
     * Returns once the line numbered {@code line} is on disk. One flush covers every line written before it
     * started, so a bulk revoke's twenty concurrent appends share a flush or two instead of queueing for
     * twenty (a flush takes milliseconds, as long as a revoke on a fast link).
     */
    private void forceTo(long line) throws IOException {
        synchronized (flushLock) {
            if (linesForced >= line) {
                return;
            }
            long upTo;
            synchronized (this) {
                upTo = linesWritten;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.force(false); // flushes the file, whichever channel wrote its lines
            }
            linesForced = upTo;
        }
    }

    /** Every entry, oldest first; a damaged line (for instance cut by a crash) is skipped. */
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Entry e = GSON.fromJson(line, Entry.class);
                    if (e != null && e.time() != null) {
                        out.add(e);
                    }
                } catch (JsonParseException ignored) {
                    // a line cut short by a crash: the rest of the log is still good
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the key audit log " + file, ex);
        }
        return out;
    }

    /** The entries as CSV, for export. */
    public void exportCsv(Writer out) throws IOException {
        out.write("time,user,account_sid,key_sid,key_name,action,outcome,detail\n");
        for (Entry e : entries()) {
            out.write(String.join(",", csv(e.time().toString()), csv(e.user()), csv(e.accountSid()), csv(e.keySid()),
                    csv(e.keyName()), csv(e.action()), csv(e.outcome()), csv(e.detail())));
            out.write("\n");
        }
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
