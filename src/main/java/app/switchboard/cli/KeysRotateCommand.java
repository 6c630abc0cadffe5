package app.switchboard.cli;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.CreateResult;
import app.switchboard.keys.CredentialSwitcher;
import app.switchboard.keys.KeyKind;
import app.switchboard.keys.KeyNames;
import app.switchboard.keys.NewKey;
import app.switchboard.keys.RevokeResult;
import app.switchboard.keys.Rotation;
import app.switchboard.keys.RotationService;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard keys rotate SID}: create (or, for a Main key, adopt) the successor, print its secret
 * once, verify it with an authenticated call, then revoke the old key after confirmation. Each step is
 * saved in the same rotation files the app uses, so an interrupted rotation resumes where it stopped and
 * the old key is never revoked before its successor works.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = {"Replace an API key: create its successor (secret printed ONCE on stdout), verify it, revoke the old key.",
            "Main keys can only be created in the Twilio Console: create one there and adopt it with "
                    + "--successor-sid SK… --successor-secret-env VAR."})
final class KeysRotateCommand implements Callable<Integer> {
    private final CliEnvironment env;
    @Mixin
    CommonOptions common;
    @Parameters(paramLabel = "SID", description = "The key to replace (SK…).")
    String sid;
    @Option(names = "--yes", description = "Do not ask before revoking the old key (for scripts).")
    boolean yes;
    @Option(names = "--name", paramLabel = "N", description = "The successor's name (default: the old name plus today's date).")
    String name;
    @Option(names = "--successor-sid", paramLabel = "SK…", description = "Adopt this existing key (created in the Console) as the successor.")
    String successorSid;
    @Option(names = "--successor-secret-env", paramLabel = "VAR",
            description = "The environment variable holding the adopted successor's secret (never pass secrets as arguments).")
    String successorSecretEnv;
    @Option(names = "--account", paramLabel = "AC…", description = "The subaccount the key belongs to.")
    String account;
    @Spec
    CommandSpec spec;

    private PrintWriter out;
    private PrintWriter err;

    KeysRotateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        KeyCli.requireKeySid(sid);
        if ((successorSid == null) != (successorSecretEnv == null)) {
            throw new UsageException("--successor-sid and --successor-secret-env go together.");
        }
        char[] adoptedSecret = null;
        if (successorSid != null) {
            KeyCli.requireKeySid(successorSid);
            String s = env.get(successorSecretEnv);
            if (s == null) {
                throw new UsageException("The environment variable " + successorSecretEnv + " is not set.");
            }
            adoptedSecret = s.toCharArray();
        }
        if (name != null) {
            KeyNames.problem(name).ifPresent(p -> {
                throw new UsageException(p);
            });
        }
        KeyCli.requireConfirmable(env, yes, "revoke the old key at the end of the rotation");
        KeyCli keys = KeyCli.connect(env, common);
        String accountSid = keys.account(account);
        boolean ownKey = sid.equals(keys.ownKeySid()) && accountSid.equals(keys.client.accountSid());
        RotationService rotations = keys.files.rotations(keys.service, switcher(ownKey), env.clock());
        try {
            return rotate(keys, rotations, accountSid, ownKey, adoptedSecret);
        } finally {
            if (adoptedSecret != null) {
                Arrays.fill(adoptedSecret, '\0');
            }
        }
    }

    private int rotate(KeyCli keys, RotationService rotations, String accountSid, boolean ownKey, char[] adoptedSecret) {
        Optional<Rotation> unfinished = rotations.unfinished().stream()
                .filter(r -> r.oldSid().equals(sid) && r.accountSid().equals(accountSid)).findFirst();
        Rotation r;
        if (unfinished.isPresent()) {
            r = unfinished.get();
            err.println("Resuming the rotation of " + sid + " (at step " + r.step() + (r.newSid() == null ? "" : ", successor "
                    + r.newSid()) + ").");
        } else {
            // The list, not a fetch: only the list's flags tell a Main key, whose successor cannot be created here.
            Optional<ApiKey> found = keys.service.list(accountSid).stream().filter(k -> k.sid().equals(sid)).findFirst();
            if (found.isEmpty()) {
                err.println("Error: no key " + sid + " in " + accountSid + ": nothing to rotate (it may have been revoked).");
                err.flush();
                return ErrorHandlers.TWILIO_ERROR;
            }
            ApiKey old = found.get();
            if ((ownKey || old.kind() == KeyKind.MAIN) && successorSid == null) {
                throw new UsageException((ownKey ? "These commands sign in with " + sid + ", so its successor must be able to "
                        + "manage keys: a Main key." : sid + " is a Main key.") + " Twilio creates Main keys only in the "
                        + "Console (a key created through the API is Standard). Create one at "
                        + "https://console.twilio.com (Account > API keys & tokens), put its secret in an environment "
                        + "variable, and run: switchboard keys rotate " + sid + " --successor-sid SK… --successor-secret-env VAR");
            }
            r = rotations.start(old, name != null ? name : KeyNames.successorOf(old.friendlyName(),
                    LocalDate.ofInstant(env.clock().instant(), ZoneOffset.UTC)), ownKey);
        }
        JsonObject summary = new JsonObject();
        summary.addProperty("replaces", sid);
        char[] secret = adoptedSecret;
        NewKey created = null;
        if (r.step() == Rotation.Step.STARTED) {
            if (successorSid != null) {
                r = rotations.adoptSuccessor(r, successorSid);
                err.println("Adopted " + successorSid + " as the successor of " + sid + ".");
            } else {
                RotationService.Step<CreateResult> step = rotations.createSuccessor(r);
                r = step.rotation();
                if (!(step.result() instanceof CreateResult.Created)) {
                    return creationFailed(step.result(), rotations, r);
                }
                created = ((CreateResult.Created) step.result()).key();
                secret = created.secret();
            }
        }
        try {
            if (r.step() == Rotation.Step.CREATED) {
                if (secret == null || (successorSid != null && !successorSid.equals(r.newSid()))) {
                    throw new UsageException("The successor " + r.newSid() + " exists but is not verified yet, and its secret "
                            + "is not known to this run. Put it in an environment variable and run: switchboard keys rotate "
                            + sid + " --successor-sid " + r.newSid() + " --successor-secret-env VAR");
                }
                if (created != null && !common.json()) {
                    // Printed before anything else can fail: the secret must never be lost with a later step.
                    KeysCreateCommand.printOnce(created, false, out, null);
                }
                try {
                    r = rotations.verify(r, secret);
                } catch (RuntimeException e) {
                    err.println("The new key " + r.newSid() + " did not work: " + message(e));
                    err.println("The old key " + sid + " was NOT revoked. Fix the successor and run the command again to "
                            + "resume, or revoke the successor.");
                    return finish(created, summary, r, ErrorHandlers.TWILIO_ERROR);
                }
                err.println("Verified: the new key " + r.newSid() + " answers authenticated calls.");
            }
            if (r.step() == Rotation.Step.VERIFIED) {
                if (!KeyCli.confirmTyped(env, yes, err, "Deploy the new key " + r.newSid() + " wherever " + sid
                        + " is used, then revoke the old key. Its last use seen by Switchboard is not tracked by the "
                        + "command line; check the app's keys screen or Twilio's usage before you go on.", KeyCli.lastSix(sid))) {
                    err.println("The old key " + sid + " was kept. Run 'switchboard keys rotate " + sid + "' again to finish.");
                    return finish(created, summary, r, 0);
                }
                r = rotations.confirmDeployed(r);
            }
            RotationService.Step<RevokeResult> revoked = rotations.revokeOld(r);
            r = revoked.rotation();
            if (!revoked.result().succeeded()) {
                err.println("The old key " + sid + " could not be revoked: " + revoked.result().message()
                        + "\nThe successor is verified; run the command again to retry the revoke.");
                return finish(created, summary, r, ErrorHandlers.TWILIO_ERROR);
            }
            err.println(revoked.result().outcome() == RevokeResult.Outcome.ALREADY_GONE
                    ? "The old key " + sid + " was already gone." : "Revoked the old key " + sid + ". Rotation done.");
            return finish(created, summary, r, 0);
        } catch (RuntimeException e) {
            if (created != null && common.json()) {
                // JSON waits for the end; the secret of a key already created must come out even now.
                summary.addProperty("error", e.getMessage());
                KeysCreateCommand.printOnce(created, true, out, summary);
            }
            throw e;
        } finally {
            if (created != null && secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    /** Ends the run: in JSON mode the one object, with the new secret when this run created it. */
    private int finish(NewKey created, JsonObject summary, Rotation r, int exit) {
        summary.addProperty("step", r.step().name().toLowerCase(java.util.Locale.ROOT));
        summary.addProperty("old_key_revoked", r.step() == Rotation.Step.DONE);
        summary.addProperty("error", r.lastError());
        if (common.json()) {
            if (created != null) {
                KeysCreateCommand.printOnce(created, true, out, summary);
            } else {
                summary.addProperty("sid", r.newSid());
                summary.addProperty("friendly_name", r.newName());
                summary.add("secret", com.google.gson.JsonNull.INSTANCE);
                JsonOutput.print(out, summary);
            }
        } else if (created != null) {
            created.wipe();
        }
        err.flush();
        return exit;
    }

    private int creationFailed(CreateResult result, RotationService rotations, Rotation r) {
        if (result instanceof CreateResult.Orphaned) {
            KeysCreateCommand.reportOrphans(((CreateResult.Orphaned) result).keys(), err);
        } else {
            err.println("Error: " + ((CreateResult.NotCreated) result).reason());
        }
        // Nothing was replaced: the old key stays, and the next run starts afresh.
        rotations.abandon(r, false);
        err.println("The old key " + sid + " was NOT revoked.");
        err.flush();
        return ErrorHandlers.TWILIO_ERROR;
    }

    /**
     * The command line signs in with environment variables, which it cannot rewrite: when the rotated key is
     * its own credential it says what to change, before the old key is revoked.
     */
    private CredentialSwitcher switcher(boolean ownKey) {
        return (accountSid, newKeySid, secret) -> {
            if (ownKey) {
                err.println("These commands sign in with the key being rotated: set TWILIO_API_KEY=" + newKeySid
                        + " and TWILIO_API_SECRET to the new secret (and update any saved profile) before the next command.");
            }
        };
    }

    private static String message(RuntimeException e) {
        return e instanceof app.switchboard.twilio.TwilioException ? ((app.switchboard.twilio.TwilioException) e).userMessage()
                : e.getMessage();
    }
}
