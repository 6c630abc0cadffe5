package app.switchboard.webhooks.tls;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

/** The parts of a certificate the audit shows; plain data, so results can be cached as JSON. */
public record CertificateInfo(String subject, String issuer, Instant notBefore, Instant notAfter,
                              String keyType, int keyBits) {

    public static CertificateInfo of(X509Certificate cert) {
        PublicKey key = cert.getPublicKey();
        int bits = -1;
        if (key instanceof RSAPublicKey) {
            bits = ((RSAPublicKey) key).getModulus().bitLength();
        } else if (key instanceof ECPublicKey) {
            bits = ((ECPublicKey) key).getParams().getCurve().getField().getFieldSize();
        }
        return new CertificateInfo(cert.getSubjectX500Principal().getName(), cert.getIssuerX500Principal().getName(),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), key.getAlgorithm(), bits);
    }

    public boolean selfIssued() {
        return subject.equals(issuer);
    }
}
