package app.switchboard.accounts;

import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Hosts;
import app.switchboard.twilio.Product;
import app.switchboard.twilio.Secret;
import java.util.Map;

/** How a saved profile becomes the client's credentials and hosts (for the app and the command line). */
public final class ProfileConnections {

    private ProfileConnections() {
    }

    public static Credentials credentials(Profile p, char[] secret) {
        return p.kind() == CredentialKind.AUTH_TOKEN
                ? Credentials.authToken(p.accountSid(), Secret.of(secret))
                : Credentials.apiKey(p.accountSid(), p.keySid(), Secret.of(secret));
    }

    /** Edge and region, then the profile's per-product base-URL overrides. */
    public static Hosts hosts(Profile p) {
        Hosts hosts = Hosts.of(blankToNull(p.edge()), blankToNull(p.region()));
        for (Map.Entry<String, String> e : p.baseUrls().entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                hosts = hosts.withBaseUrl(Product.parse(e.getKey()), e.getValue());
            }
        }
        return hosts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
