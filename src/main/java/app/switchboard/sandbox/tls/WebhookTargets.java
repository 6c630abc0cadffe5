package app.switchboard.sandbox.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import app.switchboard.sandbox.world.WebhookEndpoints;

/**
 * Local webhook servers the seeded URLs point to. The ports are bound at once (so URLs are known while seeding)
 * but certificates are generated and the servers started on a background thread once {@link #startTls()} is
 * called, so the API is up without waiting for cryptography. Connections made before that wait in the listen
 * backlog.
 */
public final class WebhookTargets implements AutoCloseable {
    private static final byte[] TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer plain;
    private final HttpsServer valid;
    private final HttpsServer selfSigned;
    private final HttpsServer expired;
    private final HttpsServer wrongHost;
    private final int unreachablePort;
    private final ExecutorService executor;
    private final CompletableFuture<DemoPki> pki = new CompletableFuture<>();
    private boolean tlsStarted;

    public WebhookTargets() throws IOException {
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sandbox-webhooks");
            t.setDaemon(true);
            return t;
        });
        plain = HttpServer.create(loopback(), 50);
        valid = HttpsServer.create(loopback(), 50);
        selfSigned = HttpsServer.create(loopback(), 50);
        expired = HttpsServer.create(loopback(), 50);
        wrongHost = HttpsServer.create(loopback(), 50);
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            unreachablePort = probe.getLocalPort(); // closed again: nothing listens there
        }
        for (HttpServer server : List.of(plain, valid, selfSigned, expired, wrongHost)) {
            server.createContext("/", WebhookTargets::answer);
            server.setExecutor(executor);
        }
        plain.start();
    }

    /**
     * Generates the certificates and starts the TLS targets in the background. The sandbox calls it once its
     * API serves: the key generation would otherwise compete for the CPU with seeding and the server's start.
     */
    public synchronized void startTls() {
        if (tlsStarted) {
            return;
        }
        tlsStarted = true;
        CompletableFuture.supplyAsync(this::startTlsServers, executor).whenComplete((p, e) -> {
            if (e != null) {
                pki.completeExceptionally(e);
            } else {
                pki.complete(p);
            }
        });
    }

    private DemoPki startTlsServers() {
        DemoPki demoPki = new DemoPki();
        Instant now = Instant.now();
        configure(valid, demoPki.issued("localhost", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(335))));
        configure(selfSigned, demoPki.selfSigned("localhost"));
        configure(expired, demoPki.issued("localhost", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35))));
        configure(wrongHost, demoPki.issued("wrong-host.example.test", now.minus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(80))));
        return demoPki;
    }

    private static void configure(HttpsServer server, SSLContext context) {
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.start();
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress("127.0.0.1", 0);
    }

    private static void answer(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "text/xml");
            ex.sendResponseHeaders(200, TWIML.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(TWIML);
            }
        }
    }

    public WebhookEndpoints endpoints() {
        return new WebhookEndpoints("https://localhost:" + valid.getAddress().getPort(),
                "http://127.0.0.1:" + plain.getAddress().getPort(),
                "https://localhost:" + selfSigned.getAddress().getPort(),
                "https://localhost:" + expired.getAddress().getPort(),
                "https://localhost:" + wrongHost.getAddress().getPort(),
                "https://localhost:" + unreachablePort);
    }

    /** The demo CA in PEM; waits for the background certificate generation if it is still running. */
    public String caCertificatePem() {
        return pki.join().caCertificatePem();
    }

    /** Completes when every TLS target is serving. */
    public CompletableFuture<Void> ready() {
        return pki.thenApply(p -> null);
    }

    @Override
    public void close() {
        List<HttpServer> servers = new ArrayList<>(List.of(plain, valid, selfSigned, expired, wrongHost));
        synchronized (this) {
            if (!tlsStarted) {
                tlsStarted = true; // never starts now
                pki.completeExceptionally(new IllegalStateException("the webhook targets were closed"));
            }
        }
        pki.exceptionally(e -> null).join();
        for (HttpServer server : servers) {
            try {
                server.stop(0);
            } catch (IllegalStateException notStarted) {
                // a TLS target whose certificates failed never started
            }
        }
        executor.shutdownNow();
    }
}
