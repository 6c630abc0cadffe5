package app.switchboard.webhooks.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A webhook target on 127.0.0.1 for tests and the benchmark: a TLS server (optionally slow to answer), a
 * server that accepts TCP and then says nothing, or a plain http server. One daemon thread per server
 * handles connections one after another, which is all a probe needs.
 */
public final class LocalTlsServer implements AutoCloseable {

    private enum Kind { TLS, SILENT, PLAIN_HTTP }

    private final ServerSocket server;
    private final Kind kind;
    private final SSLContext context;
    private final Duration delay;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private LocalTlsServer(Kind kind, SSLContext context, Duration delay) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.kind = kind;
        this.context = context;
        this.delay = delay;
        this.acceptor = new Thread(this::serve, "local-tls-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers TLS with {@code certificate}'s chain after waiting {@code delay}. */
    public static LocalTlsServer tls(LocalCa.Issued certificate, Duration delay) throws IOException {
        return tls(certificate.serverContext(), delay);
    }

    /** Shares one server context between many servers (building one costs a key-store encryption). */
    public static LocalTlsServer tls(SSLContext context, Duration delay) throws IOException {
        return new LocalTlsServer(Kind.TLS, context, delay);
    }

    /** Accepts connections and never sends a byte. */
    public static LocalTlsServer silent() throws IOException {
        return new LocalTlsServer(Kind.SILENT, null, Duration.ZERO);
    }

    /** Answers every connection with a minimal plain http response. */
    public static LocalTlsServer plainHttp() throws IOException {
        return new LocalTlsServer(Kind.PLAIN_HTTP, null, Duration.ZERO);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                handle(socket);
            } catch (IOException e) {
                // Closed by close(), or a client gave up mid-handshake: either way, serve the next one.
            }
        }
    }

    private void handle(Socket socket) throws IOException {
        switch (kind) {
            case SILENT:
                held.add(socket);
                return;
            case PLAIN_HTTP:
                try (socket; OutputStream out = socket.getOutputStream()) {
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                return;
            default:
                sleep(delay);
                try (SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, null, socket.getPort(), true)) {
                    ssl.setUseClientMode(false);
                    ssl.setSoTimeout(10_000);
                    ssl.startHandshake();
                    // The probe closes after the handshake; reading until then lets it finish cleanly.
                    ssl.getInputStream().read();
                }
        }
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Best effort at shutdown.
        }
        for (Socket s : held) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Best effort at shutdown.
            }
        }
    }
}
