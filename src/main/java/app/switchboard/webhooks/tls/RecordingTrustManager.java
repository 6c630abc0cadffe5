package app.switchboard.webhooks.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Wraps the JDK's validating trust manager to remember what the server presented and what the validator
 * said. It decides nothing itself: every check is delegated and every rejection is rethrown, so a handshake
 * with an invalid certificate fails exactly as it would without the wrapper.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager validator;
    private volatile X509Certificate[] chain;
    private volatile CertificateException rejection;
    private volatile String protocol;
    private volatile String cipherSuite;

    RecordingTrustManager(X509ExtendedTrustManager validator) {
        this.validator = validator;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        record(chain, socket instanceof SSLSocket ? ((SSLSocket) socket).getHandshakeSession() : null);
        remember(() -> validator.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        record(chain, engine == null ? null : engine.getHandshakeSession());
        remember(() -> validator.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        record(chain, null);
        remember(() -> validator.checkServerTrusted(chain, authType));
    }

    private interface Check {
        void run() throws CertificateException;
    }

    /** Runs the JDK's check; a rejection is remembered and rethrown, never swallowed. */
    private void remember(Check check) throws CertificateException {
        try {
            check.run();
        } catch (CertificateException e) {
            rejection = e;
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        validator.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        validator.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        validator.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return validator.getAcceptedIssuers();
    }

    // The handshake session tells protocol and cipher even when validation then fails the handshake.
    private void record(X509Certificate[] presented, SSLSession session) {
        this.chain = presented == null ? null : presented.clone();
        if (session != null) {
            this.protocol = session.getProtocol();
            this.cipherSuite = session.getCipherSuite();
        }
    }

    X509Certificate[] chain() {
        return chain;
    }

    CertificateException rejection() {
        return rejection;
    }

    String protocol() {
        return protocol;
    }

    String cipherSuite() {
        return cipherSuite;
    }
}
