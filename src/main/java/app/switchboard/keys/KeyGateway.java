package app.switchboard.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Twilio calls the key service needs, for one profile's credentials. Implemented over the Twilio
 * client; faked in tests. Failures are the client's exceptions, except the one case the service must
 * tell apart: a create whose outcome is unknown ({@link CreationOutcomeUnknownException}).
 */
public interface KeyGateway {

    /**
     * Every key of the account with kinds where Twilio tells them, handed over page by page as pages
     * arrive, so a screen can show the first rows of a long list at once.
     */
    void list(String accountSid, Consumer<List<ApiKey>> onPage);

    /** Every key of the account, all pages. */
    default List<ApiKey> list(String accountSid) {
        List<ApiKey> all = new ArrayList<>();
        list(accountSid, all::addAll);
        return all;
    }

    /**
     * One key; its kind is only RESTRICTED or UNKNOWN (a fetch carries no flags: list to tell Main keys).
     * Throws {@link KeyNotFoundException} when it does not exist.
     */
    ApiKey fetch(String accountSid, String keySid);

    /** What Twilio's audit trail (Monitor Events) says happened to the key, newest first. */
    List<KeyEvent> history(String accountSid, String keySid);

    /** The allowed permissions of a restricted key (empty for others). */
    List<String> permissions(String accountSid, String keySid);

    /** Creates a standard key, or a restricted one when {@code permissions} is non-empty. Never retried. */
    NewKey create(String accountSid, String friendlyName, List<String> permissions);

    ApiKey rename(String accountSid, String keySid, String friendlyName);

    /** Deletes (revokes) a key; throws {@link KeyNotFoundException} when it is already gone. */
    void delete(String accountSid, String keySid);

    /**
     * Makes one cheap authenticated call with the given key; throws when Twilio refuses it. With
     * {@code mustManageKeys} the call lists keys, which only a Main key can: that is what a key replacing
     * Switchboard's own credential must be able to do.
     */
    void verify(String accountSid, String keySid, char[] secret, boolean mustManageKeys);
}
