package app.switchboard.keys;

import java.time.Clock;
import java.util.List;

/**
 * Guides a rotation: create the successor, verify it, (for the profile's own key) switch the profile to
 * it, wait for the user to deploy it, then revoke the old key. Each step is saved before the next may
 * start, and the old key can only be revoked once the successor is verified and deployed, so a crash or a
 * network loss at any point leaves nothing revoked that should not be.
 */
public final class RotationService {
    private final KeyService keys;
    private final RotationStore store;
    private final CredentialSwitcher switcher;
    private final Clock clock;

    public RotationService(KeyService keys, RotationStore store, CredentialSwitcher switcher, Clock clock) {
        this.keys = keys;
        this.store = store;
        this.switcher = switcher;
        this.clock = clock;
    }

    public List<Rotation> unfinished() {
        return store.unfinished();
    }

    public Rotation start(ApiKey old, String successorName, boolean profileCredential) {
        KeyNames.problem(successorName).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Rotation r = new Rotation(old.accountSid(), old.sid(), old.friendlyName(), successorName, null,
                Rotation.Step.STARTED, profileCredential, clock.instant(), clock.instant(), null);
        store.save(r);
        keys.audit().append(clock.instant(), old.accountSid(), old.sid(), old.friendlyName(), "rotate-start", "ok",
                "successor will be '" + successorName + "'");
        return r;
    }

    /** Creates the successor. The result carries its secret (shown once) or explains why there is none. */
    public Step<CreateResult> createSuccessor(Rotation r) {
        require(r, Rotation.Step.STARTED);
        CreateResult result = keys.create(r.accountSid(), r.newName(), List.of());
        if (result instanceof CreateResult.Created) {
            Rotation next = r.at(Rotation.Step.CREATED, ((CreateResult.Created) result).key().key().sid(), clock.instant());
            store.save(next);
            return new Step<>(next, result);
        }
        Rotation failed = r.failed(result instanceof CreateResult.Orphaned
                ? "The successor was created but its secret was lost; revoke it and create another."
                : ((CreateResult.NotCreated) result).reason(), clock.instant());
        store.save(failed);
        return new Step<>(failed, result);
    }

    /**
     * Uses a key created elsewhere as the successor, for a Main key: Twilio creates Main keys only in its
     * Console, and a key created through the API is Standard, which cannot manage keys or accounts.
     */
    public Rotation adoptSuccessor(Rotation r, String keySid) {
        require(r, Rotation.Step.STARTED);
        if (keySid == null || !keySid.matches("SK[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("A key SID is SK followed by 32 hexadecimal characters.");
        }
        if (keySid.equals(r.oldSid())) {
            throw new IllegalArgumentException("That is the key being replaced.");
        }
        Rotation next = r.at(Rotation.Step.CREATED, keySid, clock.instant());
        store.save(next);
        keys.audit().append(clock.instant(), r.accountSid(), keySid, null, "rotate-adopt", "ok",
                "successor created in the Twilio Console");
        return next;
    }

    /**
     * Proves the successor works with an authenticated call. For the profile's own key the profile is then
     * switched to the successor, before the old key can be revoked.
     */
    public Rotation verify(Rotation r, char[] successorSecret) {
        require(r, Rotation.Step.CREATED);
        ApiKey successor = new ApiKey(r.accountSid(), r.newSid(), r.newName(), null, null, KeyKind.STANDARD, List.of());
        try {
            // A successor for Switchboard's own credential must be able to manage keys (a Main key).
            keys.verify(successor, successorSecret, r.profileCredential());
            if (r.profileCredential()) {
                switcher.switchTo(r.accountSid(), r.newSid(), successorSecret);
            }
        } catch (RuntimeException e) {
            store.save(r.failed(e.getMessage(), clock.instant()));
            throw e;
        }
        Rotation next = r.at(Rotation.Step.VERIFIED, r.newSid(), clock.instant());
        store.save(next);
        keys.audit().append(clock.instant(), r.accountSid(), r.newSid(), r.newName(), "rotate-verify", "ok",
                r.profileCredential() ? "profile now uses the new key" : "");
        return next;
    }

    public Rotation confirmDeployed(Rotation r) {
        require(r, Rotation.Step.VERIFIED);
        Rotation next = r.at(Rotation.Step.DEPLOYED, r.newSid(), clock.instant());
        store.save(next);
        return next;
    }

    /** Revokes the old key (a key already gone counts as revoked) and finishes the rotation. */
    public Step<RevokeResult> revokeOld(Rotation r) {
        require(r, Rotation.Step.DEPLOYED);
        ApiKey old = new ApiKey(r.accountSid(), r.oldSid(), r.oldName(), null, null, KeyKind.UNKNOWN, List.of());
        RevokeResult result = keys.revoke(old);
        if (!result.succeeded()) {
            Rotation failed = r.failed(result.message(), clock.instant());
            store.save(failed);
            return new Step<>(failed, result);
        }
        Rotation done = r.at(Rotation.Step.DONE, r.newSid(), clock.instant());
        store.remove(r.oldSid());
        return new Step<>(done, result);
    }

    /**
     * Gives up a rotation. A successor that exists is revoked too when {@code revokeSuccessor}, unless the
     * profile already signs in with it.
     */
    public void abandon(Rotation r, boolean revokeSuccessor) {
        if (revokeSuccessor && r.newSid() != null) {
            if (r.profileCredential() && r.step().compareTo(Rotation.Step.VERIFIED) >= 0) {
                throw new IllegalStateException("The profile already uses the new key " + r.newSid()
                        + "; revoking it would lock Switchboard out. Finish the rotation instead.");
            }
            RevokeResult res = keys.revoke(new ApiKey(r.accountSid(), r.newSid(), r.newName(), null, null,
                    KeyKind.UNKNOWN, List.of()));
            if (!res.succeeded()) {
                throw new IllegalStateException("Could not revoke the new key " + r.newSid() + ": " + res.message());
            }
        }
        store.remove(r.oldSid());
        keys.audit().append(clock.instant(), r.accountSid(), r.oldSid(), r.oldName(), "rotate-abandon", "ok",
                revokeSuccessor && r.newSid() != null ? "new key " + r.newSid() + " revoked" : "");
    }

    private static void require(Rotation r, Rotation.Step expected) {
        if (r.step() != expected) {
            throw new IllegalStateException("This rotation is at step " + r.step() + ", not " + expected + ".");
        }
    }

    /** The rotation after a step, with what the step produced. */
    public record Step<T>(Rotation rotation, T result) {
    }
}
