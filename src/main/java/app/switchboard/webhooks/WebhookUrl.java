package app.switchboard.webhooks;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A webhook URL taken apart for the audit. Parsing never throws: whatever is wrong becomes a {@link Finding}.
 * The {@code user:pass@} part is detected and dropped on parsing, so no method of this class can leak it:
 * {@link #masked()} and {@link #toString()} show {@code https://***:***@host/…}.
 */
public final class WebhookUrl {

    private final String masked;
    private final String scheme;
    private final HostPort target;
    private final boolean credentials;
    private final ConnectionOverrides overrides;
    private final List<Finding> findings;

    private WebhookUrl(String masked, String scheme, HostPort target, boolean credentials,
                       ConnectionOverrides overrides, List<Finding> findings) {
        this.masked = masked;
        this.scheme = scheme;
        this.target = target;
        this.credentials = credentials;
        this.overrides = overrides;
        this.findings = List.copyOf(findings);
    }

    public static WebhookUrl parse(String raw) {
        List<Finding> findings = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            findings.add(unparseable("The URL is empty"));
            return new WebhookUrl("", "", null, false, ConnectionOverrides.NONE, findings);
        }
        String url = raw.strip();
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        String withoutFragment = hash < 0 ? url : url.substring(0, hash);
        ConnectionOverrides overrides = ConnectionOverrides.parse(fragment);
        findings.addAll(overrides.findings());

        int sep = withoutFragment.indexOf("://");
        if (sep <= 0) {
            findings.add(unparseable("Not an absolute http(s) URL"));
            return new WebhookUrl(maskWithoutStructure(url), "", null, false, overrides, findings);
        }
        String scheme = withoutFragment.substring(0, sep).toLowerCase(Locale.ROOT);
        String rest = withoutFragment.substring(sep + 3);
        int authorityEnd = firstOf(rest, '/', '?');
        String authority = rest.substring(0, authorityEnd);
        String pathAndQuery = rest.substring(authorityEnd);
        int at = authority.lastIndexOf('@');
        String userinfo = at < 0 ? null : authority.substring(0, at);
        String hostPort = at < 0 ? authority : authority.substring(at + 1);
        boolean credentials = userinfo != null && !userinfo.isEmpty();
        String maskedUserinfo = !credentials ? "" : userinfo.contains(":") ? "***:***@" : "***@";
        String masked = scheme + "://" + maskedUserinfo + hostPort + pathAndQuery + (fragment == null ? "" : "#" + fragment);

        if (!scheme.equals("https") && !scheme.equals("http")) {
            findings.add(unparseable("Scheme '" + scheme + "' is not http or https"));
            return new WebhookUrl(masked, scheme, null, credentials, overrides, findings);
        }
        HostPort target = parseHostPort(scheme, hostPort, findings);
        if (target != null && !validSyntax(scheme, target, pathAndQuery)) {
            findings.add(unparseable("The path or query contains characters a URL may not contain"));
            target = null;
        }
        if (scheme.equals("http")) {
            findings.add(credentials
                    ? new Finding(Severity.CRITICAL, "CREDENTIALS_OVER_HTTP",
                            "Basic-auth credentials are sent in clear text over http",
                            "Switch the URL to https now and change the password: it has been exposed on the wire.")
                    : new Finding(Severity.HIGH, "PLAIN_HTTP", "Twilio calls this URL over plain http",
                            "Serve the endpoint over https with a certificate from a public CA and update the URL."));
        } else if (credentials) {
            findings.add(new Finding(Severity.MEDIUM, "CREDENTIALS_IN_URL",
                    "The URL carries user:password credentials",
                    "Supported by Twilio, but anyone who can read the account's configuration sees them; "
                            + "prefer validating X-Twilio-Signature, and rotate the password if it was shared."));
        }
        return new WebhookUrl(masked, scheme, target, credentials, overrides, findings);
    }

    private static HostPort parseHostPort(String scheme, String hostPort, List<Finding> findings) {
        String host;
        String portText = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                findings.add(unparseable("Unclosed IPv6 literal"));
                return null;
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (after.startsWith(":")) {
                portText = after.substring(1);
            } else if (!after.isEmpty()) {
                findings.add(unparseable("Unexpected text after the IPv6 literal"));
                return null;
            }
            if (!isIpv6Literal(host)) {
                findings.add(unparseable("'" + host + "' is not a valid IPv6 address"));
                return null;
            }
            findings.add(new Finding(Severity.LOW, "IPV6_LITERAL", "The host is an IPv6 address literal",
                    "Use a DNS name: public CAs rarely issue certificates for IP addresses."));
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portText = colon < 0 ? null : hostPort.substring(colon + 1);
            if (host.isEmpty()) {
                findings.add(unparseable("The URL has no host"));
                return null;
            }
            String ascii;
            try {
                ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                findings.add(unparseable("'" + host + "' is not a valid host name"));
                return null;
            }
            if (!ascii.equalsIgnoreCase(host)) {
                findings.add(new Finding(Severity.INFO, "IDN_HOST",
                        "Internationalised host name; probed as " + ascii,
                        "Make sure the certificate lists the punycode name " + ascii + "."));
            }
            host = ascii;
        }
        int port = scheme.equals("https") ? 443 : 80;
        if (portText != null && !portText.isEmpty()) {
            Integer parsed = portText.chars().allMatch(Character::isDigit) && portText.length() <= 6
                    ? Integer.valueOf(portText) : null;
            if (parsed == null || parsed < 1 || parsed > 65535) {
                findings.add(new Finding(Severity.HIGH, "PORT_OUT_OF_RANGE",
                        "Port '" + portText + "' is not a port number (1–65535)",
                        "Fix the port in the URL; Twilio cannot call it as configured."));
                return null;
            }
            port = parsed;
        }
        return new HostPort(host, port);
    }

    private static boolean isIpv6Literal(String host) {
        if (!host.contains(":") || !host.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
            return false;
        }
        try {
            // A literal is parsed without any DNS lookup.
            return java.net.InetAddress.getByName("[" + host + "]") instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static boolean validSyntax(String scheme, HostPort target, String pathAndQuery) {
        try {
            new URI(scheme + "://" + target + pathAndQuery);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    // Without a recognisable scheme we cannot tell where credentials end, so anything before an '@' goes.
    private static String maskWithoutStructure(String url) {
        int at = url.lastIndexOf('@');
        return at < 0 ? url : "***@" + url.substring(at + 1);
    }

    private static Finding unparseable(String why) {
        return new Finding(Severity.HIGH, "URL_UNPARSEABLE", why, "Correct the URL: Twilio cannot call it as configured.");
    }

    /** Masks every {@code user:pass@} of http(s) URLs inside free text (a signed string, a log line). */
    public static String maskCredentialsIn(String text) {
        return text == null ? null : text.replaceAll("(?i)(https?://)[^/?#@\\s]+@", "$1***:***@");
    }

    /** The URL for display, export and logs, with any credentials replaced by {@code ***}. */
    public String masked() {
        return masked;
    }

    public String scheme() {
        return scheme;
    }

    public boolean isHttps() {
        return scheme.equals("https");
    }

    public boolean hasCredentials() {
        return credentials;
    }

    /** Where to probe (fragment stripped, IDN as punycode, default port filled in); empty when unparseable. */
    public Optional<HostPort> target() {
        return Optional.ofNullable(target);
    }

    public ConnectionOverrides overrides() {
        return overrides;
    }

    public List<Finding> findings() {
        return findings;
    }

    @Override
    public String toString() {
        return masked;
    }
}
