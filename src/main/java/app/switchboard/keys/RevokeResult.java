package app.switchboard.keys;

/** The outcome of revoking one key, as the bulk revoke reports it per key. */
public record RevokeResult(ApiKey key, Outcome outcome, String message) {

    public enum Outcome { REVOKED, ALREADY_GONE, FAILED, CANCELLED }

    public boolean succeeded() {
        return outcome == Outcome.REVOKED || outcome == Outcome.ALREADY_GONE;
    }
}
