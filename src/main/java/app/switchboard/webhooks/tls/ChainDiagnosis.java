package app.switchboard.webhooks.tls;

import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.List;

/**
 * Names the precise reason the JDK's validator rejected a chain. The validator's verdict is what counts;
 * this only explains it, from the presented chain and the kind of exception the JDK threw.
 */
final class ChainDiagnosis {

    private ChainDiagnosis() {
    }

    record Diagnosis(ChainStatus status, String explanation) {
    }

    static Diagnosis explain(List<CertificateInfo> chain, CertificateException rejection, Instant now) {
        String jdk = rejection.getMessage();
        if (chain.isEmpty()) {
            return new Diagnosis(ChainStatus.OTHER_INVALID, jdk);
        }
        for (int i = 0; i < chain.size(); i++) {
            CertificateInfo c = chain.get(i);
            String which = i == 0 ? "The server certificate" : "Chain certificate " + (i + 1) + " (" + c.subject() + ")";
            if (now.isAfter(c.notAfter())) {
                return new Diagnosis(ChainStatus.EXPIRED, which + " expired on " + c.notAfter());
            }
            if (now.isBefore(c.notBefore())) {
                return new Diagnosis(ChainStatus.NOT_YET_VALID, which + " is valid only from " + c.notBefore());
            }
        }
        // The JDK reports a host-name failure as a plain CertificateException, path failures as subclasses.
        if (rejection.getClass() == CertificateException.class) {
            return new Diagnosis(ChainStatus.HOSTNAME_MISMATCH, jdk);
        }
        CertificateInfo top = chain.get(chain.size() - 1);
        if (chain.size() == 1 && top.selfIssued()) {
            return new Diagnosis(ChainStatus.SELF_SIGNED, "The certificate is self-signed (" + top.subject() + ")");
        }
        if (top.selfIssued()) {
            return new Diagnosis(ChainStatus.UNKNOWN_ISSUER, "The root '" + top.subject() + "' is not a trusted CA");
        }
        return new Diagnosis(ChainStatus.INCOMPLETE_CHAIN, "The chain ends at '" + top.subject() + "', issued by '"
                + top.issuer() + "', which is not a trusted root: intermediate certificates are missing, "
                + "or the issuer is not a public CA");
    }
}
