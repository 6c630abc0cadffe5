package app.switchboard.webhooks.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority for local TLS targets (tests and the webhook benchmark): issues
 * EC P-256 certificates for loopback with any validity window. Nothing here is trusted unless a caller
 * passes {@link #certificate()} as an extra trust anchor.
 */
public final class LocalCa {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A key and the chain that goes with it, leaf first. */
    public record Issued(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }

        /** A server-side TLS context presenting this chain. */
        public SSLContext serverContext() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                char[] password = "local".toCharArray();
                store.setKeyEntry("server", key, password, chain.toArray(new Certificate[0]));
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(store, password);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(kmf.getKeyManagers(), null, null);
                return context;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("Cannot build a server TLS context", e);
            }
        }
    }

    private final Issued self;

    private LocalCa(Issued self) {
        this.self = self;
    }

    public static LocalCa create(String name) {
        KeyPair keys = newKeyPair();
        Instant now = Instant.now();
        X509Certificate cert = sign(name, name, keys.getPublic(), keys.getPrivate(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3650)), true, List.of());
        return new LocalCa(new Issued(keys.getPrivate(), List.of(cert)));
    }

    public X509Certificate certificate() {
        return self.certificate();
    }

    /** PEM text of the CA certificate, for {@code --trust}. */
    public String pem() {
        StringWriter out = new StringWriter();
        try {
            out.write("-----BEGIN CERTIFICATE-----\n");
            out.write(Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(certificate().getEncoded()));
            out.write("\n-----END CERTIFICATE-----\n");
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A server certificate for {@code names} (IP literals or DNS names), valid in [notBefore, notAfter]. */
    public Issued issue(String commonName, List<String> names, Instant notBefore, Instant notAfter) {
        KeyPair keys = newKeyPair();
        X509Certificate cert = sign(commonName, subjectName(), keys.getPublic(), self.key(), notBefore, notAfter, false, names);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(cert);
        return new Issued(keys.getPrivate(), chain);
    }

    /** A certificate for loopback valid from yesterday for {@code days}. */
    public Issued issueForLoopback(int days) {
        Instant now = Instant.now();
        return issue("localhost", List.of("127.0.0.1", "localhost"), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(days)));
    }

    /**
     * A leaf for loopback under {@code intermediates} intermediate CAs; the chain holds leaf, intermediates
     * and this CA's root, so its length is {@code intermediates + 2}.
     */
    public Issued issueLongChain(int intermediates) {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(1));
        Instant to = now.plus(Duration.ofDays(365));
        String issuerName = subjectName();
        PrivateKey issuerKey = self.key();
        List<X509Certificate> above = new ArrayList<>();
        for (int i = 1; i <= intermediates; i++) {
            KeyPair keys = newKeyPair();
            String name = "Intermediate " + i;
            above.add(0, sign(name, issuerName, keys.getPublic(), issuerKey, from, to, true, List.of()));
            issuerName = name;
            issuerKey = keys.getPrivate();
        }
        KeyPair leafKeys = newKeyPair();
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(sign("localhost", issuerName, leafKeys.getPublic(), issuerKey, from, to, false, List.of("127.0.0.1")));
        chain.addAll(above);
        chain.add(certificate());
        return new Issued(leafKeys.getPrivate(), chain);
    }

    /** A self-signed server certificate for loopback. */
    public static Issued selfSigned(String commonName) {
        KeyPair keys = newKeyPair();
        Instant now = Instant.now();
        X509Certificate cert = sign(commonName, commonName, keys.getPublic(), keys.getPrivate(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)), false, List.of("127.0.0.1", "localhost"));
        return new Issued(keys.getPrivate(), List.of(cert));
    }

    private String subjectName() {
        return certificate().getSubjectX500Principal().getName().replaceFirst("^CN=", "");
    }

    private static X509Certificate sign(String subject, String issuer, java.security.PublicKey key, PrivateKey issuerKey,
                                        Instant notBefore, Instant notAfter, boolean ca, List<String> names) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name("CN=" + issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    new X500Name("CN=" + subject), key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            if (!names.isEmpty()) {
                GeneralName[] sans = names.stream().map(LocalCa::generalName).toArray(GeneralName[]::new);
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(sans));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot create a certificate", e);
        }
    }

    private static GeneralName generalName(String name) {
        boolean ip = name.chars().allMatch(c -> Character.isDigit(c) || c == '.') || name.contains(":");
        return new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has EC P-256", e);
        }
    }
}
