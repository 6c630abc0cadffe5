package app.switchboard.debugger;

import app.switchboard.twilio.Account;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client to use for Monitor calls on each account of a profile. Monitor lives on its own host with no
 * account in the path, so parent credentials only ever read the parent's alerts ({@link AccountClient#forSubaccount}
 * changes v2010 paths only): a subaccount's alerts need the subaccount's own credentials (facts §1.2). The
 * parent can read each subaccount's Auth Token from the Accounts API, so those are used, kept in memory only.
 * Thread-safe.
 */
final class SubaccountClients {

    private final TwilioClient client;
    private final AccountClient main;
    private final Map<String, AccountClient> bySid = new ConcurrentHashMap<>();

    SubaccountClients(TwilioClient client, AccountClient main) {
        this.client = client;
        this.main = main;
    }

    String mainSid() {
        return main.accountSid();
    }

    AccountClient main() {
        return main;
    }

    /** The main account first, then its subaccounts; the clients of the active ones are remembered. */
    List<Account> accounts() {
        Account mainAccount = main.accounts().fetch(main.accountSid());
        List<Account> all = new ArrayList<>();
        all.add(mainAccount);
        for (Account a : main.accounts().list()) {
            if (!a.sid().equals(mainAccount.sid())) {
                all.add(a);
                remember(a);
            }
        }
        return all;
    }

    /** The client whose credentials read {@code accountSid}'s Monitor data (null = the main account). */
    AccountClient forAccount(String accountSid) {
        if (accountSid == null || accountSid.equals(main.accountSid())) {
            return main;
        }
        AccountClient known = bySid.get(accountSid);
        if (known != null) {
            return known;
        }
        Account sub = main.accounts().fetch(accountSid);
        AccountClient c = remember(sub);
        if (c == null) {
            throw new MonitorException("Twilio did not return the Auth Token of subaccount " + accountSid
                    + ", and Monitor only answers a subaccount's own credentials. Use the parent's Auth Token or a Main API key.",
                    403, 20003);
        }
        return c;
    }

    private AccountClient remember(Account a) {
        if (a.authToken() == null || a.authToken().isBlank() || !"active".equals(a.status())) {
            return null;
        }
        AccountClient c = client.account(Credentials.authToken(a.sid(), Secret.of(a.authToken())), main.hosts());
        bySid.put(a.sid(), c);
        return c;
    }
}
