package app.switchboard.twilio;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.util.List;

/**
 * An IAM v1 key. Lists carry {@code flags} (e.g. rest_api, signing) but no policy; fetch carries
 * {@code policy} (null for standard keys, {"allow":[…]} for restricted ones) but no flags (facts §2.4).
 */
public record IamKey(String sid, String friendlyName, Instant dateCreated, Instant dateUpdated, List<String> flags,
        JsonElement policy) {

    public IamKey {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public boolean isRestricted() {
        return policy != null && policy.isJsonObject();
    }
}
