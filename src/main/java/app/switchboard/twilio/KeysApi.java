package app.switchboard.twilio;

import java.util.LinkedHashMap;
import java.util.Map;

/** v2010 API keys of the bound account (facts §2.2). Creating never retries: see {@link AmbiguousCreateException}. */
public final class KeysApi {
    private final AccountClient c;

    KeysApi(AccountClient c) {
        this.c = c;
    }

    public Paged<ApiKey> list() {
        return c.list(Product.API, c.v2010Path("/Keys.json"), Map.of(), "keys", ApiKey.class);
    }

    /** Creates a standard key; the returned secret is shown by Twilio only this once. */
    public NewApiKey create(String friendlyName) {
        Map<String, String> form = new LinkedHashMap<>();
        if (friendlyName != null && !friendlyName.isBlank()) {
            form.put("FriendlyName", friendlyName);
        }
        return TwilioJson.gson().fromJson(c.post(c.url(Product.API, c.v2010Path("/Keys.json"), Map.of()), form, true),
                NewApiKey.class);
    }

    public ApiKey fetch(String keySid) {
        return TwilioJson.gson().fromJson(c.get(keyUrl(keySid)), ApiKey.class);
    }

    public ApiKey update(String keySid, String friendlyName) {
        return TwilioJson.gson().fromJson(c.post(keyUrl(keySid), Map.of("FriendlyName", friendlyName), false), ApiKey.class);
    }

    /** Revokes the key at once. */
    public void delete(String keySid) {
        c.delete(keyUrl(keySid));
    }

    private okhttp3.HttpUrl keyUrl(String keySid) {
        return c.url(Product.API, c.v2010Path("/Keys/" + Sids.require("SK", keySid, "API key SID") + ".json"), Map.of());
    }
}
