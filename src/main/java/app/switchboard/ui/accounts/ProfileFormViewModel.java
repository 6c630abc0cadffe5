package app.switchboard.ui.accounts;

import app.switchboard.accounts.AccountsException;
import app.switchboard.accounts.ConnectionResult;
import app.switchboard.accounts.ConnectionTester;
import app.switchboard.accounts.CredentialKind;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.ProfileService;
import app.switchboard.accounts.ProfileValidator;
import app.switchboard.accounts.ProfileValidator.Field;
import app.switchboard.accounts.SubaccountTree;
import app.switchboard.accounts.TwilioFailure;
import app.switchboard.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit profile form: fields validated as typed, "Test connection", and save (which tests first when
 * the current values have not passed a test). The secret is never held here: the view passes it as a
 * {@code char[]} to {@link #test} and {@link #save}, and only its length for validation.
 */
public final class ProfileFormViewModel {

    /** The outcome shown under the buttons. */
    public enum ResultKind { NONE, SUCCESS, FAILURE }

    private final TaskRunner tasks;
    private final ProfileService profiles;
    private final Supplier<ConnectionTester> tester;
    private final Profile previous;
    private final Set<String> otherNames;
    private final Consumer<Profile> onSaved;
    private final ProfileValidator validator = new ProfileValidator();

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty accountSid = new SimpleStringProperty("");
    private final ObjectProperty<CredentialKind> kind = new SimpleObjectProperty<>(CredentialKind.API_KEY);
    private final StringProperty keySid = new SimpleStringProperty("");
    private final StringProperty edge = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final Map<String, StringProperty> baseUrls = new LinkedHashMap<>();
    private final IntegerProperty secretLength = new SimpleIntegerProperty();
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final Set<Field> touched = EnumSet.noneOf(Field.class);
    private final BooleanProperty attempted = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ResultKind> resultKind = new ReadOnlyObjectWrapper<>(ResultKind.NONE);
    private final ReadOnlyStringWrapper resultTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SubaccountTree> testedTree = new ReadOnlyObjectWrapper<>();
    /** The values that last passed a test; saving other values tests again. */
    private Profile testedProfile;

    /**
     * @param previous   the profile being edited, or null when adding
     * @param otherNames names of the other profiles (duplicates are refused)
     * @param onSaved    told after a successful save
     */
    public ProfileFormViewModel(TaskRunner tasks, ProfileService profiles, Supplier<ConnectionTester> tester,
                                Profile previous, Set<String> otherNames, Consumer<Profile> onSaved) {
        this.tasks = tasks;
        this.profiles = profiles;
        this.tester = tester;
        this.previous = previous;
        this.otherNames = otherNames;
        this.onSaved = onSaved;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        for (String product : List.of("api", "iam", "monitor", "events", "accounts")) {
            baseUrls.put(product, new SimpleStringProperty(""));
        }
        if (previous != null) {
            name.set(previous.name());
            accountSid.set(previous.accountSid());
            kind.set(previous.kind());
            keySid.set(previous.keySid() == null ? "" : previous.keySid());
            edge.set(previous.edge() == null ? "" : previous.edge());
            region.set(previous.region() == null ? "" : previous.region());
            previous.baseUrls().forEach((k, v) -> baseUrls.computeIfAbsent(k, x -> new SimpleStringProperty()).set(v));
        }
        touchOnChange(name, Field.NAME);
        touchOnChange(accountSid, Field.ACCOUNT_SID);
        touchOnChange(keySid, Field.KEY_SID);
        touchOnChange(secretLength, Field.SECRET);
        touchOnChange(edge, Field.EDGE);
        touchOnChange(region, Field.REGION);
        baseUrls.values().forEach(p -> touchOnChange(p, Field.BASE_URL));
        kind.addListener(o -> revalidate());
        attempted.addListener(o -> revalidate());
        revalidate();
    }

    //*** Commands ***//

    /** Tests the current values with {@code secret} (wiped afterwards); empty when editing = the stored one. */
    public void test(char[] secret) {
        test(secret, null);
    }

    /** Saves after validation, testing first unless these exact values already passed; wipes {@code secret}. */
    public void save(char[] secret) {
        Profile profile = profile();
        if (profile.equals(testedProfile)) {
            store(profile, secret);
        } else {
            test(secret, () -> store(profile, secret));
        }
    }

    private void test(char[] secret, Runnable thenOnSuccess) {
        attempted.set(true);
        if (!valid.get()) {
            wipe(secret);
            return;
        }
        Profile profile = profile();
        boolean useStored = secret.length == 0 && previous != null;
        busy.set(true);
        resultKind.set(ResultKind.NONE);
        tasks.run("test-connection", () -> {
            char[] s = useStored ? profiles.secretOf(previous) : secret.clone();
            try {
                return tester.get().test(profile, s);
            } finally {
                wipe(s);
            }
        }, result -> {
            busy.set(false);
            show(profile, result);
            if (result.ok() && thenOnSuccess != null) {
                thenOnSuccess.run();
            } else {
                wipe(secret);
            }
        }, e -> {
            busy.set(false);
            wipe(secret);
            fail("Connection test failed", e instanceof AccountsException ? e.getMessage() : String.valueOf(e));
        });
    }

    private void store(Profile profile, char[] secret) {
        busy.set(true);
        char[] toSave = secret.length == 0 ? null : secret;
        tasks.run("save-profile", () -> {
            try {
                profiles.save(profile, previous, toSave);
                return profile;
            } finally {
                wipe(secret);
            }
        }, saved -> {
            busy.set(false);
            onSaved.accept(saved);
        }, e -> {
            busy.set(false);
            fail("Not saved", e instanceof AccountsException ? e.getMessage() : String.valueOf(e));
        });
    }

    private void show(Profile profile, ConnectionResult result) {
        if (result.ok()) {
            testedProfile = profile;
            testedTree.set(result.tree());
            SubaccountTree t = result.tree();
            resultKind.set(ResultKind.SUCCESS);
            resultTitle.set("Connected to " + t.main().friendlyName());
            int n = t.subaccounts().size();
            resultDetail.set(n == 0 ? "No subaccounts." : n + (n == 1 ? " subaccount" : " subaccounts")
                    + " (" + t.count(app.switchboard.accounts.AccountStatus.ACTIVE) + " active).");
            return;
        }
        testedProfile = null;
        testedTree.set(null);
        TwilioFailure f = result.failure();
        resultKind.set(ResultKind.FAILURE);
        resultTitle.set(ConnectionExplainer.title(f));
        resultDetail.set(ConnectionExplainer.explain(profile, f));
    }

    private void fail(String title, String detail) {
        resultKind.set(ResultKind.FAILURE);
        resultTitle.set(title);
        resultDetail.set(detail);
    }

    /** The profile the fields describe (whatever their validity). */
    public Profile profile() {
        Map<String, String> urls = new LinkedHashMap<>();
        baseUrls.forEach((k, v) -> {
            if (v.get() != null && !v.get().isBlank()) {
                urls.put(k, v.get().trim());
            }
        });
        CredentialKind k = kind.get();
        return new Profile(name.get().trim(), accountSid.get().trim(), k,
                k == CredentialKind.API_KEY ? keySid.get().trim() : null, blankToNull(edge.get()),
                blankToNull(region.get()), urls);
    }

    private void revalidate() {
        // Editing without retyping the secret keeps the stored one, as long as the credential is the same.
        boolean keepsStored = previous != null && secretLength.get() == 0
                && previous.secretId().equals(profile().secretId());
        int length = keepsStored ? -1 : secretLength.get();
        List<ProfileValidator.Problem> problems = validator.validate(profile(), length, otherNames);
        for (Field f : Field.values()) {
            String message = problems.stream().filter(p -> p.field() == f).map(ProfileValidator.Problem::message)
                    .findFirst().orElse("");
            errors.get(f).set(touched.contains(f) || attempted.get() ? message : "");
        }
        valid.set(problems.isEmpty());
    }

    private void touchOnChange(Observable property, Field field) {
        property.addListener(o -> {
            touched.add(field);
            if (resultKind.get() != ResultKind.NONE) {
                resultKind.set(ResultKind.NONE);
            }
            revalidate();
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    //*** Properties ***//

    public boolean isEditing() {
        return previous != null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty accountSidProperty() {
        return accountSid;
    }

    public ObjectProperty<CredentialKind> kindProperty() {
        return kind;
    }

    public StringProperty keySidProperty() {
        return keySid;
    }

    public StringProperty edgeProperty() {
        return edge;
    }

    public StringProperty regionProperty() {
        return region;
    }

    /** Base-URL override per product (api, iam, monitor, events, accounts); blank = default host. */
    public Map<String, StringProperty> baseUrls() {
        return baseUrls;
    }

    /** The view keeps this at the secret field's length, so validation never sees the secret itself. */
    public IntegerProperty secretLengthProperty() {
        return secretLength;
    }

    /** The message for {@code field} once it was edited (or a test/save was attempted); "" when fine. */
    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResultKind> resultKindProperty() {
        return resultKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTitleProperty() {
        return resultTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultDetailProperty() {
        return resultDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SubaccountTree> testedTreeProperty() {
        return testedTree.getReadOnlyProperty();
    }
}
