package app.switchboard.sandbox.tls;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's certificates (EC P-256, fast to generate): a demo CA that only the demo profile trusts, and
 * server certificates for each TLS situation the audit must tell apart.
 */
public final class DemoPki {
    private final SecureRandom random = new SecureRandom();
    private final KeyPair caKeys;
    private final X509Certificate caCertificate;

    public DemoPki() {
        try {
            caKeys = newKeyPair();
            Instant now = Instant.now();
            caCertificate = build(new X500Name("CN=Switchboard Sandbox Demo CA,O=Switchboard"), caKeys,
                    new X500Name("CN=Switchboard Sandbox Demo CA,O=Switchboard"), caKeys.getPrivate(),
                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), true, null);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot create the sandbox demo CA", e);
        }
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public String caCertificatePem() {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(caCertificate);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A server certificate issued by the demo CA for {@code dnsName} (and 127.0.0.1), valid in the given window. */
    public SSLContext issued(String dnsName, Instant notBefore, Instant notAfter) {
        try {
            KeyPair keys = newKeyPair();
            X509Certificate cert = build(new X500Name("CN=" + dnsName), keys,
                    X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()), caKeys.getPrivate(), notBefore,
                    notAfter, false, dnsName);
            return context(keys.getPrivate(), cert, caCertificate);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot issue a sandbox certificate", e);
        }
    }

    /** A certificate that signs itself: no CA vouches for it. */
    public SSLContext selfSigned(String dnsName) {
        try {
            KeyPair keys = newKeyPair();
            Instant now = Instant.now();
            X509Certificate cert = build(new X500Name("CN=" + dnsName), keys, new X500Name("CN=" + dnsName),
                    keys.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), false, dnsName);
            return context(keys.getPrivate(), cert);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot create a self-signed sandbox certificate", e);
        }
    }

    private KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private X509Certificate build(X500Name subject, KeyPair subjectKeys, X500Name issuer, PrivateKey issuerKey,
            Instant notBefore, Instant notAfter, boolean ca, String dnsName)
            throws OperatorCreationException, GeneralSecurityException, java.io.IOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, random).abs(),
                Date.from(notBefore), Date.from(notAfter), subject, subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (ca) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, dnsName), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static SSLContext context(PrivateKey key, X509Certificate... chain) throws GeneralSecurityException,
            java.io.IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = "sandbox".toCharArray();
        store.setKeyEntry("server", key, password, chain);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }
}
