package app.switchboard.webhooks.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificate authorities a probe trusts: the JDK's default store (Twilio trusts the Java and Mozilla
 * stores), optionally plus extra anchors from PEM files, or only those (the demo profile trusts just the
 * sandbox's CA). Validation itself is always the JDK's PKIX trust manager.
 */
public final class TrustAnchors {

    private final boolean includeJdk;
    private final List<X509Certificate> extra;

    private TrustAnchors(boolean includeJdk, List<X509Certificate> extra) {
        this.includeJdk = includeJdk;
        this.extra = List.copyOf(extra);
    }

    public static TrustAnchors jdkDefault() {
        return new TrustAnchors(true, List.of());
    }

    public static TrustAnchors jdkPlus(List<X509Certificate> extra) {
        return new TrustAnchors(true, extra);
    }

    public static TrustAnchors only(List<X509Certificate> anchors) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("At least one trust anchor is needed");
        }
        return new TrustAnchors(false, anchors);
    }

    /** Every certificate in a PEM file (one or many); a clear message when there is none. */
    public static List<X509Certificate> readPem(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** Every certificate in PEM text, e.g. the sandbox's demo CA; {@code source} names it in messages. */
    public static List<X509Certificate> parsePem(String pem, String source) {
        return parse(pem.getBytes(StandardCharsets.US_ASCII), source);
    }

    private static List<X509Certificate> parse(byte[] bytes, String source) {
        try {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IllegalArgumentException(source + " contains no certificate");
            }
            return certs;
        } catch (CertificateException e) {
            throw new IllegalArgumentException(source + " is not a PEM certificate file: " + e.getMessage(), e);
        }
    }

    public List<X509Certificate> extraAnchors() {
        return extra;
    }

    /** A fresh JDK PKIX trust manager over these anchors. */
    public X509ExtendedTrustManager trustManager() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (includeJdk && extra.isEmpty()) {
                tmf.init((KeyStore) null);
            } else {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                List<X509Certificate> anchors = new ArrayList<>(extra);
                if (includeJdk) {
                    anchors.addAll(Arrays.asList(jdkDefault().trustManager().getAcceptedIssuers()));
                }
                for (int i = 0; i < anchors.size(); i++) {
                    store.setCertificateEntry("anchor-" + i, anchors.get(i));
                }
                tmf.init(store);
            }
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager) {
                    return (X509ExtendedTrustManager) tm;
                }
            }
            throw new IllegalStateException("The JDK offers no X509ExtendedTrustManager");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot build the JDK trust manager: " + e.getMessage(), e);
        }
    }
}
