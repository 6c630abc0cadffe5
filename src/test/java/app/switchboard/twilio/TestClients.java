package app.switchboard.twilio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;

/** A client wired to a MockWebServer with a fixed clock, fixed jitter and recorded (not slept) delays. */
final class TestClients {
    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String KEY = "SK0123456789abcdef0123456789abcdef";
    static final String SECRET = "s3cr3t-Value-Never-Shown";
    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final List<RequestRecord> records = new CopyOnWriteArrayList<>();
    final TwilioClient client;

    TestClients(RetryPolicy policy) {
        TwilioHttp http = TwilioHttp.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(sleeps::add).random(() -> 0.5)
                .retryPolicy(policy).timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).build();
        http.addListener(records::add);
        client = new TwilioClient(http);
    }

    TestClients() {
        this(RetryPolicy.defaults());
    }

    static Credentials credentials() {
        return Credentials.apiKey(ACCOUNT, KEY, Secret.of(SECRET));
    }

    /** Every product pointed at the mock server. */
    static Hosts hostsFor(MockWebServer server) {
        Hosts h = Hosts.defaults();
        for (Product p : Product.values()) {
            h = h.withBaseUrl(p, server.url("/").toString());
        }
        return h;
    }

    AccountClient account(MockWebServer server) {
        return client.account(credentials(), hostsFor(server));
    }
}
