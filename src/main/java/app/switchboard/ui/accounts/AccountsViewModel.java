package app.switchboard.ui.accounts;

import app.switchboard.accounts.AccountsException;
import app.switchboard.accounts.ConnectionTester;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.ProfileService;
import app.switchboard.accounts.secrets.CredentialStoreException;
import app.switchboard.accounts.secrets.SecretStorage;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Accounts screen: the saved profiles, the add/edit form, removal (with its secret), switching the
 * active profile, and the choice of secret store when no keychain is available.
 */
public final class AccountsViewModel {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProfileService profiles;
    private final SecretStorage secrets;
    private final Supplier<ConnectionTester> tester;
    private final Consumer<Profile> switcher;
    private final Runnable profilesChanged;

    private final ObservableList<Profile> list = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ProfileFormViewModel> form = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SecretStorage.State> storageState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper storageMessage = new ReadOnlyStringWrapper("");

    /**
     * @param switcher        makes a profile the active workspace (null = the demo)
     * @param profilesChanged told after a profile was added, edited or removed (the switcher reloads)
     */
    public AccountsViewModel(TaskRunner tasks, DialogService dialogs, ProfileService profiles, SecretStorage secrets,
                             Supplier<ConnectionTester> tester, Consumer<Profile> switcher, Runnable profilesChanged) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.profiles = profiles;
        this.secrets = secrets;
        this.tester = tester;
        this.switcher = switcher;
        this.profilesChanged = profilesChanged;
        storageState.set(secrets.state());
        secrets.addListener(() -> tasks.run("secret-state", () -> null, v -> storageState.set(secrets.state()), e -> { }));
    }

    //*** Commands ***//

    public void activate() {
        storageState.set(secrets.state());
        reload();
    }

    public void deactivate() {
        // Nothing live on this screen; the open form keeps its typed values until closed.
    }

    public void reload() {
        busy.set(true);
        tasks.run("list-profiles", profiles::list, all -> {
            busy.set(false);
            problem.set("");
            Profile keep = selected.get();
            list.setAll(all);
            selected.set(keep == null ? null
                    : all.stream().filter(p -> p.name().equals(keep.name())).findFirst().orElse(null));
        }, e -> {
            busy.set(false);
            problem.set(e.getMessage());
        });
    }

    /** Opens an empty form; refused (with the reason) while no secret store is ready. */
    public void startAdd() {
        openForm(null);
    }

    public void startEdit(Profile profile) {
        openForm(profile);
    }

    public void closeForm() {
        form.set(null);
    }

    /** Removes a profile and its secret, after confirmation. */
    public void remove(Profile profile) {
        if (!dialogs.confirm("Remove profile", "Remove \"" + profile.name() + "\" (" + profile.accountSid()
                + ") and delete its secret from the " + secrets.describe() + "? The Twilio account is not changed.",
                "Remove")) {
            return;
        }
        tasks.run("remove-profile", () -> {
            profiles.remove(profile);
            return profile;
        }, removed -> {
            list.remove(removed);
            profilesChanged.run();
        }, e -> dialogs.showError("Profile not removed", message(e), null));
    }

    /** Makes {@code profile} (or the demo, when null) the active workspace. */
    public void use(Profile profile) {
        switcher.accept(profile);
    }

    /** Creates the encrypted secrets file (the explicit choice when no keychain exists); wipes both arrays. */
    public void createSecretFile(char[] passphrase, char[] confirmation) {
        withStorage("create-secret-file", () -> secrets.createFile(passphrase, confirmation), passphrase, confirmation);
    }

    public void unlockSecretFile(char[] passphrase) {
        withStorage("unlock-secret-file", () -> secrets.unlockFile(passphrase), passphrase);
    }

    private interface StorageAction {
        void run() throws CredentialStoreException;
    }

    private void withStorage(String name, StorageAction action, char[]... toWipe) {
        busy.set(true);
        tasks.run(name, () -> {
            try {
                action.run();
                return secrets.state();
            } finally {
                for (char[] c : toWipe) {
                    Arrays.fill(c, '\0');
                }
            }
        }, state -> {
            busy.set(false);
            storageMessage.set("");
            storageState.set(state);
        }, e -> {
            busy.set(false);
            storageMessage.set(message(e));
        });
    }

    private void openForm(Profile previous) {
        if (secrets.state() != SecretStorage.State.READY) {
            storageState.set(secrets.state());
            storageMessage.set(secrets.state() == SecretStorage.State.PROBING
                    ? "Still checking the OS keychain; try again in a moment."
                    : "Choose where secrets are kept before adding a profile.");
            return;
        }
        Set<String> others = list.stream().map(Profile::name)
                .filter(n -> previous == null || !n.equals(previous.name())).collect(Collectors.toSet());
        form.set(new ProfileFormViewModel(tasks, profiles, tester, previous, others, saved -> {
            form.set(null);
            reload();
            selected.set(saved);
            profilesChanged.run();
        }));
    }

    private static String message(Throwable e) {
        return e instanceof AccountsException || e instanceof CredentialStoreException ? e.getMessage() : String.valueOf(e);
    }

    //*** Properties ***//

    public ObservableList<Profile> profiles() {
        return list;
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ProfileFormViewModel> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SecretStorage.State> storageStateProperty() {
        return storageState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storageMessageProperty() {
        return storageMessage.getReadOnlyProperty();
    }

    /** Why the keychain is not used (shown with the choice), or null. */
    public String keychainProblem() {
        return secrets.keychainProblem();
    }

    public String secretStoreName() {
        return secrets.describe();
    }
}
