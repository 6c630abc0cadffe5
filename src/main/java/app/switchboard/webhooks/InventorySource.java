package app.switchboard.webhooks;

import java.util.List;

/**
 * Where the audit gets its webhooks from. The integrator implements it on top of the Twilio client,
 * building the rows with {@link EffectiveWebhooks} so that overrides are applied in one place.
 */
public interface InventorySource {

    /** The account and every subaccount to audit. */
    List<Account> accounts() throws Exception;

    /** Every webhook configured on one account (not its subaccounts). */
    List<ConfiguredWebhook> webhooks(String accountSid) throws Exception;

    /**
     * What this source cannot see among {@code accounts} (as {@link #accounts()} listed them), in words for the
     * user: an audit that looks complete but is not would be worse than none. None by default.
     */
    default List<String> notes(List<Account> accounts) {
        return List.of();
    }

    /** An account or subaccount; {@code parentSid} is null for a main account. */
    record Account(String sid, String name, String parentSid) {
    }
}
