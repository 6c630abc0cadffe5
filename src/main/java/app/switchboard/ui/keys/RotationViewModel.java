package app.switchboard.ui.keys;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.CreateResult;
import app.switchboard.keys.KeyNames;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.NewKey;
import app.switchboard.keys.Rotation;
import app.switchboard.keys.RotationService;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The guided rotation: create the successor → show its secret once → verify it → watch the old key's
 * traffic and deploy → revoke the old key. Every step is saved by {@link RotationService}, so the wizard
 * can be closed and resumed; the old key cannot be revoked before the new one is verified and deployed.
 */
public final class RotationViewModel {
    private final RotationService rotations;
    private final KeyUsageTracker usage;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SecretPresenter secrets;
    private final Clock clock;
    private final Function<Throwable, String> describe;

    private final ObjectProperty<Rotation> rotation = new SimpleObjectProperty<>();
    private final StringProperty successorName = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty oldKeyLastSeen = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RotationViewModel(RotationService rotations, KeyUsageTracker usage, TaskRunner tasks, DialogService dialogs,
                             SecretPresenter secrets, Clock clock, Function<Throwable, String> describe) {
        this.rotations = rotations;
        this.usage = usage;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.secrets = secrets;
        this.clock = clock;
        this.describe = describe;
    }

    /** Resumes the unfinished rotation of {@code old} if there is one, else prepares a new one; then {@code ready}. */
    public void open(ApiKey old, Runnable ready) {
        tasks.run("rotate-open", () -> rotations.unfinished().stream()
                .filter(r -> r.oldSid().equals(old.sid())).findFirst(), existing -> {
            if (existing.isPresent()) {
                resume(existing.get());
            } else {
                prepare(old);
            }
            ready.run();
        }, error -> dialogs.showError("Could not read unfinished rotations", describe.apply(error), null));
    }

    /** Prepares a rotation of {@code old}, suggesting the successor's name. Nothing is saved yet. */
    public void prepare(ApiKey old) {
        rotation.set(null);
        successorName.set(KeyNames.successorOf(old.friendlyName(), LocalDate.now(clock.withZone(ZoneId.systemDefault()))));
        message.set("Step 1 of 4: create a successor for " + old.displayName() + ".");
        updateLastSeen(old.sid());
    }

    /** The advice shown for Switchboard's own key: its successor has to be a Main key from the Console. */
    public static String mainKeyAdvice() {
        return "Switchboard signs in with this key, so its successor must be able to manage keys: a Main key. "
                + "Twilio creates Main keys only in its Console (a key created here would be Standard). Create one "
                + "there, then paste its SID and secret below.";
    }

    /** Continues a rotation left unfinished. */
    public void resume(Rotation r) {
        rotation.set(r);
        successorName.set(r.newName());
        updateLastSeen(r.oldSid());
        message.set(describeStep(r));
    }

    /** Step 1: saves the rotation, creates the successor, shows its secret once, then verifies it. */
    public void createSuccessor(ApiKey old, boolean profileCredential) {
        if (KeyNames.problem(successorName.get()).isPresent()) {
            message.set(KeyNames.problem(successorName.get()).get());
            return;
        }
        busy.set(true);
        tasks.run("rotate-create", () -> {
            Rotation r = rotations.start(old, successorName.get(), profileCredential);
            return rotations.createSuccessor(r);
        }, step -> {
            busy.set(false);
            rotation.set(step.rotation());
            CreateResult result = step.result();
            if (result instanceof CreateResult.Created) {
                NewKey key = ((CreateResult.Created) result).key();
                char[] secret = key.secret();
                try {
                    secrets.showOnce(key);
                } finally {
                    key.wipe();
                }
                verify(secret);
            } else {
                message.set(step.rotation().lastError());
                dialogs.showError("The successor key is not usable", step.rotation().lastError(), null);
            }
        }, error -> {
            busy.set(false);
            message.set("Creating the successor failed: " + describe.apply(error));
        });
    }

    /**
     * Step 1 for Switchboard's own key: adopts a Main key the user created in the Twilio Console (the API
     * creates only Standard keys, which cannot manage keys), then verifies it with the pasted secret.
     */
    public void adoptSuccessor(ApiKey old, boolean profileCredential, String keySid, char[] secret) {
        busy.set(true);
        tasks.run("rotate-adopt", () -> {
            Rotation current = rotation.get();
            Rotation r = current != null && current.step() == Rotation.Step.STARTED ? current
                    : rotations.start(old, successorName.get(), profileCredential);
            return rotations.adoptSuccessor(r, keySid.strip());
        }, adopted -> {
            busy.set(false);
            rotation.set(adopted);
            verify(secret);
        }, error -> {
            busy.set(false);
            java.util.Arrays.fill(secret, '\0');
            message.set("That key cannot be used: " + describe.apply(error));
        });
    }

