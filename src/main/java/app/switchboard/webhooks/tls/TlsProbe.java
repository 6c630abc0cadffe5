package app.switchboard.webhooks.tls;

import app.switchboard.webhooks.HostPort;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Connects to one host:port, negotiates TLS and validates the chain and host name with the JDK's own
 * PKIX trust manager and HTTPS endpoint identification, as Twilio's (Java) webhook client would. An invalid
 * certificate fails the handshake; the probe only records what was presented and why it was refused.
 * Thread-safe: the audit runs many probes at once on one instance.
 */
public final class TlsProbe implements AutoCloseable {

    private final X509ExtendedTrustManager validator;
    private final ProbeOptions options;
    private final Clock clock;
    // Closes sockets whose total time is up, so no server can hold a probe past its deadline.
    private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "tls-probe-deadline");
        t.setDaemon(true);
        return t;
    });

    private final ExecutorService resolvers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tls-probe-dns");
        t.setDaemon(true);
        return t;
    });

    public TlsProbe(TrustAnchors anchors, ProbeOptions options, Clock clock) {
        this.validator = anchors.trustManager();
        this.options = options;
        this.clock = clock;
        // Most probes finish long before their deadline; drop those timers at once instead of letting them pile up.
        deadlines.setRemoveOnCancelPolicy(true);
    }

    public ProbeOptions options() {
        return options;
    }

    /** Probes {@code target}: a TLS handshake when {@code tls}, otherwise only a TCP connect. Never throws. */
    public TlsProbeResult probe(HostPort target, boolean tls) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Outcome outcome = run(target, tls);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return new TlsProbeResult(target, tls, started, millis, outcome.status, outcome.chainStatus, outcome.detail,
                outcome.protocol, outcome.cipher, outcome.chain,
                TlsFindings.of(target, outcome.status, outcome.chainStatus, outcome.detail, outcome.protocol,
                        outcome.cipher, outcome.chain, started));
    }

    private Outcome run(HostPort target, boolean tls) {
        InetAddress address;
        try {
            address = resolve(target.host());
        } catch (UnknownHostException e) {
            return Outcome.failed(ProbeStatus.DNS_FAILURE, e.getMessage());
        }
        Socket socket = new Socket();
        AtomicBoolean deadlinePassed = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            deadlinePassed.set(true);
            closeQuietly(socket);
        }, options.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            try {
                socket.connect(new InetSocketAddress(address, target.port()), (int) options.connectTimeout().toMillis());
            } catch (SocketTimeoutException e) {
                return Outcome.failed(ProbeStatus.CONNECT_TIMEOUT, "No answer within " + options.connectTimeout().toMillis() + " ms");
            } catch (ConnectException | NoRouteToHostException e) {
                return Outcome.failed(ProbeStatus.REFUSED, e.getMessage());
            } catch (IOException e) {
                return Outcome.failed(deadlinePassed.get() ? ProbeStatus.CONNECT_TIMEOUT : ProbeStatus.REFUSED, e.getMessage());
            }
            return tls ? handshake(socket, target, deadlinePassed) : Outcome.failed(ProbeStatus.HTTP_REACHABLE, null);
        } finally {
            deadline.cancel(false);
            closeQuietly(socket);
        }
    }

    /**
     * The JDK's resolver cannot be given a timeout, so names are looked up on a helper thread and abandoned
     * after the connect timeout: a hanging DNS server then costs one idle thread, not a stuck audit.
     */
    private InetAddress resolve(String host) throws UnknownHostException {
        Future<InetAddress> lookup = resolvers.submit(() -> InetAddress.getByName(host));
        try {
            return lookup.get(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new UnknownHostException("Unknown host " + host);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new UnknownHostException("DNS lookup of " + host + " timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnknownHostException("Interrupted while resolving " + host);
        }
    }

    private Outcome handshake(Socket socket, HostPort target, AtomicBoolean deadlinePassed) {
        RecordingTrustManager recorder = new RecordingTrustManager(validator);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, null);
            SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, target.host(), target.port(), true);
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            ssl.setSSLParameters(parameters);
            ssl.setSoTimeout((int) options.handshakeTimeout().toMillis());
            ssl.startHandshake();
            SSLSession session = ssl.getSession();
            return new Outcome(ProbeStatus.TLS_OK, ChainStatus.VALID, null, session.getProtocol(),
                    session.getCipherSuite(), infos(session.getPeerCertificates()));
        } catch (SocketTimeoutException e) {
            return Outcome.failed(ProbeStatus.HANDSHAKE_TIMEOUT,
                    "No TLS answer within " + options.handshakeTimeout().toMillis() + " ms");
        } catch (SSLException e) {
            return afterFailedHandshake(recorder, e, deadlinePassed);
        } catch (IOException e) {
            return deadlinePassed.get()
                    ? Outcome.failed(ProbeStatus.HANDSHAKE_TIMEOUT, "No TLS answer within " + options.totalTimeout().toMillis() + " ms")
                    : Outcome.failed(ProbeStatus.HANDSHAKE_FAILED, describe(e));
        } catch (GeneralSecurityException e) {
            return Outcome.failed(ProbeStatus.HANDSHAKE_FAILED, describe(e));
        }
    }

    private Outcome afterFailedHandshake(RecordingTrustManager recorder, SSLException e, AtomicBoolean deadlinePassed) {
        if (recorder.rejection() != null && recorder.chain() != null) {
            List<CertificateInfo> chain = infos(recorder.chain());
            ChainDiagnosis.Diagnosis d = ChainDiagnosis.explain(chain, recorder.rejection(), clock.instant());
            return new Outcome(ProbeStatus.TLS_INVALID_CERTIFICATE, d.status(), d.explanation(), recorder.protocol(),
                    recorder.cipherSuite(), chain);
        }
        String message = describe(e);
        if (message.contains("chain length")) {
            return new Outcome(ProbeStatus.TLS_INVALID_CERTIFICATE, ChainStatus.CHAIN_TOO_LONG, message, null, null, List.of());
        }
        if (deadlinePassed.get()) {
            return Outcome.failed(ProbeStatus.HANDSHAKE_TIMEOUT, "No TLS answer within " + options.totalTimeout().toMillis() + " ms");
        }
        return Outcome.failed(ProbeStatus.HANDSHAKE_FAILED, message);
    }

    // The useful words are often in a cause ("Unsupported or unrecognized SSL message", chain length, ...).
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 400; t = t.getCause()) {
            if (t.getMessage() != null && sb.indexOf(t.getMessage()) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }

    private static List<CertificateInfo> infos(Certificate[] certs) {
        List<CertificateInfo> infos = new ArrayList<>();
        Arrays.stream(certs).filter(c -> c instanceof X509Certificate)
                .forEach(c -> infos.add(CertificateInfo.of((X509Certificate) c)));
        return infos;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort; the probe's outcome is already decided.
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        resolvers.shutdownNow();
    }

    private static final class Outcome {
        final ProbeStatus status;
        final ChainStatus chainStatus;
        final String detail;
        final String protocol;
        final String cipher;
        final List<CertificateInfo> chain;

        Outcome(ProbeStatus status, ChainStatus chainStatus, String detail, String protocol, String cipher,
                List<CertificateInfo> chain) {
            this.status = status;
            this.chainStatus = chainStatus;
            this.detail = detail;
            this.protocol = protocol;
            this.cipher = cipher;
            this.chain = chain;
        }

        static Outcome failed(ProbeStatus status, String detail) {
            return new Outcome(status, ChainStatus.NOT_CHECKED, detail, null, null, List.of());
        }
    }
}
