package app.switchboard.cli;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.CreateResult;
import app.switchboard.keys.KeyNames;
import app.switchboard.keys.NewKey;
import app.switchboard.keys.Permissions;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard keys create}: a standard or restricted key, its secret printed once on stdout. The
 * creation is journaled; when Twilio's answer is lost the key is looked for, never created twice, and a key
 * created without its secret (an orphan) is reported with how to revoke it (exit 1).
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create an API key and print its secret ONCE on stdout (store it right away).")
final class KeysCreateCommand implements Callable<Integer> {
    private final CliEnvironment env;
    @Mixin
    CommonOptions common;
    @Option(names = "--name", required = true, paramLabel = "N", description = "Friendly name, at most 64 characters.")
    String name;
    @Option(names = "--restricted", description = "A restricted key (IAM v1, US1 only) allowed only --permission entries.")
    boolean restricted;
    @Option(names = "--permission", paramLabel = "P",
            description = "A permission of a restricted key, e.g. /twilio/messaging/messages/create (repeatable, at most 100).")
    List<String> permissions = new ArrayList<>();
    @Option(names = "--account", paramLabel = "AC…", description = "Create the key in this subaccount.")
    String account;
    @Spec
    CommandSpec spec;

    KeysCreateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!permissions.isEmpty() && !restricted) {
            throw new UsageException("--permission applies to restricted keys: add --restricted.");
        }
        if (restricted) {
            List<String> problems = Permissions.problems(permissions);
            if (!problems.isEmpty()) {
                throw new UsageException(String.join("\n       ", problems));
            }
        }
        KeyNames.problem(name).ifPresent(p -> {
            throw new UsageException(p);
        });
        KeyCli keys = KeyCli.connect(env, common);
        String accountSid = keys.account(account);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        reportEarlierOrphans(keys, err);
        CreateResult result = keys.service.create(accountSid, name, restricted ? permissions : List.of());
        if (result instanceof CreateResult.Created) {
            printOnce(((CreateResult.Created) result).key(), common.json(), out, null);
            return 0;
        }
        if (result instanceof CreateResult.Orphaned) {
            List<ApiKey> orphans = ((CreateResult.Orphaned) result).keys();
            reportOrphans(orphans, err);
            if (common.json()) {
                JsonObject o = new JsonObject();
                o.addProperty("outcome", "orphaned");
                JsonArray arr = new JsonArray();
                orphans.forEach(k -> arr.add(KeyCli.json(k)));
                o.add("orphans", arr);
                JsonOutput.print(out, o);
            }
            return ErrorHandlers.TWILIO_ERROR;
        }
        err.println("Error: " + ((CreateResult.NotCreated) result).reason());
        err.flush();
        return ErrorHandlers.TWILIO_ERROR;
    }

    /**
     * Prints a new key and its secret, the only time it exists outside Twilio, on stdout only, then wipes it.
     * {@code extra} adds fields to the JSON object (rotate adds the replaced key).
     */
    static void printOnce(NewKey created, boolean json, PrintWriter out, JsonObject extra) {
        char[] secret = created.secret();
        try {
            ApiKey k = created.key();
            if (json) {
                JsonObject o = new JsonObject();
                o.addProperty("sid", k.sid());
                o.addProperty("friendly_name", k.friendlyName());
                o.addProperty("secret", new String(secret));
                o.addProperty("account_sid", k.accountSid());
                o.addProperty("kind", k.kind().label());
                if (extra != null) {
                    extra.entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
                }
                JsonOutput.print(out, o);
            } else {
                out.println("Created " + k.kind().label() + " API key '" + k.friendlyName() + "' in " + k.accountSid());
                out.println("  SID:    " + k.sid());
                out.print("  SECRET: ");
                out.println(secret);
                out.println("The secret is shown this once and Switchboard does not keep it: store it in your secret "
                        + "manager now.");
                out.flush();
            }
        } finally {
            Arrays.fill(secret, '\0');
            created.wipe();
        }
    }

    static void reportOrphans(List<ApiKey> orphans, PrintWriter err) {
        for (ApiKey k : orphans) {
            err.println("Twilio created the key " + k.displayName() + " in " + k.accountSid() + ", but the answer carrying "
                    + "its secret was lost. Twilio shows a secret only once, so nobody can use this key.");
            err.println("  Revoke it:  switchboard keys revoke " + k.sid()
                    + (k.accountSid() == null ? "" : " --account " + k.accountSid()) + " --yes");
        }
        err.flush();
    }

    /** Creations left unknown by an earlier run (a crash, a lost answer) are settled first and told. */
    private static void reportEarlierOrphans(KeyCli keys, PrintWriter err) {
        for (CreateResult r : keys.service.reconcilePending()) {
            if (r instanceof CreateResult.Orphaned) {
                err.println("Note: an earlier key creation lost its answer.");
                reportOrphans(((CreateResult.Orphaned) r).keys(), err);
            }
        }
    }
}
