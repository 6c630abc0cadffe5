package app.switchboard.cli;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.KeyFiles;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.TwilioKeyGateway;
import app.switchboard.twilio.AccountClient;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What the key subcommands share: the key service over the same files the app uses, the account a key
 * lives in, and the confirmation rules for destructive commands (a typed answer on a terminal, or
 * {@code --yes}; never silently in a script).
 */
final class KeyCli {
    private static final String ACCOUNT_SID = "AC[0-9a-fA-F]{32}";
    private static final String KEY_SID = "SK[0-9a-fA-F]{32}";

    final CliEnvironment env;
    final AccountClient client;
    final KeyFiles files;
    final KeyService service;

    private KeyCli(CliEnvironment env, AccountClient client) {
        this.env = env;
        this.client = client;
        this.files = KeyFiles.under(env.paths().dataDir());
        this.service = files.service(new TwilioKeyGateway(env.client(), client), user(), env.clock());
    }

    static KeyCli connect(CliEnvironment env, CommonOptions common) {
        return new KeyCli(env, common.connect(env));
    }

    /** Who the audit log names: the OS user running the command. */
    static String user() {
        return System.getProperty("user.name", "unknown");
    }

    /** The account a key lives in: {@code --account} (a subaccount) or the credentials' own account. */
    String account(String option) {
        if (option == null) {
            return client.accountSid();
        }
        if (!option.matches(ACCOUNT_SID)) {
            throw new UsageException("--account takes an Account SID: AC followed by 32 hexadecimal characters, got '"
                    + option + "'.");
        }
        return option;
    }

    /** The SID of the key these commands sign in with, or null with an Auth Token. */
    String ownKeySid() {
        return client.credentials().isAuthToken() ? null : client.credentials().credentialSid();
    }

    static void requireKeySid(String sid) {
        if (sid == null || !sid.matches(KEY_SID)) {
            throw new UsageException("'" + sid + "' is not a key SID: SK followed by 32 hexadecimal characters.");
        }
    }

    /**
     * Refuses a destructive command that nobody can confirm: no {@code --yes} and no terminal. Called before
     * anything is sent, so a refused command changes nothing.
     */
    static void requireConfirmable(CliEnvironment env, boolean yes, String what) {
        if (!yes && env.terminal().isEmpty()) {
            throw new UsageException("Refusing to " + what + " without confirmation: no terminal to ask on. "
                    + "Pass --yes to confirm from a script. Nothing was changed.");
        }
    }

    /**
     * Asks on the terminal for {@code expected} (e.g. the last 6 characters of a SID); true when typed exactly.
     * With {@code --yes} no question is asked.
     */
    static boolean confirmTyped(CliEnvironment env, boolean yes, PrintWriter err, String warning, String expected) {
        if (yes) {
            return true;
        }
        err.println(warning);
        err.flush();
        Optional<String> typed = env.terminal().map(t -> t.readLine("Type " + expected + " to confirm (anything else cancels): "));
        return typed.map(String::strip).filter(expected::equals).isPresent();
    }

    static String lastSix(String sid) {
        return sid.substring(sid.length() - 6);
    }

    static JsonObject json(ApiKey k) {
        JsonObject o = new JsonObject();
        o.addProperty("account_sid", k.accountSid());
        o.addProperty("sid", k.sid());
        o.addProperty("friendly_name", k.friendlyName());
        o.addProperty("kind", k.kind().label());
        return o;
    }
}
