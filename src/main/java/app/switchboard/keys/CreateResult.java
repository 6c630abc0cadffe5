package app.switchboard.keys;

import java.util.List;

/** How a key creation ended. */
public sealed interface CreateResult {

    /** Twilio created the key and its secret arrived. */
    record Created(NewKey key) implements CreateResult {
    }

    /**
     * The answer was lost, and listing shows Twilio did create the key: its secret is gone for good, so
     * the key can only be revoked.
     */
    record Orphaned(List<ApiKey> keys) implements CreateResult {
    }

    /** The answer was lost, and listing shows no key was created: it is safe to try again. */
    record NotCreated(String reason) implements CreateResult {
    }
}
