package app.switchboard.twilio;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one Twilio client of the app: wraps the single {@link TwilioHttp} and hands out account-bound views.
 * Close it on exit.
 */
public final class TwilioClient implements AutoCloseable {
    private final TwilioHttp http;
    private ExecutorService bulkPool;

    public TwilioClient(TwilioHttp http) {
        this.http = http;
    }

    /** A client with production settings. */
    public static TwilioClient create() {
        return new TwilioClient(TwilioHttp.create());
    }

    /** A view that acts on the credentials' own account. */
    public AccountClient account(Credentials credentials, Hosts hosts) {
        return new AccountClient(this, credentials, hosts, credentials.accountSid(), AccountClient.DEFAULT_PAGE_SIZE);
    }

    public TwilioHttp http() {
        return http;
    }

    public void addListener(RequestListener listener) {
        http.addListener(listener);
    }

    public void removeListener(RequestListener listener) {
        http.removeListener(listener);
    }

    /** Threads for bulk work: as many as the largest limiter allows, daemon, named, created on first use. */
    synchronized ExecutorService bulkPool() {
        if (bulkPool == null) {
            AtomicInteger n = new AtomicInteger();
            bulkPool = Executors.newFixedThreadPool(http.limiterSettings().max(), r -> {
                Thread t = new Thread(r, "twilio-bulk-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return bulkPool;
    }

    @Override
    public synchronized void close() {
        if (bulkPool != null) {
            bulkPool.shutdownNow();
        }
        http.close();
    }
}
