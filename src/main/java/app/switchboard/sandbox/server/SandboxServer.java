package app.switchboard.sandbox.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import app.switchboard.sandbox.fault.FaultKind;
import app.switchboard.sandbox.fault.Faults;
import app.switchboard.sandbox.load.ConcurrencyGate;
import app.switchboard.sandbox.load.LatencyModel;
import app.switchboard.sandbox.world.JsonMap;
import app.switchboard.sandbox.world.SandboxWorld;

/**
 * The HTTP front of the sandbox: authenticates (except on the public status page), applies armed faults,
 * enforces the per-account concurrency cap, spends the sampled processing time, and answers with Twilio's
 * headers on every response. Handler failures become Twilio error bodies; nothing ever answers with a stack
 * trace or an HTML page (except the HTML fault).
 */
public final class SandboxServer implements AutoCloseable {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final String HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body>"
            + "<center><h1>502 Bad Gateway</h1></center><hr><center>awselb/2.0</center></body></html>";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Router router;
    private final Authenticator authenticator;
    private final ConcurrencyGate gate;
    private final LatencyModel latency;
    private final Faults faults;
    private final String baseUrl;

    public SandboxServer(int port, SandboxWorld world, ConcurrencyGate gate, LatencyModel latency, Faults faults)
            throws IOException {
        this.router = new Routes(world).router();
        this.authenticator = new Authenticator(world);
        this.gate = gate;
        this.latency = latency;
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        // Sized well above the cap so 429s come from the cap logic, never from requests queueing for a thread.
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(64, gate.cap() * 4 + 16), r -> {
            Thread t = new Thread(r, "sandbox-http-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        server.start();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        long started = System.nanoTime();
        String requestId = "RQ" + randomHex();
        String accountForHeader = null;
        try (ex) {
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = ex.getRequestURI().getRawPath();
            byte[] requestBody = readBody(ex.getRequestBody());
            Router.Found found;
            Principal principal;
            Map<String, String> query;
            try {
                query = Call.parseForm(ex.getRequestURI().getRawQuery());
                found = router.find(method, path);
                principal = isPublic(found) ? null
                        : authenticator.authenticate(ex.getRequestHeaders().getFirst("Authorization"));
                accountForHeader = principal == null ? null : principal.accountSid();
                if (found.route().guard() == Router.Guard.ACCOUNTS_AND_KEYS && !principal.mayManageAccountsAndKeys()) {
                    throw ApiException.permissionDenied();
                }
            } catch (ApiException e) {
                sendError(ex, e, requestId, accountForHeader, started);
                return;
            }
            FaultKind fault = faults.take(path, found.route().creates());
            if (fault != null && answerFault(ex, fault, requestId, accountForHeader, started)) {
                return;
            }
            int concurrent = principal == null ? 0 : gate.tryAcquire(principal.accountSid());
            if (concurrent < 0) {
                send(ex, 429, error(429, 20429, "Too Many Requests"), requestId, -concurrent, started);
                return;
            }
            Reply reply;
            try {
                reply = process(found, method, path, query, requestBody, principal);
                spendProcessingTime(started);
            } finally {
                // Released before the answer is written: once the client has the answer it may send the next
                // request, which must not find its own previous request still counted (a spurious 429).
                if (principal != null) {
                    gate.release(principal.accountSid());
                }
            }
            if (fault == FaultKind.DROP_CREATE_RESPONSE) {
                return; // the key exists now; closing without an answer is what the client sees
            }
            byte[] body = reply.body() == null ? null : GSON.toJson(reply.body()).getBytes(StandardCharsets.UTF_8);
            if (fault == FaultKind.TRUNCATED_BODY && body != null) {
                headers(ex, requestId, concurrent, started);
                ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                ex.sendResponseHeaders(reply.status(), body.length);
                ex.getResponseBody().write(body, 0, body.length / 2);
                return;
            }
            sendBytes(ex, reply.status(), body, "application/json; charset=utf-8", requestId, concurrent, started);
        } catch (IOException | RuntimeException e) {
            // The client went away (or a fault closed the exchange); nothing left to answer.
        }
    }

    /** A public route (the status page) is served to anyone: no account, so no concurrency cap either. */
    private static boolean isPublic(Router.Found found) {
        return found.route().guard() == Router.Guard.PUBLIC;
    }

    private Reply process(Router.Found found, String method, String path, Map<String, String> query,
            byte[] requestBody, Principal principal) {
        try {
            Map<String, String> form = method.equals("POST")
                    ? Call.parseForm(new String(requestBody, StandardCharsets.UTF_8)) : Map.of();
            return found.route().handler().apply(new Call(method, path, query, form, principal, baseUrl,
                    found.matcher()));
        } catch (ApiException e) {
            return new Reply(e.status, error(e.status, e.code, e.getMessage()));
        } catch (RuntimeException e) {
            return new Reply(500, error(500, 20500, "Internal Server Error"));
        }
    }

    /** Answers an armed fault; returns false when the fault only changes how the real answer is sent. */
    private boolean answerFault(HttpExchange ex, FaultKind fault, String requestId, String account, long started)
            throws IOException {
        switch (fault) {
            case TOO_MANY_REQUESTS:
                send(ex, 429, error(429, 20429, "Too Many Requests"), requestId, inFlight(account), started);
                return true;
            case SERVER_ERROR:
                send(ex, 500, error(500, 20500, "Internal Server Error"), requestId, inFlight(account), started);
                return true;
            case CONNECTION_RESET:
                return true; // closing the exchange without a status line drops the connection
            case HTML_BODY:
                sendBytes(ex, 502, HTML_502.getBytes(StandardCharsets.UTF_8), "text/html", requestId,
                        inFlight(account), started);
                return true;
            case SLOW:
                sleep(faults.slowDelay().toMillis());
                return false;
            default:
                return false;
        }
    }

    private void spendProcessingTime(long started) {
        double target = latency.sampleMillis();
        double spent = (System.nanoTime() - started) / 1e6;
        if (target > spent) {
            sleepNanos((long) ((target - spent) * 1e6));
        }
    }

    private void sendError(HttpExchange ex, ApiException e, String requestId, String account, long started)
            throws IOException {
        if (e.status == 401) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Twilio API\"");
        }
        send(ex, e.status, error(e.status, e.code, e.getMessage()), requestId,
                inFlight(account), started);
    }

