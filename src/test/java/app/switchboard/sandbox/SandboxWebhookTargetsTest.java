package app.switchboard.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The seeded webhook URLs point at real local servers whose TLS is good or bad in the advertised way. */
class SandboxWebhookTargetsTest {
    private static Sandbox sandbox;
    private static HttpClient trustingDemoCa;
    private static Map<String, String> voiceUrlByName = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(sandbox.demoCaCertificatePem().getBytes(StandardCharsets.US_ASCII)));
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("demo-ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        trustingDemoCa = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
        sandbox.webhookTargetsReady().get();

        JsonObject numbers = SandboxHttp.json(SandboxHttp.mainKey(sandbox)
                .get("/2010-04-01/Accounts/" + sandbox.demoAccount().accountSid() + "/IncomingPhoneNumbers.json"));
        for (JsonElement e : numbers.getAsJsonArray("incoming_phone_numbers")) {
            JsonObject n = e.getAsJsonObject();
            if (!n.get("voice_url").isJsonNull()) {
                voiceUrlByName.put(n.get("friendly_name").getAsString(), n.get("voice_url").getAsString());
            }
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static HttpResponse<String> post(String url) throws Exception {
        String withoutFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        return trustingDemoCa.send(HttpRequest.newBuilder(URI.create(withoutFragment)).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("CallSid=CA1")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void validHttpsTargetIsTrustedThroughTheDemoCa() throws Exception {
        HttpResponse<String> r = post(voiceUrlByName.get("Main IVR"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<Response/>"));
    }

    @Test
    void plainHttpTargetAnswers() throws Exception {
        assertTrue(voiceUrlByName.get("Sales line").startsWith("http://"));
        assertEquals(200, post(voiceUrlByName.get("Sales line")).statusCode());
    }

    @Test
    void badTlsTargetsFailTheHandshake() {
        for (String name : new String[] {"Support", "Old campaign"}) {
            assertThrows(SSLHandshakeException.class, () -> post(voiceUrlByName.get(name)), name);
        }
    }

    @Test
    void wrongHostAndUnreachableFail() throws Exception {
        JsonObject numbers = SandboxHttp.json(SandboxHttp.mainKey(sandbox)
                .get("/2010-04-01/Accounts/" + sandbox.demoAccount().accountSid()
                        + "/IncomingPhoneNumbers.json?FriendlyName=Partner+SMS"));
        String wrongHost = numbers.getAsJsonArray("incoming_phone_numbers").get(0).getAsJsonObject()
                .get("sms_url").getAsString();
        assertThrows(SSLHandshakeException.class, () -> post(wrongHost));
        IOException unreachable = assertThrows(IOException.class, () -> post(voiceUrlByName.get("After hours")));
        assertTrue(unreachable instanceof ConnectException || unreachable.getCause() instanceof ConnectException,
                unreachable.toString());
    }

    @Test
    void seededUrlsCoverCredentialsAndOverrides() {
        assertTrue(voiceUrlByName.get("Secure line").contains("twilio:s3cr3t-demo@localhost:"));
        assertTrue(voiceUrlByName.get("Tuned timeouts").contains("#ct=2000&rt=5000&rc=2"));
        assertTrue(voiceUrlByName.get("Bad overrides").contains("rc=9"));
    }
}
