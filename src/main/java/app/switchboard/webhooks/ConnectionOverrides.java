package app.switchboard.webhooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Twilio's connection-override fragment ({@code #ct=1000&rt=2000&rc=2&e=ashburn-ix}, facts §4.4), parsed
 * and checked against the documented ranges. Twilio reads the fragment itself; it is never sent to the server.
 *
 * @param values   every key=value pair in the order given
 * @param findings out-of-range, malformed and unknown entries
 */
public record ConnectionOverrides(Map<String, String> values, List<Finding> findings) {

    public static final ConnectionOverrides NONE = new ConnectionOverrides(Map.of(), List.of());

    private record Range(String meaning, int min, int max) {
    }

    private static final Map<String, Range> NUMERIC = Map.of(
            "ct", new Range("connect timeout (ms)", 100, 10_000),
            "rt", new Range("read timeout (ms)", 100, 15_000),
            "tt", new Range("total timeout (ms)", 100, 15_000),
            "rc", new Range("retry count", 0, 5));

    // The retry-policy and SNI values are not in the verified facts, so they are reported, not judged.
    private static final Set<String> FREE_FORM = Set.of("rp", "sni");

    private static final Set<String> EDGES = Set.of("sydney", "sao-paulo", "dublin", "frankfurt", "tokyo",
            "singapore", "ashburn", "umatilla", "roaming", "ashburn-ix", "san-jose-ix", "sao-paulo-ix", "london-ix",
            "frankfurt-ix", "singapore-ix", "tokyo-ix", "sydney-ix");

    public static ConnectionOverrides parse(String fragment) {
        if (fragment == null || fragment.isEmpty()) {
            return NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (String pair : fragment.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(key, value);
            check(key, value, findings);
        }
        return new ConnectionOverrides(Collections.unmodifiableMap(values), List.copyOf(findings));
    }

    private static void check(String key, String value, List<Finding> findings) {
        Range range = NUMERIC.get(key);
        if (range != null) {
            Integer n = parseInt(value);
            if (n == null || n < range.min() || n > range.max()) {
                findings.add(new Finding(Severity.MEDIUM, "OVERRIDE_OUT_OF_RANGE",
                        "#" + key + "=" + value + ": " + range.meaning() + " must be " + range.min() + "–" + range.max(),
                        "Use a value between " + range.min() + " and " + range.max()
                                + "; Twilio ignores or rejects values outside the documented range."));
            }
        } else if (key.equals("e")) {
            if (!EDGES.contains(value)) {
                findings.add(new Finding(Severity.MEDIUM, "OVERRIDE_UNKNOWN_EDGE",
                        "#e=" + value + " is not a known Twilio edge",
                        "Use a public edge (ashburn, dublin, …) or an Interconnect edge (ashburn-ix, …)."));
            }
        } else if (!FREE_FORM.contains(key)) {
            findings.add(new Finding(Severity.LOW, "OVERRIDE_UNKNOWN_KEY",
                    "Unknown connection override #" + key,
                    "Known overrides: ct, rt, tt, rc, rp, e, sni. Anything else is probably a typo."));
        }
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The fragment again, for display: {@code ct=1000&rt=2000}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=').append(v));
        return sb.toString();
    }
}
