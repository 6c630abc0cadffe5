package app.switchboard.sandbox.world;

import java.time.Instant;

/** A main account or subaccount. Mutable (rename, suspend) under the world's lock. */
public final class AccountRecord {
    public final String sid;
    public final String ownerSid;
    public final String authToken;
    public final Instant dateCreated;
    public final String type;
    // Written under the world lock, read by renderers without it: volatile keeps those reads fresh.
    volatile String friendlyName;
    volatile String status;
    volatile Instant dateUpdated;

    AccountRecord(String sid, String ownerSid, String authToken, String friendlyName, String status, String type,
            Instant dateCreated) {
        this.sid = sid;
        this.ownerSid = ownerSid;
        this.authToken = authToken;
        this.friendlyName = friendlyName;
        this.status = status;
        this.type = type;
        this.dateCreated = dateCreated;
        this.dateUpdated = dateCreated;
    }

    public boolean isSubaccount() {
        return !ownerSid.equals(sid);
    }

    public String friendlyName() {
        return friendlyName;
    }

    public String status() {
        return status;
    }

    public Instant dateUpdated() {
        return dateUpdated;
    }

    @Override
    public String toString() {
        return "Account[" + sid + ", " + friendlyName + ", " + status + "]"; // never the auth token
    }
}
