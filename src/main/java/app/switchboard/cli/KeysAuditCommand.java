package app.switchboard.cli;

import app.switchboard.keys.KeyAuditLog;
import app.switchboard.keys.KeyFiles;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchboard keys audit}: Switchboard's local log of key actions (app and command line), oldest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show the local audit log of key actions taken from Switchboard (who, when, account, key, outcome).")
final class KeysAuditCommand implements Callable<Integer> {
    private final CliEnvironment env;
    @Option(names = "--json", description = "Machine-readable JSON output.")
    boolean json;
    @Option(names = "--last", paramLabel = "N", description = "Only the last N entries.")
    Integer last;
    @Spec
    CommandSpec spec;

    KeysAuditCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (last != null && last < 1) {
            throw new UsageException("--last takes a positive number.");
        }
        List<KeyAuditLog.Entry> entries = new KeyAuditLog(KeyFiles.under(env.paths().dataDir()).audit(), KeyCli.user()).entries();
        if (last != null && entries.size() > last) {
            entries = entries.subList(entries.size() - last, entries.size());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray arr = new JsonArray();
            for (KeyAuditLog.Entry e : entries) {
                JsonObject o = new JsonObject();
                o.addProperty("time", e.time().toString());
                o.addProperty("user", e.user());
                o.addProperty("account_sid", e.accountSid());
                o.addProperty("key_sid", e.keySid());
                o.addProperty("key_name", e.keyName());
                o.addProperty("action", e.action());
                o.addProperty("outcome", e.outcome());
                o.addProperty("detail", e.detail());
                arr.add(o);
            }
            JsonOutput.print(out, arr);
            return 0;
        }
        if (entries.isEmpty()) {
            out.println("No key actions recorded yet.");
            out.flush();
            return 0;
        }
        TextTable table = new TextTable("TIME", "USER", "ACCOUNT", "KEY", "NAME", "ACTION", "OUTCOME", "DETAIL");
        for (KeyAuditLog.Entry e : entries) {
            table.add(e.time().toString(), e.user(), e.accountSid(), e.keySid(), e.keyName(), e.action(), e.outcome(), e.detail());
        }
        table.print(out);
        return 0;
    }
}
