package app.switchboard.cli;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.KeyNames;
import app.switchboard.keys.KeyNotFoundException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code switchboard keys rename SID --name N}. */
@Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename an API key.")
final class KeysRenameCommand implements Callable<Integer> {
    private final CliEnvironment env;
    @Mixin
    CommonOptions common;
    @Parameters(paramLabel = "SID", description = "The key's SID (SK…).")
    String sid;
    @Option(names = "--name", required = true, paramLabel = "N", description = "The new name, at most 64 characters.")
    String name;
    @Option(names = "--account", paramLabel = "AC…", description = "The subaccount the key belongs to.")
    String account;
    @Spec
    CommandSpec spec;

    KeysRenameCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        KeyCli.requireKeySid(sid);
        KeyNames.problem(name).ifPresent(p -> {
            throw new UsageException(p);
        });
        KeyCli keys = KeyCli.connect(env, common);
        ApiKey key;
        try {
            key = keys.service.find(keys.account(account), sid);
        } catch (KeyNotFoundException e) {
            spec.commandLine().getErr().println("Error: no key " + sid + " in " + keys.account(account)
                    + " (it may have been revoked).");
            spec.commandLine().getErr().flush();
            return ErrorHandlers.TWILIO_ERROR;
        }
        ApiKey renamed = keys.service.rename(key, name);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            JsonOutput.print(out, KeyCli.json(renamed.kind() == key.kind() ? renamed
                    : new ApiKey(renamed.accountSid(), renamed.sid(), renamed.friendlyName(), renamed.dateCreated(),
                            renamed.dateUpdated(), key.kind(), renamed.permissions())));
        } else {
            out.println("Renamed " + sid + " from '" + key.friendlyName() + "' to '" + renamed.friendlyName() + "'.");
            out.flush();
        }
        return 0;
    }
}
