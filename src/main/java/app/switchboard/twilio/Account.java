package app.switchboard.twilio;

import java.time.Instant;

/** A v2010 Account (main or subaccount). {@code authToken} is returned by Twilio and masked in toString. */
public record Account(String sid, String friendlyName, String status, String type, String ownerAccountSid,
        Instant dateCreated, Instant dateUpdated, String authToken, String uri) {

    /** A parent account's owner is itself (facts §3). */
    public boolean isSubaccount() {
        return ownerAccountSid != null && !ownerAccountSid.isBlank() && !ownerAccountSid.equals(sid);
    }

    @Override
    public String toString() {
        return "Account[sid=" + sid + ", friendlyName=" + friendlyName + ", status=" + status + ", type=" + type
                + ", ownerAccountSid=" + ownerAccountSid + ", dateCreated=" + dateCreated + ", authToken=****]";
    }
}
