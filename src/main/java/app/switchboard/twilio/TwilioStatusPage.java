package app.switchboard.twilio;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Twilio's public status page (status.twilio.com, an Atlassian Statuspage site, facts §14): reads the overall
 * indicator from {@code /api/v2/status.json}. The page is public, so the request goes through the app's one
 * OkHttpClient untagged: no credentials, no retries, no limiter and no request record (it is not a Twilio API
 * call, and a status poll every few minutes must not show up in the request log or the traffic charts).
 * {@link #check()} never throws: whatever goes wrong becomes an {@link Indicator#UNKNOWN} reading with a reason.
 */
public final class TwilioStatusPage {
    public static final String DEFAULT_BASE_URL = "https://status.twilio.com";
    static final String PATH = "api/v2/status.json";
    /** status.json is a few hundred bytes; anything much bigger is not the status page. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_DESCRIPTION_CHARS = 120;

    /** Statuspage's {@code status.indicator}, or UNKNOWN when it could not be read. */
    public enum Indicator { NONE, MINOR, MAJOR, CRITICAL, UNKNOWN }

    /**
     * One look at the page.
     *
     * @param description the page's own words ("All Systems Operational"), or null when unknown
     * @param problem     why the indicator is UNKNOWN (short, no secrets), or null when it is known
     */
    public record Reading(Indicator indicator, String description, String problem, Instant checkedAt) {
        static Reading unknown(String problem, Instant checkedAt) {
            return new Reading(Indicator.UNKNOWN, null, problem, checkedAt);
        }
    }

    private record Body(Status status) {
    }

    private record Status(String indicator, String description) {
    }

    private final TwilioHttp http;
    private final HttpUrl url;
    private final Clock clock;
    private final Duration timeout;

    /** The page at {@code baseUrl} with a 10 s bound on the whole exchange. */
    public TwilioStatusPage(TwilioHttp http, String baseUrl) {
        this(http, baseUrl, Clock.systemUTC(), Duration.ofSeconds(10));
    }

    /**
     * @throws IllegalArgumentException for a malformed base URL, or plain http to a non-loopback host
     */
    public TwilioStatusPage(TwilioHttp http, String baseUrl, Clock clock, Duration timeout) {
        HttpUrl base = HttpUrl.parse(baseUrl == null ? "" : baseUrl.strip());
        if (base == null) {
            throw new IllegalArgumentException("Invalid status page URL '" + Redaction.url(baseUrl)
                    + "' (expected https://host[:port]).");
        }
        // No credentials travel here, but an answer over plain http could be forged on the way: same rule as the API.
        if (!base.isHttps() && !Hosts.isLoopback(base.host())) {
            throw new IllegalArgumentException("Refusing plain http to " + base.host()
                    + ": the status page is read only over https (http is allowed for 127.0.0.1, ::1 and localhost).");
        }
        this.http = http;
        this.url = base.newBuilder().encodedPath("/" + PATH).query(null).fragment(null).build();
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Where the indicator is read from. */
    public String url() {
        return url.toString();
    }

    /** Reads the page now (blocking, up to the timeout). Never throws. */
    public Reading check() {
        Instant at = clock.instant();
        okhttp3.Call call = http.okHttp().newCall(new Request.Builder().url(url).get().build());
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                return Reading.unknown("the status page answered HTTP " + response.code(), at);
            }
            BufferedSource source = response.body().source();
            if (source.request(MAX_BODY_BYTES + 1)) {
                return Reading.unknown("the status page's answer is too large", at);
            }
            return parse(source.getBuffer().readUtf8(), at);
        } catch (UnknownHostException e) {
            // Failures' wording points at API settings (--edge/--region); here it is just the network.
            return Reading.unknown("unknown host " + url.host() + " (is this computer offline?)", at);
        } catch (IOException e) {
            return Reading.unknown(Failures.describe(e, url), at);
        }
    }

    static Reading parse(String json, Instant at) {
        Body body;
        // Strict, and to the end: Gson's default leniency would read an HTML page as a bare string.
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            body = TwilioJson.gson().fromJson(reader, Body.class);
            if (body != null && reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("trailing data");
            }
        } catch (JsonParseException | IllegalStateException | IOException e) {
            return Reading.unknown("the status page did not answer with JSON", at);
        }
        if (body == null || body.status() == null || body.status().indicator() == null) {
            return Reading.unknown("the status page's answer has no status indicator", at);
        }
        Indicator indicator;
        String raw = body.status().indicator().strip();
        try {
            indicator = Indicator.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            indicator = Indicator.UNKNOWN;
        }
        if (indicator == Indicator.UNKNOWN) {
            return Reading.unknown("unrecognised status indicator '" + shorten(raw) + "'", at);
        }
        return new Reading(indicator, shorten(body.status().description()), null, at);
    }

    /** The page's text goes into a one-line label: control characters out, length bounded. */
    private static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= MAX_DESCRIPTION_CHARS ? line : line.substring(0, MAX_DESCRIPTION_CHARS - 1) + "…";
    }
}
