package app.switchboard.accounts;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a profile before it is tested or saved; every problem names the field it belongs to. */
public final class ProfileValidator {

    /** A form field a problem is attached to. */
    public enum Field { NAME, ACCOUNT_SID, KEY_SID, SECRET, EDGE, REGION, BASE_URL }

    /** One problem, shown next to its field. */
    public record Problem(Field field, String message) {
    }

    public static final List<String> REGIONS = List.of("us1", "ie1", "au1");
    public static final List<String> EDGES = List.of("ashburn", "umatilla", "dublin", "frankfurt", "sydney",
            "tokyo", "singapore", "sao-paulo", "roaming", "ashburn-ix", "san-jose-ix", "sao-paulo-ix", "london-ix",
            "frankfurt-ix", "singapore-ix", "tokyo-ix", "sydney-ix");
    public static final Set<String> PRODUCTS = Set.of("api", "iam", "monitor", "events", "accounts");

    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-f]{32}");
    private static final Pattern KEY_SID = Pattern.compile("SK[0-9a-f]{32}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._()-]{1,60}");

    /**
     * Edges through which each processing region is reachable. IE1 and AU1 are served only by their own
     * edges (dublin, sydney and the matching interconnects); US1 by every edge.
     */
    private static final Map<String, Set<String>> EDGES_BY_REGION = Map.of(
            "ie1", Set.of("dublin", "london-ix", "frankfurt-ix"),
            "au1", Set.of("sydney", "sydney-ix"));

    /**
     * Problems with the profile's fields. {@code secretLength}: 0 means missing, -1 means already stored and
     * unchanged (editing), otherwise the typed secret's length.
     */
    public List<Problem> validate(Profile p, int secretLength, Set<String> otherNames) {
        List<Problem> problems = new ArrayList<>();
        String name = p.name() == null ? "" : p.name().trim();
        if (name.isEmpty()) {
            problems.add(new Problem(Field.NAME, "Give the profile a name."));
        } else if (!NAME.matcher(name).matches()) {
            problems.add(new Problem(Field.NAME, "Use letters, digits, spaces and . _ - ( ) (at most 60)."));
        } else if (otherNames.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
            problems.add(new Problem(Field.NAME, "A profile named \"" + name + "\" already exists."));
        }
        accountSid(p.accountSid()).ifPresent(m -> problems.add(new Problem(Field.ACCOUNT_SID, m)));
        if (p.kind() == CredentialKind.API_KEY) {
            keySid(p.keySid()).ifPresent(m -> problems.add(new Problem(Field.KEY_SID, m)));
        }
        if (secretLength == 0) {
            problems.add(new Problem(Field.SECRET, p.kind() == CredentialKind.API_KEY
                    ? "Enter the key's secret." : "Enter the Auth Token."));
        } else if (secretLength > 0 && p.kind() == CredentialKind.AUTH_TOKEN && secretLength != 32) {
            problems.add(new Problem(Field.SECRET, "An Auth Token is 32 characters long."));
        }
        regionEdge(p.region(), p.edge()).ifPresent(problems::add);
        p.baseUrls().forEach((product, url) -> baseUrl(product, url)
                .ifPresent(m -> problems.add(new Problem(Field.BASE_URL, m))));
        return problems;
    }

    static java.util.Optional<String> accountSid(String sid) {
        String s = sid == null ? "" : sid.trim();
        if (s.isEmpty()) {
            return java.util.Optional.of("Enter the Account SID (AC followed by 32 hex characters).");
        }
        if (s.startsWith("SK")) {
            return java.util.Optional.of("This is an API key SID; the Account SID starts with AC.");
        }
        if (!ACCOUNT_SID.matcher(s).matches()) {
            return java.util.Optional.of("An Account SID is AC followed by 32 hex characters (0-9, a-f); got "
                    + s.length() + " characters.");
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<String> keySid(String sid) {
        String s = sid == null ? "" : sid.trim();
        if (s.isEmpty()) {
            return java.util.Optional.of("Enter the Main API key SID (SK followed by 32 hex characters).");
        }
        if (s.startsWith("AC")) {
            return java.util.Optional.of("This is an Account SID; an API key SID starts with SK.");
        }
        if (!KEY_SID.matcher(s).matches()) {
            return java.util.Optional.of("An API key SID is SK followed by 32 hex characters (0-9, a-f).");
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<Problem> regionEdge(String region, String edge) {
        boolean hasRegion = region != null && !region.isBlank();
        boolean hasEdge = edge != null && !edge.isBlank();
        if (hasRegion && !REGIONS.contains(region)) {
            return java.util.Optional.of(new Problem(Field.REGION, "Unknown region \"" + region
                    + "\"; Twilio processes REST requests in us1, ie1 or au1."));
        }
        if (hasEdge && !EDGES.contains(edge)) {
            return java.util.Optional.of(new Problem(Field.EDGE, "Unknown edge \"" + edge + "\"."));
        }
        if (hasRegion && !hasEdge && !region.equals("us1")) {
            return java.util.Optional.of(new Problem(Field.EDGE, "Region " + region
                    + " needs an edge (for example " + EDGES_BY_REGION.get(region).iterator().next() + ")."));
        }
        if (hasRegion && hasEdge && EDGES_BY_REGION.containsKey(region)
                && !EDGES_BY_REGION.get(region).contains(edge)) {
            return java.util.Optional.of(new Problem(Field.EDGE, "Edge " + edge + " does not serve region " + region
                    + "; use " + String.join(" or ", new java.util.TreeSet<>(EDGES_BY_REGION.get(region))) + "."));
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<String> baseUrl(String product, String url) {
        if (!PRODUCTS.contains(product)) {
            return java.util.Optional.of("Unknown product \"" + product + "\" (api, iam, monitor, events, accounts).");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return java.util.Optional.of(product + ": not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return java.util.Optional.of(product + ": use an http(s) URL such as https://api.example.com.");
        }
        if (uri.getUserInfo() != null) {
            return java.util.Optional.of(product + ": remove the user:password part; credentials come from the profile.");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            return java.util.Optional.of(product + ": plain http is allowed only for 127.0.0.1/localhost; "
                    + "credentials must travel over https.");
        }
        return java.util.Optional.empty();
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked, so validation never does a DNS lookup.
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
