package app.switchboard.twilio;

import java.net.InetAddress;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where each product lives: {@code {product}.{edge}.{region}.twilio.com} (facts §10), or a per-product base
 * URL override (the sandbox, mock servers, a proxy). Immutable; the {@code with*} methods return copies.
 */
public final class Hosts {
    static final List<String> EDGES = List.of("sydney", "sao-paulo", "dublin", "frankfurt", "tokyo", "singapore", "ashburn",
            "umatilla", "roaming", "ashburn-ix", "san-jose-ix", "sao-paulo-ix", "london-ix", "frankfurt-ix", "singapore-ix",
            "tokyo-ix", "sydney-ix");
    static final List<String> REGIONS = List.of("us1", "ie1", "au1");
    private static final Map<String, String> SUGGESTED_EDGE = Map.of("ie1", "dublin", "au1", "sydney");

    private final String edge;
    private final String region;
    private final Map<Product, HttpUrl> overrides;

    private Hosts(String edge, String region, Map<Product, HttpUrl> overrides) {
        this.edge = edge;
        this.region = region;
        this.overrides = overrides;
    }

    /** api.twilio.com and friends (region us1). */
    public static Hosts defaults() {
        return new Hosts(null, null, new EnumMap<>(Product.class));
    }

    /**
     * Hosts for an edge and/or region (either may be null or blank).
     *
     * @throws IllegalArgumentException for an unknown edge or region, or a combination Twilio does not serve
     */
    public static Hosts of(String edge, String region) {
        String e = blankToNull(edge);
        String r = blankToNull(region);
        if (e != null && !EDGES.contains(e)) {
            throw new IllegalArgumentException("Unknown edge '" + edge + "': expected one of " + String.join(", ", EDGES) + ".");
        }
        if (r != null && !REGIONS.contains(r)) {
            throw new IllegalArgumentException("Unknown region '" + region + "': expected one of " + String.join(", ", REGIONS) + ".");
        }
        if (e == null && r != null && !r.equals("us1")) {
            // Twilio retired api.{ie1,au1}.twilio.com in April 2026: a non-US region needs an edge in the host name.
            throw new IllegalArgumentException("Region " + r + " needs an edge (for example --edge " + SUGGESTED_EDGE.get(r)
                    + "): hosts like api." + r + ".twilio.com no longer accept requests.");
        }
        return new Hosts(e, e != null && r == null ? "us1" : r, new EnumMap<>(Product.class));
    }

    /**
     * A copy where one product is reached at {@code baseUrl} instead of its Twilio host. Plain http is
     * accepted only for loopback hosts, because credentials travel with every request.
     */
    public Hosts withBaseUrl(Product product, String baseUrl) {
        HttpUrl url = HttpUrl.parse(baseUrl == null ? "" : baseUrl.strip());
        if (url == null) {
            throw new IllegalArgumentException("Invalid base URL for " + product.label() + ": '" + Redaction.url(baseUrl)
                    + "' (expected http(s)://host[:port]).");
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new IllegalArgumentException("The base URL for " + product.label() + " must not contain user:password@.");
        }
        requireSecureTransport(url);
        Map<Product, HttpUrl> copy = new EnumMap<>(Product.class);
        copy.putAll(overrides);
        copy.put(product, url);
        return new Hosts(edge, region, copy);
    }

    /** The base URL of a product: its override, or the Twilio host for the edge and region. */
    public HttpUrl baseUrl(Product product) {
        HttpUrl o = overrides.get(product);
        if (o != null) {
            return o;
        }
        StringBuilder host = new StringBuilder(product.label());
        if (edge != null) {
            host.append('.').append(edge);
        }
        if (region != null) {
            host.append('.').append(region);
        }
        return new HttpUrl.Builder().scheme("https").host(host.append(".twilio.com").toString()).build();
    }

    public boolean isOverridden(Product product) {
        return overrides.containsKey(product);
    }

    public String edge() {
        return edge;
    }

    public String region() {
        return region;
    }

    /**
     * @throws IllegalArgumentException when credentials would travel over plain http to a non-loopback host
     */
    public static void requireSecureTransport(HttpUrl url) {
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException("Refusing plain http to " + url.host()
                    + ": credentials are sent only over https (http is allowed for 127.0.0.1, ::1 and localhost).");
        }
    }

    /** 127.0.0.0/8, ::1 and localhost, decided from the literal so no DNS lookup happens. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || h.contains(":")) {
            try {
                return InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hosts && Objects.equals(edge, ((Hosts) o).edge) && Objects.equals(region, ((Hosts) o).region)
                && overrides.equals(((Hosts) o).overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(edge, region, overrides);
    }

    @Override
    public String toString() {
        return "Hosts[edge=" + edge + ", region=" + region + ", overrides=" + overrides + "]";
    }
}
