package app.switchboard.cli;

import app.switchboard.twilio.Account;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.ApiKey;
import app.switchboard.twilio.IamKey;
import app.switchboard.twilio.TwilioException;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchboard keys ...}: list, create, rename, revoke, rotate and the local audit log. */
@Command(name = "keys", description = "API keys of the account and its subaccounts.", mixinStandardHelpOptions = true,
        subcommands = {KeysCommand.ListKeys.class, KeysCreateCommand.class, KeysRenameCommand.class, KeysRevokeCommand.class,
            KeysRotateCommand.class, KeysAuditCommand.class})
public final class KeysCommand {

    @Command(name = "list", description = "List API keys: sid, name, created, age in days, kind (IAM flags).",
            mixinStandardHelpOptions = true)
    static final class ListKeys implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin
        CommonOptions common;
        @Option(names = "--all-accounts", description = "Include every active subaccount.")
        boolean allAccounts;
        @Spec
        CommandSpec spec;

        ListKeys(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            AccountClient client = common.connect(env);
            List<String> accounts = allAccounts
                    ? AccountsCommand.accountsOf(client).stream().filter(a -> !"closed".equals(a.status())).map(Account::sid).toList()
                    : List.of(client.accountSid());
            Instant now = env.clock().instant();
            JsonArray json = new JsonArray();
            TextTable table = allAccounts ? new TextTable("ACCOUNT", "SID", "NAME", "CREATED", "AGE_DAYS", "KIND")
                    : new TextTable("SID", "NAME", "CREATED", "AGE_DAYS", "KIND");
            for (String accountSid : accounts) {
                AccountClient account = accountSid.equals(client.accountSid()) ? client : client.forSubaccount(accountSid);
                Map<String, List<String>> flags = iamFlags(account);
                for (ApiKey k : account.keys().list()) {
                    Long age = k.dateCreated() == null ? null : Duration.between(k.dateCreated(), now).toDays();
                    List<String> f = flags == null ? null : flags.get(k.sid());
                    String kind = f == null ? null : f.isEmpty() ? "-" : String.join("+", f);
                    String created = k.dateCreated() == null ? null : k.dateCreated().toString().substring(0, 10);
                    if (allAccounts) {
                        table.add(accountSid, k.sid(), k.friendlyName(), created, age, kind);
                    } else {
                        table.add(k.sid(), k.friendlyName(), created, age, kind);
                    }
                    json.add(toJson(accountSid, k, age, f));
                }
            }
            if (common.json()) {
                JsonOutput.print(spec.commandLine().getOut(), json);
            } else {
                table.print(spec.commandLine().getOut());
            }
            return 0;
        }

        /** IAM v1 knows each key's flags; when it is unreachable (region, permissions) the kind stays unknown. */
        private Map<String, List<String>> iamFlags(AccountClient account) {
            try {
                Map<String, List<String>> flags = new HashMap<>();
                for (IamKey k : account.iamKeys().list()) {
                    flags.put(k.sid(), k.flags());
                }
                return flags;
            } catch (TwilioException e) {
                if (e.status() == 401 || e.status() == 403 || e.isNotFound()) {
                    spec.commandLine().getErr().println("Note: key kinds unknown for " + account.accountSid()
                            + " (IAM v1 answered HTTP " + e.status() + ").");
                    return null;
                }
                throw e;
            }
        }

        private static JsonObject toJson(String accountSid, ApiKey k, Long age, List<String> flags) {
            JsonObject o = new JsonObject();
            o.addProperty("account_sid", accountSid);
            o.addProperty("sid", k.sid());
            o.addProperty("friendly_name", k.friendlyName());
            o.addProperty("date_created", k.dateCreated() == null ? null : k.dateCreated().toString());
            o.addProperty("age_days", age);
            if (flags == null) {
                o.add("flags", JsonNull.INSTANCE);
            } else {
                JsonArray f = new JsonArray();
                flags.forEach(f::add);
                o.add("flags", f);
            }
            return o;
        }
    }
}
