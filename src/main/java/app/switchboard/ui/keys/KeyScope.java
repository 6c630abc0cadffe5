package app.switchboard.ui.keys;

import java.util.List;

/** Which accounts the keys screen shows, and which key the active profile itself signs in with. */
public interface KeyScope {

    /** The selected account, or the main account and every subaccount when "all accounts" is chosen. */
    List<String> accountSids();

    /** The key SID (SK…) of the profile's own credential, or null when it signs in with the Auth Token. */
    String credentialSid();

    /** The account's friendly name for the table, when known. */
    default String accountName(String accountSid) {
        return accountSid;
    }
}