    /**
     * Step 2: one authenticated call with the successor (and, for the profile's own key, the switch of the
     * profile to it). The secret is wiped afterwards; a resumed rotation asks the user to paste it.
     */
    public void verify(char[] secret) {
        Rotation r = rotation.get();
        busy.set(true);
        message.set("Verifying the new key with an authenticated call…");
        tasks.run("rotate-verify", () -> {
            try {
                return rotations.verify(r, secret);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, next -> {
            busy.set(false);
            rotation.set(next);
            message.set(describeStep(next));
        }, error -> {
            busy.set(false);
            rotation.set(rotations.unfinished().stream().filter(x -> x.oldSid().equals(r.oldSid())).findFirst().orElse(r));
            message.set("The new key did not work yet: " + describe.apply(error)
                    + " Nothing was revoked. Paste the new secret to try the verification again.");
        });
    }

    /** Step 3: the user has deployed the new secret everywhere the old one was used. */
    public void confirmDeployed() {
        Rotation next = rotations.confirmDeployed(rotation.get());
        rotation.set(next);
        message.set(describeStep(next));
    }

    /** Step 4: revokes the old key after a typed confirmation. */
    public void revokeOld() {
        Rotation r = rotation.get();
        String tail = r.oldSid().substring(r.oldSid().length() - 6);
        String seen = oldKeyLastSeen.get();
        if (!dialogs.confirmByTyping("Revoke the old key " + r.oldName() + " (" + r.oldSid() + ")?",
                "The new key " + r.newSid() + " is verified and deployed. " + seen + "\nApplications still using the "
                        + "old key will be refused at once.\n\nType " + tail + " to confirm.", tail, "Revoke old key")) {
            return;
        }
        busy.set(true);
        tasks.run("rotate-revoke", () -> rotations.revokeOld(r), step -> {
            busy.set(false);
            rotation.set(step.rotation());
            if (step.rotation().step() == Rotation.Step.DONE) {
                message.set("Done: " + r.oldSid() + " is revoked and " + r.newSid() + " replaces it.");
            } else {
                message.set("The old key could not be revoked: " + step.result().message() + " Try again.");
            }
        }, error -> {
            busy.set(false);
            message.set("The old key could not be revoked: " + describe.apply(error));
        });
    }

    /** Leaves the rotation; optionally revokes a successor that nobody uses yet. */
    public void abandon(boolean revokeSuccessor) {
        Rotation r = rotation.get();
        if (r == null) {
            return;
        }
        busy.set(true);
        tasks.run("rotate-abandon", () -> {
            rotations.abandon(r, revokeSuccessor);
            return r;
        }, done -> {
            busy.set(false);
            rotation.set(null);
            message.set("Rotation abandoned; " + r.oldSid() + " is unchanged.");
        }, error -> {
            busy.set(false);
            message.set(describe.apply(error));
        });
    }

    private void updateLastSeen(String oldSid) {
        Instant seen = usage.lastSeen(oldSid).orElse(null);
        if (seen == null) {
            oldKeyLastSeen.set("Switchboard has not used the old key since it started.");
        } else {
            Duration ago = Duration.between(seen, clock.instant());
            oldKeyLastSeen.set("Switchboard last used the old key " + humanize(ago) + " ago (" + seen + ").");
        }
    }

    static String humanize(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return s / 60 + " min";
        }
        if (s < 172800) {
            return s / 3600 + " h";
        }
        return s / 86400 + " days";
    }

    static String describeStep(Rotation r) {
        switch (r.step()) {
            case STARTED:
                return "Step 1 of 4: create the successor." + (r.lastError() == null ? "" : " " + r.lastError());
            case CREATED:
                return "Step 2 of 4: verify " + r.newSid() + "." + (r.lastError() == null ? "" : " Last try: " + r.lastError());
            case VERIFIED:
                return "Step 3 of 4: " + r.newSid() + " works" + (r.profileCredential() ? " and this profile now uses it" : "")
                        + ". Deploy the new secret wherever " + r.oldSid() + " is used, then confirm.";
            case DEPLOYED:
                return "Step 4 of 4: revoke the old key " + r.oldSid() + ".";
            default:
                return "Done.";
        }
    }

    public ObjectProperty<Rotation> rotationProperty() {
        return rotation;
    }

    public StringProperty successorNameProperty() {
        return successorName;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty oldKeyLastSeenProperty() {
        return oldKeyLastSeen;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