    /** The Twilio-Concurrent-Requests of an answer that never entered the gate; 0 without an account. */
    private int inFlight(String account) {
        return account == null ? 0 : gate.current(account);
    }

    static JsonMap error(int status, int code, String message) {
        return new JsonMap().with("code", code).with("message", message)
                .with("more_info", "https://www.twilio.com/docs/errors/" + code).with("status", status);
    }

    private void send(HttpExchange ex, int status, JsonMap body, String requestId, int concurrent, long started)
            throws IOException {
        sendBytes(ex, status, GSON.toJson(body).getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8",
                requestId, concurrent, started);
    }

    private void sendBytes(HttpExchange ex, int status, byte[] body, String contentType, String requestId,
            int concurrent, long started) throws IOException {
        headers(ex, requestId, concurrent, started);
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void headers(HttpExchange ex, String requestId, int concurrent, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        var h = ex.getResponseHeaders();
        h.set("Twilio-Concurrent-Requests", Integer.toString(Math.max(0, concurrent)));
        h.set("Twilio-Request-Duration", String.format(Locale.ROOT, "%.3f", seconds));
        h.set("Twilio-Request-Id", requestId);
        h.set("X-Home-Region", "us1");
        h.set("X-Api-Domain", "sandbox.local");
        h.set("X-Powered-By", "switchboard-sandbox");
    }

    private static byte[] readBody(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static String randomHex() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%016x%016x", r.nextLong(), r.nextLong());
    }

    private static void sleep(long millis) {
        sleepNanos(millis * 1_000_000L);
    }

    /**
     * Waits {@code nanos} to within microseconds: Java 17's {@code Thread.sleep} rounds a partial millisecond up,
     * which added half a millisecond to the mean of every answer's processing time.
     */
    private static void sleepNanos(long nanos) {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
