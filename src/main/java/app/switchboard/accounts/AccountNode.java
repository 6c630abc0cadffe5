package app.switchboard.accounts;

/**
 * One account in a {@link SubaccountTree}.
 *
 * @param ownerSid the parent account's SID, or the own SID for the main account (as Twilio reports it)
 * @param type     Twilio's {@code type}: "Trial" or "Full"
 */
public record AccountNode(String sid, String friendlyName, AccountStatus status, String type, String ownerSid) {

    public boolean isMain() {
        return sid.equals(ownerSid) || ownerSid == null;
    }
}
