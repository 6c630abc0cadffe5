package app.switchboard.accounts;

import java.util.Map;
import java.util.TreeMap;

/**
 * A saved Twilio account connection. Holds no secret: the secret lives in a {@link CredentialStore}
 * under {@link #secretId()}.
 *
 * @param keySid   the Main API key SID ({@code SK…}) when {@code kind} is {@link CredentialKind#API_KEY}, else null
 * @param edge     e.g. {@code dublin}, or null for the default
 * @param region   {@code us1}, {@code ie1}, {@code au1}, or null for the default
 * @param baseUrls per-product overrides (api, iam, monitor, events, accounts), e.g. for a local sandbox
 */
public record Profile(String name, String accountSid, CredentialKind kind, String keySid, String edge,
                      String region, Map<String, String> baseUrls) {

    public Profile {
        baseUrls = baseUrls == null ? Map.of() : Map.copyOf(new TreeMap<>(baseUrls));
    }

    /** The user name Twilio's Basic auth expects: the key SID, or the Account SID for the Auth Token. */
    public String username() {
        return kind == CredentialKind.API_KEY ? keySid : accountSid;
    }

    /** Where the secret is filed; stable across renames of the profile. */
    public String secretId() {
        return accountSid + "/" + username();
    }

    /** "us1" when nothing is set, as Twilio's SDKs do. */
    public String effectiveRegion() {
        return region == null || region.isBlank() ? "us1" : region;
    }

    @Override
    public String toString() {
        return name + " (" + accountSid + ")";
    }
}
