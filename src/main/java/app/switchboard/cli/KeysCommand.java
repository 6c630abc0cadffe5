package app.switchboard.cli;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.KeyKind;
import app.switchboard.twilio.Account;
import app.switchboard.twilio.AccountClient;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    @Command(name = "list", description = "List API keys, signing keys included: sid, name, created, age in days, kind (main, standard, "
                    + "restricted, signing; unknown where IAM v1 does not answer).",
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
            KeyCli keys = KeyCli.connect(env, common);
            AccountClient client = keys.client;
            List<String> accounts = allAccounts
                    ? AccountsCommand.accountsOf(client).stream().filter(a -> !"closed".equals(a.status())).map(Account::sid).toList()
                    : List.of(client.accountSid());
            Instant now = env.clock().instant();
            JsonArray json = new JsonArray();
            TextTable table = allAccounts ? new TextTable("ACCOUNT", "SID", "NAME", "CREATED", "AGE_DAYS", "KIND")
                    : new TextTable("SID", "NAME", "CREATED", "AGE_DAYS", "KIND");
            for (String accountSid : accounts) {
                // The same listing as the app's keys screen: IAM v1 for the kinds, v2010 where IAM does not answer,
                // and the signing keys.
                List<ApiKey> listed = keys.service.list(accountSid);
                long unknown = listed.stream().filter(k -> k.kind() == KeyKind.UNKNOWN).count();
                if (unknown > 0) {
                    spec.commandLine().getErr().println("Note: the kind of " + unknown + " key(s) of " + accountSid
                            + " is unknown (IAM v1, which tells kinds apart, did not list them).");
                }
                for (ApiKey k : listed) {
                    Long age = k.dateCreated() == null ? null : Duration.between(k.dateCreated(), now).toDays();
                    String created = k.dateCreated() == null ? null : k.dateCreated().toString().substring(0, 10);
                    if (allAccounts) {
                        table.add(accountSid, k.sid(), k.friendlyName(), created, age, k.kind().label());
                    } else {
                        table.add(k.sid(), k.friendlyName(), created, age, k.kind().label());
                    }
                    json.add(toJson(k, age));
                }
            }
            if (common.json()) {
                JsonOutput.print(spec.commandLine().getOut(), json);
            } else {
                table.print(spec.commandLine().getOut());
            }
            return 0;
        }

        private static JsonObject toJson(ApiKey k, Long age) {
            JsonObject o = KeyCli.json(k);
            o.addProperty("date_created", k.dateCreated() == null ? null : k.dateCreated().toString());
            o.addProperty("age_days", age);
            return o;
        }
    }
}
