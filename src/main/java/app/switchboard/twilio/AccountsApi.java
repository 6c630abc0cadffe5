package app.switchboard.twilio;

import java.util.LinkedHashMap;
import java.util.Map;

/** v2010 Accounts: the account and its subaccounts (facts §3). Needs a Main key or the Auth Token. */
public final class AccountsApi {
    private final AccountClient c;

    AccountsApi(AccountClient c) {
        this.c = c;
    }

    /** Every account the credentials' account owns (itself and its subaccounts). */
    public Paged<Account> list() {
        return list(null, null);
    }

    /**
     * @param status       active, suspended or closed; null for all
     * @param friendlyName exact friendly name; null for all
     */
    public Paged<Account> list(String status, String friendlyName) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("Status", status);
        q.put("FriendlyName", friendlyName);
        return c.list(Product.API, "2010-04-01/Accounts.json", q, "accounts", Account.class);
    }

    public Account fetch(String accountSid) {
        String sid = Sids.require("AC", accountSid, "Account SID");
        return TwilioJson.gson().fromJson(c.get(c.url(Product.API, "2010-04-01/Accounts/" + sid + ".json", Map.of())),
                Account.class);
    }
}
