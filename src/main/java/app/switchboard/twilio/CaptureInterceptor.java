package app.switchboard.twilio;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Turns each attempt into a {@link RequestRecord} (DESIGN §3). It also reads the body here, bounded: a
 * successful body whole (up to {@link #MAX_SUCCESS_BODY_BYTES}), an error body only its first 64 KiB, so
 * a 2 MB proxy error page costs 64 KiB of memory, never an OutOfMemoryError.
 */
final class CaptureInterceptor implements Interceptor {
    static final long MAX_SUCCESS_BODY_BYTES = 64L * 1024 * 1024;

    private final Clock clock;
    private final Consumer<RequestRecord> sink;
    private final Function<String, AdaptiveLimiter> limiters;

    /** @param limiters the adaptive limiter of an account, fed with every answer of that account */
    CaptureInterceptor(Clock clock, Consumer<RequestRecord> sink, Function<String, AdaptiveLimiter> limiters) {
        this.clock = clock;
        this.sink = sink;
        this.limiters = limiters;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Attempt attempt = request.tag(Attempt.class);
        if (attempt == null) {
            return chain.proceed(request);
        }
        String account = attempt.call().accountSid();
        AdaptiveLimiter limiter = account == null ? null : limiters.apply(account);
        int inFlightAtSend = limiter == null ? -1 : limiter.inFlight();
        Instant startedAt = clock.instant();
        long t0 = System.nanoTime();
        String requestBody = bodyText(request.body());
        long requestBytes = request.body() == null ? 0 : Math.max(0, request.body().contentLength());
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            sink.accept(record(attempt, startedAt, request, t0, null, null, 0, requestBody, requestBytes, null,
                    Failures.describe(e, request.url())));
            throw e;
        }
        boolean success = response.isSuccessful();
        Buffer body;
        try {
            body = readBounded(response.body().source(), success ? MAX_SUCCESS_BODY_BYTES : ErrorBodies.MAX_ERROR_BODY_BYTES,
                    success);
        } catch (IOException e) {
            response.close();
            sink.accept(record(attempt, startedAt, request, t0, response, null, 0, requestBody, requestBytes, null,
                    Failures.describe(e, request.url())));
            throw e;
        } finally {
            if (!success) {
                response.close();
            }
        }
        Integer code = success ? null : ErrorBodies.parse(response.code(), body.snapshot().utf8()).code();
        long responseBytes = Math.max(body.size(), response.body().contentLength());
        // Only the part a record keeps is copied out; the body itself goes on to the caller as read.
        byte[] recorded = body.snapshot((int) Math.min(body.size(), Redaction.MAX_RECORDED_BODY_BYTES + 1L)).toByteArray();
        RequestRecord rec = record(attempt, startedAt, request, t0, response, code, responseBytes, requestBody, requestBytes,
                recorded, null);
        if (limiter != null) {
            limiter.onResponse(response.code(), rec.concurrentRequests(), System.nanoTime() - t0, inFlightAtSend);
        }
        sink.accept(rec);
        MediaType type = response.body().contentType();
        return response.newBuilder().body(ResponseBody.create(body, type, body.size())).build();
    }

    /**
     * Takes up to {@code max} bytes off the source, moving its buffer's segments rather than copying them; a success
     * bigger than that is an error, an error page is just cut.
     */
    private static Buffer readBounded(BufferedSource source, long max, boolean mustBeComplete) throws IOException {
        boolean more = source.request(max + 1);
        if (more && mustBeComplete) {
            throw new IOException("response larger than " + (max / (1024 * 1024)) + " MiB");
        }
        Buffer body = new Buffer();
        source.read(body, Math.min(source.getBuffer().size(), max));
        return body;
    }

    private RequestRecord record(Attempt a, Instant startedAt, Request request, long t0, Response response, Integer code,
            long responseBytes, String requestBody, long requestBytes, byte[] responseBody, String failure) {
        double rtt = (System.nanoTime() - t0) / 1_000_000.0;
        Headers rh = response == null ? Headers.of() : response.headers();
        return new RequestRecord(a.id(), a.parentId(), a.number(), startedAt, a.call().accountSid(),
                a.call().credentials().credentialSid(), request.method(), Redaction.url(request.url().toString()),
                response == null ? 0 : response.code(), code, blankToNull(rh.get("Twilio-Request-Id")),
                parseInt(rh.get("Twilio-Concurrent-Requests")), parseDouble(rh.get("Twilio-Request-Duration")), rtt,
                requestBytes, responseBytes, failure, headers(request.headers()), headers(rh), Redaction.body(requestBody),
                Redaction.body(responseBody));
    }

    private static List<RequestRecord.Header> headers(Headers h) {
        List<RequestRecord.Header> out = new ArrayList<>(h.size());
        for (int i = 0; i < h.size(); i++) {
            if (!h.name(i).equalsIgnoreCase("Authorization")) {
                out.add(new RequestRecord.Header(h.name(i), h.value(i)));
            }
        }
        return out;
    }

    private static String bodyText(RequestBody body) throws IOException {
        if (body == null) {
            return null;
        }
        Buffer b = new Buffer();
        body.writeTo(b);
        return b.readUtf8();
    }

    static Integer parseInt(String v) {
        try {
            return v == null ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double parseDouble(String v) {
        try {
            double d = v == null ? Double.NaN : Double.parseDouble(v.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
