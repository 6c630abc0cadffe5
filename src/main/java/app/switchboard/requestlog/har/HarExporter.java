package app.switchboard.requestlog.har;

import app.switchboard.Version;
import app.switchboard.requestlog.Redactor;
import app.switchboard.requestlog.RequestDetail;
import app.switchboard.requestlog.RequestLogException;
import app.switchboard.requestlog.RequestLogQueries;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.filter.SqlFilter;
import app.switchboard.twilio.RequestRecord.Header;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes exactly the records matching a filter as HAR 1.2, streamed (constant memory), to a temporary
 * file that replaces the target only once complete: a failed export never leaves half a file.
 * Twilio specifics travel in underscore fields ({@code _twilioRequestId}, ...) as HAR allows.
 */
public final class HarExporter {

    private HarExporter() {
    }

    /** @return the number of entries written */
    public static long export(RequestLogQueries queries, SqlFilter filter, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        long[] count = {0};
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 JsonWriter json = new JsonWriter(out)) {
                json.setIndent(" ");
                json.beginObject().name("log").beginObject();
                json.name("version").value("1.2");
                json.name("creator").beginObject().name("name").value("Switchboard").name("version").value(Version.get()).endObject();
                json.name("pages").beginArray().endArray();
                json.name("entries").beginArray();
                queries.forEachDetail(filter, d -> {
                    try {
                        entry(json, d);
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                json.endArray().endObject().endObject();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count[0];
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            if (e instanceof RequestLogException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void entry(JsonWriter json, RequestDetail d) throws IOException {
        RequestRow r = d.row();
        json.beginObject();
        json.name("startedDateTime").value(DateTimeFormatter.ISO_INSTANT.format(r.time()));
        json.name("time").value(r.roundTripMillis());
        json.name("request").beginObject();
        json.name("method").value(r.method());
        json.name("url").value(Redactor.text(r.url()));
        json.name("httpVersion").value("HTTP/1.1");
        json.name("cookies").beginArray().endArray();
        headers(json, d.requestHeaders());
        json.name("queryString").beginArray();
        if (r.query() != null) {
            for (String pair : Redactor.text(r.query()).split("&")) {
                int eq = pair.indexOf('=');
                json.beginObject().name("name").value(eq < 0 ? pair : pair.substring(0, eq))
                        .name("value").value(eq < 0 ? "" : pair.substring(eq + 1)).endObject();
            }
        }
        json.endArray();
        if (d.requestBody() != null) {
            String type = d.header(d.requestHeaders(), "Content-Type");
            json.name("postData").beginObject()
                    .name("mimeType").value(type == null ? "application/x-www-form-urlencoded" : type)
                    .name("text").value(Redactor.text(d.requestBody())).endObject();
        }
        json.name("headersSize").value(-1);
        json.name("bodySize").value(d.requestBytes());
        json.endObject();

        json.name("response").beginObject();
        json.name("status").value(r.status());
        json.name("statusText").value(r.failure() == null ? "" : Redactor.text(r.failure()));
        json.name("httpVersion").value("HTTP/1.1");
        json.name("cookies").beginArray().endArray();
        headers(json, d.responseHeaders());
        String type = d.header(d.responseHeaders(), "Content-Type");
        json.name("content").beginObject().name("size").value(d.responseBytes())
                .name("mimeType").value(type == null ? "" : type);
        if (d.responseBody() != null) {
            json.name("text").value(Redactor.text(d.responseBody()));
        }
        json.endObject();
        json.name("redirectURL").value("");
        json.name("headersSize").value(-1);
        json.name("bodySize").value(d.responseBytes());
        json.endObject();

        json.name("cache").beginObject().endObject();
        double server = r.twilioDurationSeconds() == null ? 0 : r.twilioDurationSeconds() * 1000;
        double wait = Math.min(server, r.roundTripMillis());
        json.name("timings").beginObject().name("send").value(0).name("wait").value(wait)
                .name("receive").value(Math.max(0, r.roundTripMillis() - wait)).endObject();
        json.name("_id").value(r.id());
        if (r.isRetry()) {
            json.name("_parentId").value(r.parentId());
        }
        json.name("_attempt").value(r.attempt());
        optional(json, "_accountSid", r.account());
        optional(json, "_credentialSid", r.credential());
        optional(json, "_twilioRequestId", r.requestId());
        if (r.twilioCode() != null) {
            json.name("_twilioErrorCode").value(r.twilioCode());
        }
        if (r.concurrency() != null) {
            json.name("_twilioConcurrentRequests").value(r.concurrency());
        }
        if (r.twilioDurationSeconds() != null) {
            json.name("_twilioRequestDuration").value(r.twilioDurationSeconds());
        }
        json.endObject();
    }

    private static void optional(JsonWriter json, String name, String value) throws IOException {
        if (value != null) {
            json.name(name).value(value);
        }
    }

    private static void headers(JsonWriter json, List<Header> headers) throws IOException {
        json.name("headers").beginArray();
        for (Header h : headers) {
            json.beginObject().name("name").value(h.name()).name("value").value(Redactor.header(h.name(), h.value())).endObject();
        }
        json.endArray();
    }
}
