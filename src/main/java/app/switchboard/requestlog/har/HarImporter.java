package app.switchboard.requestlog.har;

import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.twilio.RequestIds;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.twilio.RequestRecord.Header;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a HAR file into the request log as its own, clearly labelled source. The file is streamed:
 * one entry is held at a time, so a 500 MB export keeps memory bounded.
 */
public final class HarImporter {

    private static final Pattern ACCOUNT_IN_PATH = Pattern.compile("/Accounts/(AC[0-9a-fA-F]{32})");
    private static final Pattern POSITION = Pattern.compile("line \\d+ column \\d+");
    private static final Pattern CODE_IN_BODY = Pattern.compile("\"code\"\\s*:\\s*(\\d{3,6})");
    /** Remembers recent original ids, to link retries (which follow their first attempt closely). */
    private static final int ID_MEMORY = 10_000;

    private final Clock clock;

    public HarImporter(Clock clock) {
        this.clock = clock;
    }

    /** @param source label of the new source, skipped the count of entries without method or URL */
    public record Result(String source, long imported, long skipped) { }

    public Result importFile(Path file, RequestLogStore store) throws IOException, HarFormatException {
        String label = "HAR " + file.getFileName() + " (imported "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(clock.getZone())) + ")";
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader json = new JsonReader(in)) {
            Entries entries = new Entries(json, file);
            entries.openEntries();
            long n = store.writeAll(entries, label);
            return new Result(label, n, entries.skipped);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof HarIoFormat f) {
                throw new HarFormatException(f.getMessage());
            }
            throw e.getCause();
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new HarFormatException(file.getFileName() + " is not a valid HAR file: " + e.getMessage());
        }
    }

    /** Carries a format problem through the Iterator, which cannot throw checked exceptions. */
    private static final class HarIoFormat extends IOException {
        HarIoFormat(String message) {
            super(message);
        }
    }

    private static final class Entries implements Iterator<RequestRecord> {
        private final JsonReader json;
        private final Path file;
        private final Map<Long, Long> newIds = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
                return size() > ID_MEMORY;
            }
        };
        private RequestRecord next;
        private long skipped;

        Entries(JsonReader json, Path file) {
            this.json = json;
            this.file = file;
        }

        /** Walks to the first entry of {@code log.entries}, or fails with a clear message. */
        void openEntries() throws IOException {
            String name = file.getFileName().toString();
            try {
                if (json.peek() != JsonToken.BEGIN_OBJECT) {
                    throw new HarIoFormat(name + " is not a HAR file: it does not start with a JSON object.");
                }
                json.beginObject();
                if (!seek("log", JsonToken.BEGIN_OBJECT)) {
                    throw new HarIoFormat(name + " is not a HAR file: it has no \"log\" object.");
                }
                json.beginObject();
                if (!seek("entries", JsonToken.BEGIN_ARRAY)) {
                    throw new HarIoFormat(name + " is not a HAR file: its \"log\" has no \"entries\" list.");
                }
                json.beginArray();
            } catch (HarIoFormat e) {
                throw new UncheckedIOException(e);
            } catch (IOException | IllegalStateException e) {
                throw new UncheckedIOException(new HarIoFormat(name + " is not a HAR file (not valid JSON" + where(e) + ")."));
            }
        }

        /** " at line 3 column 7" from Gson's message, without its troubleshooting advice. */
        private static String where(Exception e) {
            Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
            return m.find() ? " at " + m.group() : "";
        }

        private boolean seek(String wanted, JsonToken type) throws IOException {
            while (json.hasNext()) {
                String n = json.nextName();
                if (n.equals(wanted) && json.peek() == type) {
                    return true;
                }
                json.skipValue();
            }
            return false;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                try {
                    if (!json.hasNext()) {
                        return false;
                    }
                    JsonElement e = JsonParser.parseReader(json);
                    next = e.isJsonObject() ? toRecord(e.getAsJsonObject()) : null;
                    if (next == null) {
                        skipped++;
                    }
                } catch (IOException | JsonParseException | IllegalStateException e) {
                    throw new UncheckedIOException(new HarIoFormat(file.getFileName()
                            + " is damaged: invalid JSON" + where(e) + "."));
                }
            }
            return true;
        }

        @Override
        public RequestRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RequestRecord r = next;
            next = null;
            return r;
        }

        private RequestRecord toRecord(JsonObject e) {
            JsonObject req = obj(e, "request");
            JsonObject resp = obj(e, "response");
            String method = str(req, "method");
            String url = str(req, "url");
            if (method == null || url == null) {
                return null;
            }
            List<Header> reqHeaders = headers(req);
            List<Header> respHeaders = headers(resp);
            String respBody = resp == null ? null : str(obj(resp, "content"), "text");
            long id = RequestIds.next();
            Long oldId = num(e, "_id") == null ? null : num(e, "_id").longValue();
            if (oldId != null) {
                newIds.put(oldId, id);
            }
            Number oldParent = num(e, "_parentId");
            long parent = oldParent == null ? 0 : newIds.getOrDefault(oldParent.longValue(), 0L);
            Number attempt = num(e, "_attempt");
            String account = str(e, "_accountSid");
            if (account == null) {
                Matcher m = ACCOUNT_IN_PATH.matcher(url);
                account = m.find() ? m.group(1) : null;
            }
            Integer code = num(e, "_twilioErrorCode") == null ? null : num(e, "_twilioErrorCode").intValue();
            if (code == null && respBody != null) {
                Matcher m = CODE_IN_BODY.matcher(respBody);
                code = m.find() ? Integer.valueOf(m.group(1)) : null;
            }
            Number status = resp == null ? null : num(resp, "status");
            Number time = num(e, "time");
            JsonObject post = obj(req, "postData");
            return new RequestRecord(id, parent, attempt == null ? 1 : attempt.intValue(), time(str(e, "startedDateTime")),
                    account, str(e, "_credentialSid"), method, url, status == null ? 0 : status.intValue(), code,
                    firstNonNull(str(e, "_twilioRequestId"), header(respHeaders, "Twilio-Request-Id")),
                    integer(firstNonNull(str(e, "_twilioConcurrentRequests"), header(respHeaders, "Twilio-Concurrent-Requests"))),
                    decimal(firstNonNull(str(e, "_twilioRequestDuration"), header(respHeaders, "Twilio-Request-Duration"))),
                    time == null ? 0 : Math.max(0, time.doubleValue()),
                    req == null || num(req, "bodySize") == null ? 0 : Math.max(0, num(req, "bodySize").longValue()),
                    resp == null || num(resp, "bodySize") == null ? 0 : Math.max(0, num(resp, "bodySize").longValue()),
                    null, reqHeaders, respHeaders, post == null ? null : str(post, "text"), respBody);
        }

        private static Instant time(String s) {
            if (s != null) {
                try {
                    return OffsetDateTime.parse(s).toInstant();
                } catch (DateTimeParseException e) {
                    // fall through to the epoch: the entry is kept, its time is unknown
                }
            }
            return OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
        }

        private static List<Header> headers(JsonObject o) {
            List<Header> out = new ArrayList<>();
            JsonElement h = o == null ? null : o.get("headers");
            if (h != null && h.isJsonArray()) {
                for (JsonElement el : (JsonArray) h) {
                    if (el.isJsonObject() && str(el.getAsJsonObject(), "name") != null) {
                        out.add(new Header(str(el.getAsJsonObject(), "name"), str(el.getAsJsonObject(), "value")));
                    }
                }
            }
            return out;
        }

        private static String header(List<Header> headers, String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst().orElse(null);
        }

        private static JsonObject obj(JsonObject o, String name) {
            JsonElement e = o == null ? null : o.get(name);
            return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
        }

        private static String str(JsonObject o, String name) {
            JsonElement e = o == null ? null : o.get(name);
            return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
        }

        private static Number num(JsonObject o, String name) {
            JsonElement e = o == null ? null : o.get(name);
            if (e == null || !e.isJsonPrimitive()) {
                return null;
            }
            try {
                return Double.valueOf(e.getAsString());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        private static Integer integer(String s) {
            Double d = decimal(s);
            return d == null ? null : d.intValue();
        }

        private static Double decimal(String s) {
            try {
                return s == null ? null : Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String firstNonNull(String a, String b) {
            return a != null ? a : b;
        }
    }
}
