package app.switchboard.webhooks.signature;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature} (facts §11): Base64(HMAC-SHA1(auth token, URL + sorted name/value pairs)).
 * Like the official SDKs it accepts the signature computed on the URL as given, without its port, or with
 * the scheme's default port added, and checks {@code bodySHA256} for JSON bodies.
 */
public final class SignatureValidator {

    /** Which form of the URL a signature was computed on. */
    public enum UrlVariant {
        AS_GIVEN("URL as given"),
        WITHOUT_PORT("URL without its port"),
        WITH_DEFAULT_PORT("URL with the default port added");

        private final String label;

        UrlVariant(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A request as Twilio sent it. {@code params} may repeat a name; {@code body} is null for form posts. */
    public record Request(String url, List<Map.Entry<String, String>> params, byte[] body) {
        public Request {
            params = List.copyOf(params);
        }

        public static Request form(String url, List<Map.Entry<String, String>> params) {
            return new Request(url, params, null);
        }

        public static Request json(String url, byte[] body) {
            return new Request(url, List.of(), body);
        }
    }

    /**
     * The verdict. {@code signedString} is the exact message that was HMAC'd (for the matching variant, or
     * the URL as given when none matched); {@code matched} is null when invalid. {@code bodyHashProblem} is
     * non-null when a JSON body does not match the URL's {@code bodySHA256}.
     */
    public record Verdict(boolean valid, UrlVariant matched, String signedString, String expectedSignature,
                          String bodyHashProblem) {
    }

    private final byte[] authToken;

    public SignatureValidator(String authToken) {
        if (authToken == null || authToken.isEmpty()) {
            throw new IllegalArgumentException("An auth token is needed to compute Twilio signatures");
        }
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature Twilio would send for this request (on the URL exactly as given). */
    public String sign(Request request) {
        return hmac(signedString(request.url(), request));
    }

    public Verdict verify(Request request, String signature) {
        String bodyProblem = bodyHashProblem(request);
        byte[] given = signature == null ? new byte[0] : signature.strip().getBytes(StandardCharsets.UTF_8);
        String firstString = null;
        String firstExpected = null;
        for (Map.Entry<UrlVariant, String> variant : urlVariants(request.url()).entrySet()) {
            String signed = signedString(variant.getValue(), request);
            String expected = hmac(signed);
            if (firstString == null) {
                firstString = signed;
                firstExpected = expected;
            }
            // Constant time, so a forger learns nothing from how long a rejection takes.
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given)) {
                return new Verdict(bodyProblem == null, variant.getKey(), signed, expected, bodyProblem);
            }
        }
        return new Verdict(false, null, firstString, firstExpected, bodyProblem);
    }

    /** Hex SHA-256 of a body, as Twilio puts it in {@code bodySHA256}. */
    public static String bodySha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The exact string that is HMAC'd for this request, on its URL as given. */
    public static String signedString(Request request) {
        return signedString(request.url(), request);
    }

    /**
     * URL + each parameter name followed by its value, names sorted, values of a repeated name sorted and
     * de-duplicated (as twilio-python and twilio-node do). JSON requests sign the URL alone.
     */
    static String signedString(String url, Request request) {
        StringBuilder sb = new StringBuilder(url);
        if (request.body() != null) {
            return sb.toString();
        }
        TreeMap<String, SortedSet<String>> byName = new TreeMap<>();
        for (Map.Entry<String, String> p : request.params()) {
            byName.computeIfAbsent(p.getKey(), k -> new TreeSet<>()).add(p.getValue() == null ? "" : p.getValue());
        }
        byName.forEach((name, values) -> values.forEach(v -> sb.append(name).append(v)));
        return sb.toString();
    }

    static Map<UrlVariant, String> urlVariants(String url) {
        Map<UrlVariant, String> variants = new java.util.LinkedHashMap<>();
        variants.put(UrlVariant.AS_GIVEN, url);
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return variants;
            }
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            int defaultPort = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            if (uri.getPort() != -1) {
                variants.put(UrlVariant.WITHOUT_PORT, withPort(uri, -1));
            } else if (defaultPort != -1) {
                variants.put(UrlVariant.WITH_DEFAULT_PORT, withPort(uri, defaultPort));
            }
        } catch (URISyntaxException e) {
            // Not a URI we can re-assemble: only the URL exactly as given can match.
        }
        return variants;
    }

    // Rebuilt from the raw components so percent-escapes in path and query stay exactly as Twilio sent them.
    private static String withPort(URI uri, int port) {
        StringBuilder sb = new StringBuilder(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            sb.append(uri.getRawUserInfo()).append('@');
        }
        sb.append(uri.getHost());
        if (port != -1) {
            sb.append(':').append(port);
        }
        if (uri.getRawPath() != null) {
            sb.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            sb.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            sb.append('#').append(uri.getRawFragment());
        }
        return sb.toString();
    }

    private static String bodyHashProblem(Request request) {
        if (request.body() == null) {
            return null;
        }
        String declared = queryParam(request.url(), "bodySHA256");
        if (declared == null) {
            return "The URL has no bodySHA256 parameter; Twilio adds one to requests with a JSON body";
        }
        String actual = bodySha256(request.body());
        return actual.equalsIgnoreCase(declared) ? null
                : "The body's SHA-256 (" + actual + ") differs from bodySHA256 in the URL (" + declared + ")";
    }

    private static String queryParam(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        String query = url.substring(q + 1).replaceFirst("#.*$", "");
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK has HmacSHA1", e);
        }
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "SignatureValidator[token=***]";
    }
}
