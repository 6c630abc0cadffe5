package app.switchboard.keys;

import java.time.Instant;

/**
 * A key rotation in progress, saved after every step so it can be left and resumed. Holds no secret: a
 * resumed rotation asks for the successor's secret again if it still has to verify it.
 *
 * @param profileCredential true when the old key is the credential Switchboard itself signs in with
 */
public record Rotation(String accountSid, String oldSid, String oldName, String newName, String newSid, Step step,
                       boolean profileCredential, Instant startedAt, Instant updatedAt, String lastError) {

    /** The steps in order; each names what has been done. */
    public enum Step {
        /** Nothing created yet. */
        STARTED,
        /** The successor exists; its secret was shown once. */
        CREATED,
        /** The successor answered an authenticated call (and, for the profile's own key, the profile uses it). */
        VERIFIED,
        /** The user confirmed the new secret is deployed everywhere the old one was. */
        DEPLOYED,
        /** The old key is revoked: the rotation is over. */
        DONE
    }

    Rotation at(Step next, String newSidValue, Instant now) {
        return new Rotation(accountSid, oldSid, oldName, newName, newSidValue, next, profileCredential, startedAt, now, null);
    }

    Rotation failed(String error, Instant now) {
        return new Rotation(accountSid, oldSid, oldName, newName, newSid, step, profileCredential, startedAt, now, error);
    }
}
