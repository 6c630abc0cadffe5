package app.switchboard.twilio;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;

/** IAM v1 keys (facts §2.4): flags in lists, policy on fetch, restricted keys. Creating never retries. */
public final class IamKeysApi {
    private final AccountClient c;

    IamKeysApi(AccountClient c) {
        this.c = c;
    }

    /** Keys of the bound account, with their {@code flags}. */
    public Paged<IamKey> list() {
        return c.list(Product.IAM, "v1/Keys", Map.of("AccountSid", c.accountSid()), "keys", IamKey.class);
    }

    public NewApiKey createStandard(String friendlyName) {
        return create(friendlyName, null);
    }

    /**
     * @param policyJson e.g. {@code {"allow":["/twilio/messaging/messages/read"]}}
     * @throws IllegalArgumentException when the policy is not a JSON object
     */
    public NewApiKey createRestricted(String friendlyName, String policyJson) {
        return create(friendlyName, requirePolicy(policyJson));
    }

    private NewApiKey create(String friendlyName, String policy) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", c.accountSid());
        if (friendlyName != null && !friendlyName.isBlank()) {
            form.put("FriendlyName", friendlyName);
        }
        if (policy != null) {
            form.put("KeyType", "restricted");
            form.put("Policy", policy);
        }
        return TwilioJson.gson().fromJson(c.post(c.url(Product.IAM, "v1/Keys", Map.of()), form, true), NewApiKey.class);
    }

    public IamKey fetch(String keySid) {
        return TwilioJson.gson().fromJson(c.get(keyUrl(keySid)), IamKey.class);
    }

    /** Renames and/or changes the policy (null leaves a field unchanged). */
    public IamKey update(String keySid, String friendlyName, String policyJson) {
        Map<String, String> form = new LinkedHashMap<>();
        if (friendlyName != null) {
            form.put("FriendlyName", friendlyName);
        }
        if (policyJson != null) {
            form.put("Policy", requirePolicy(policyJson));
        }
        return TwilioJson.gson().fromJson(c.post(keyUrl(keySid), form, false), IamKey.class);
    }

    public void delete(String keySid) {
        c.delete(keyUrl(keySid));
    }

    private HttpUrl keyUrl(String keySid) {
        return c.url(Product.IAM, "v1/Keys/" + Sids.require("SK", keySid, "API key SID"), Map.of());
    }

    private static String requirePolicy(String policyJson) {
        try {
            if (policyJson != null && JsonParser.parseString(policyJson).isJsonObject()) {
                return policyJson.strip();
            }
        } catch (JsonParseException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("The policy must be a JSON object such as {\"allow\":[\"/twilio/messaging/messages/read\"]}.");
    }
}
