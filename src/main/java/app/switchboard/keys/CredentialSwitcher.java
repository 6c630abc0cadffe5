package app.switchboard.keys;

/**
 * Points the active profile at a new key. Implementations store the new secret and update the profile as
 * one step (the old credential stays in place if either write fails), so the profile is never left on a
 * key that is about to be revoked, nor on one whose secret was not saved.
 */
@FunctionalInterface
public interface CredentialSwitcher {
    void switchTo(String accountSid, String newKeySid, char[] secret);
}
