package app.switchboard.twilio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.ConnectionPool;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The single HTTP stack of the app (DESIGN §3): one OkHttpClient whose interceptors add the User-Agent,
 * Basic auth (https only, except loopback), retries, and capture every attempt as a {@link RequestRecord}
 * for the registered {@link RequestListener}s. Also owns the per-account {@link AdaptiveLimiter}s.
 */
public final class TwilioHttp implements AutoCloseable {
    private final OkHttpClient client;
    private final List<RequestListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, AdaptiveLimiter> limiters = new ConcurrentHashMap<>();
    private final RetryBudget budget;
    private final LimiterSettings limiterSettings;
    /** Also reads the Retry-After of a final error answer, for the message. */
    private final RetryDelays delays;

    /** Initial, minimum and maximum concurrency of each account's limiter. */
    public record LimiterSettings(int initial, int min, int max) {
        public static LimiterSettings defaults() {
            return new LimiterSettings(4, 1, 64);
        }
    }

    private TwilioHttp(Builder b) {
        this.budget = new RetryBudget(b.retry.budgetCapacity());
        this.limiterSettings = b.limiter;
        this.delays = new RetryDelays(b.retry, b.random, b.clock);
        this.client = new OkHttpClient.Builder()
                .connectTimeout(b.connectTimeout)
                .readTimeout(b.readTimeout)
                .writeTimeout(b.readTimeout)
                .callTimeout(Duration.ZERO)
                .retryOnConnectionFailure(false)
                // As many idle connections as the limiter lets requests run at once: with OkHttp's default of
                // five, a bulk operation whose concurrency dips (after a 429) closes connections it then
                // opens again, each a new TLS handshake with Twilio.
                .connectionPool(new ConnectionPool(b.limiter.max(), 5, TimeUnit.MINUTES))
                .followRedirects(false)
                .addInterceptor(new UserAgentInterceptor())
                .addInterceptor(new AuthInterceptor())
                .addInterceptor(new RetryInterceptor(b.retry, delays, budget, b.sleeper))
                .addInterceptor(new CaptureInterceptor(b.clock, this::deliver, this::limiter))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Production settings: system clock, real sleeps, secure random jitter. */
    public static TwilioHttp create() {
        return builder().build();
    }

    public void addListener(RequestListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RequestListener listener) {
        listeners.remove(listener);
    }

    /** The adaptive concurrency limiter of one account, created on first use. */
    public AdaptiveLimiter limiter(String accountSid) {
        return limiters.computeIfAbsent(accountSid,
                k -> new AdaptiveLimiter(limiterSettings.initial(), limiterSettings.min(), limiterSettings.max()));
    }

    /**
     * The shared OkHttpClient, for requests that are not Twilio API calls (the public status page): sent
     * untagged, they pass the auth, retry and capture interceptors untouched.
     */
    OkHttpClient okHttp() {
        return client;
    }

    LimiterSettings limiterSettings() {
        return limiterSettings;
    }

    /** Tokens left in the retry budget (for diagnostics and tests). */
    public int retryBudgetTokens() {
        return budget.tokens();
    }

    /**
     * Sends a call (with retries) and returns the 2xx answer.
     *
     * @throws TwilioException for an error answer or no answer; {@link AmbiguousCreateException} when a
     *                         create may or may not have happened
     */
    public TwilioResponse execute(TwilioCall call) {
        Request request = new Request.Builder().url(call.url()).method(call.method(), body(call))
                .tag(TwilioCall.class, call).build();
        String path = call.url().encodedPath();
        try (Response response = client.newCall(request).execute()) {
            String text = response.body().source().readString(StandardCharsets.UTF_8);
            if (response.isSuccessful()) {
                return new TwilioResponse(response.code(), text, response.headers());
            }
            ErrorBodies.Parsed p = ErrorBodies.parse(response.code(), text);
            TwilioException e = new TwilioException(response.code(), p.code(), p.message(), p.moreInfo(),
                    response.header("Twilio-Request-Id"), call.method(), path, null)
                    .withRetryAfter(delays.parseRetryAfter(response.header("Retry-After")));
            throw call.create() && response.code() >= 500 ? new AmbiguousCreateException(e) : e;
        } catch (IOException io) {
            TwilioException e = TwilioException.noResponse(Failures.describe(io, call.url()), call.method(), path, io);
            throw call.create() && !Failures.surelyNotSent(io) ? new AmbiguousCreateException(e) : e;
        }
    }

    private static RequestBody body(TwilioCall call) {
        if (!call.method().equals("POST")) {
            return null;
        }
        FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
        call.form().forEach(form::add);
        return form.build();
    }

    private void deliver(RequestRecord record) {
        for (RequestListener l : listeners) {
            try {
                l.onRecord(record);
            } catch (RuntimeException e) {
                // A faulty listener must not break the call it observes; the others still get the record.
            }
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** Settings for tests and benchmarks; production uses the defaults. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier random = new Random()::nextDouble;
        private RetryPolicy retry = RetryPolicy.defaults();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private LimiterSettings limiter = LimiterSettings.defaults();

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** Source of jitter in [0, 1). */
        public Builder random(DoubleSupplier random) {
            this.random = random;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = connect;
            this.readTimeout = read;
            return this;
        }

        public Builder limiterSettings(LimiterSettings settings) {
            this.limiter = settings;
            return this;
        }

        public TwilioHttp build() {
            return new TwilioHttp(this);
        }
    }
}
