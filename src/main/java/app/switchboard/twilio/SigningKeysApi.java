package app.switchboard.twilio;

import java.util.Map;

/** v2010 signing keys (legacy, same SK namespace as API keys; facts §2.3). */
public final class SigningKeysApi {
    private final AccountClient c;

    SigningKeysApi(AccountClient c) {
        this.c = c;
    }

    public Paged<ApiKey> list() {
        return c.list(Product.API, c.v2010Path("/SigningKeys.json"), Map.of(), "signing_keys", ApiKey.class);
    }

    public void delete(String keySid) {
        c.delete(c.url(Product.API, c.v2010Path("/SigningKeys/" + Sids.require("SK", keySid, "Signing key SID") + ".json"),
                Map.of()));
    }
}
