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

    /** An account or subaccount; {@code parentSid} is null for a main account. */
    record Account(String sid, String name, String parentSid) {
    }
}
