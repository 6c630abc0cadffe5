package app.switchboard.cli;

import app.switchboard.twilio.Account;
import app.switchboard.twilio.AccountClient;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code switchboard accounts ...}. */
@Command(name = "accounts", description = "The account and its subaccounts.", mixinStandardHelpOptions = true,
        subcommands = AccountsCommand.ListAccounts.class)
public final class AccountsCommand {

    /** The credentials' account first, then every subaccount it owns. */
    static List<Account> accountsOf(AccountClient client) {
        Account main = client.accounts().fetch(client.accountSid());
        List<Account> all = new ArrayList<>();
        all.add(main);
        for (Account a : client.accounts().list()) {
            if (!a.sid().equals(main.sid())) {
                all.add(a);
            }
        }
        return all;
    }

    @Command(name = "list", description = "List the main account and its subaccounts.", mixinStandardHelpOptions = true)
    static final class ListAccounts implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;

        ListAccounts(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            List<Account> accounts = accountsOf(common.connect(env));
            if (common.json()) {
                JsonArray arr = new JsonArray();
                for (Account a : accounts) {
                    JsonObject o = new JsonObject();
                    o.addProperty("sid", a.sid());
                    o.addProperty("friendly_name", a.friendlyName());
                    o.addProperty("status", a.status());
                    o.addProperty("type", a.type());
                    o.addProperty("owner_account_sid", a.ownerAccountSid());
                    o.addProperty("subaccount", a.isSubaccount());
                    o.addProperty("date_created", a.dateCreated() == null ? null : a.dateCreated().toString());
                    arr.add(o);
                }
                JsonOutput.print(spec.commandLine().getOut(), arr);
                return 0;
            }
            TextTable t = new TextTable("SID", "NAME", "STATUS", "TYPE", "ROLE");
            for (Account a : accounts) {
                t.add(a.sid(), a.friendlyName(), a.status(), a.type(), a.isSubaccount() ? "subaccount" : "main");
            }
            t.print(spec.commandLine().getOut());
            return 0;
        }
    }
}
