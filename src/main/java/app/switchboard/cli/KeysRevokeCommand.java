package app.switchboard.cli;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.KeyKind;
import app.switchboard.keys.KeyNotFoundException;
import app.switchboard.keys.RevokeResult;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard keys revoke SID... [--yes]}. A key that is already gone is not an error (the goal, no
 * such key, holds): it is reported and the exit code stays 0. Exit 1 only when a revoke failed.
 */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke (delete) API keys. Asks for the last 6 characters of the SID on a terminal; "
                + "scripts must pass --yes. A key already gone is reported, exit 0.")
final class KeysRevokeCommand implements Callable<Integer> {
    private final CliEnvironment env;
    @Mixin
    CommonOptions common;
    @Parameters(paramLabel = "SID", arity = "1..*", description = "Key SIDs (SK…).")
    List<String> sids;
    @Option(names = "--yes", description = "Do not ask: revoke at once (for scripts).")
    boolean yes;
    @Option(names = "--account", paramLabel = "AC…", description = "The subaccount the keys belong to.")
    String account;
    @Spec
    CommandSpec spec;

    KeysRevokeCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        sids.forEach(KeyCli::requireKeySid);
        KeyCli.requireConfirmable(env, yes, "revoke keys");
        KeyCli keys = KeyCli.connect(env, common);
        String accountSid = keys.account(account);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ApiKey> targets = new ArrayList<>();
        for (String sid : new LinkedHashSet<>(sids)) {
            targets.add(lookUp(keys, accountSid, sid));
        }
        if (!KeyCli.confirmTyped(env, yes, err, warning(targets, keys.ownKeySid()), expected(targets))) {
            throw new UsageException("Not confirmed: nothing was revoked.");
        }
        List<RevokeResult> results = keys.service.revokeAll(targets, () -> false, (n, r) -> { });
        JsonArray json = new JsonArray();
        boolean failed = false;
        for (RevokeResult r : results) {
            failed |= !r.succeeded();
            json.add(json(r));
            if (!common.json()) {
                out.println(line(r));
            }
        }
        if (common.json()) {
            JsonOutput.print(out, json);
        }
        out.flush();
        if (results.stream().anyMatch(r -> r.outcome() == RevokeResult.Outcome.ALREADY_GONE)) {
            err.println("Note: a key already gone is not an error: nobody can use it.");
        }
        if (keys.ownKeySid() != null && results.stream().anyMatch(r -> r.succeeded() && r.key().sid().equals(keys.ownKeySid()))) {
            err.println("Warning: you revoked the key these credentials use (" + keys.ownKeySid() + "); set "
                    + "TWILIO_API_KEY and TWILIO_API_SECRET to another key.");
        }
        err.flush();
        return failed ? ErrorHandlers.TWILIO_ERROR : 0;
    }

    /** The key as Twilio knows it, for a confirmation that names it; a key already gone still goes through revoke. */
    private static ApiKey lookUp(KeyCli keys, String accountSid, String sid) {
        try {
            return keys.service.find(accountSid, sid);
        } catch (KeyNotFoundException gone) {
            return new ApiKey(accountSid, sid, "", null, null, KeyKind.UNKNOWN, List.of());
        }
    }

    private static String warning(List<ApiKey> targets, String ownKeySid) {
        StringBuilder b = new StringBuilder("Revoking takes effect at once: every application using ");
        b.append(targets.size() == 1 ? "this key" : "these keys").append(" will be refused by Twilio. It cannot be undone.");
        for (ApiKey k : targets) {
            b.append("\n  ").append(k.displayName()).append(k.kind() == KeyKind.UNKNOWN ? "" : ", " + k.kind().label());
            if (k.sid().equals(ownKeySid)) {
                b.append("  <- the key THESE COMMANDS SIGN IN WITH: revoking it locks them out (use 'keys rotate' instead)");
            }
        }
        return b.toString();
    }

    /** One key: the last 6 characters of its SID; several: "revoke N", as on the keys screen. */
    private static String expected(List<ApiKey> targets) {
        return targets.size() == 1 ? KeyCli.lastSix(targets.get(0).sid()) : "revoke " + targets.size();
    }

    private static String line(RevokeResult r) {
        switch (r.outcome()) {
            case REVOKED:
                return "Revoked " + r.key().displayName() + ".";
            case ALREADY_GONE:
                return "Already gone: " + r.key().sid() + " no longer exists at Twilio (revoked earlier); nothing to do.";
            default:
                return "FAILED to revoke " + r.key().displayName() + ": " + r.message();
        }
    }

    private static JsonObject json(RevokeResult r) {
        JsonObject o = KeyCli.json(r.key());
        o.addProperty("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
        o.addProperty("message", r.message());
        return o;
    }
}
