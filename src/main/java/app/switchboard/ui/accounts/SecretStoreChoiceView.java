package app.switchboard.ui.accounts;

import app.switchboard.accounts.secrets.SecretStorage;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown when no OS keychain answered: the explicit choice of an encrypted secrets file (create it with a
 * passphrase, or unlock the existing one). There is no plaintext option.
 */
final class SecretStoreChoiceView extends VBox {

    private final PasswordField passphrase = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    SecretStoreChoiceView(AccountsViewModel vm) {
        setId("secret-store-choice");
        getStyleClass().addAll("card", "result-box", "info");
        setSpacing(10);
        Label title = new Label(null, Icons.of(AppIcon.LOCK_OUTLINE));
        title.getStyleClass().add(Styles.TITLE_4);
        Label why = new Label();
        why.setWrapText(true);
        passphrase.setId("secret-passphrase");
        confirmation.setId("secret-passphrase-confirm");
        passphrase.setPromptText("Passphrase (at least 8 characters)");
        confirmation.setPromptText("Type it again");
        Button create = new Button("Create encrypted file", Icons.of(AppIcon.FILE_LOCK_OUTLINE));
        create.setId("create-secret-file");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> {
            vm.createSecretFile(passphrase.getText().toCharArray(), confirmation.getText().toCharArray());
            clear();
        });
        Button unlock = new Button("Unlock", Icons.of(AppIcon.LOCK_OPEN_VARIANT_OUTLINE));
        unlock.setId("unlock-secret-file");
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setOnAction(e -> {
            vm.unlockSecretFile(passphrase.getText().toCharArray());
            clear();
        });
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.storageMessageProperty());
        HBox fields = new HBox(8, passphrase, confirmation, create, unlock);
        getChildren().addAll(title, why, fields, message);

        Runnable refresh = () -> {
            boolean locked = vm.storageStateProperty().get() == SecretStorage.State.LOCKED;
            title.setText(locked ? "Unlock your secrets file" : "Choose where secrets are kept");
            String problem = vm.keychainProblem();
            why.setText(locked
                    ? "Profile secrets are kept in a passphrase-encrypted file. Enter its passphrase to use them."
                    : (problem == null ? "" : problem + " ")
                    + "Create an encrypted file protected by a passphrase you choose (AES-256-GCM). Secrets are "
                    + "never stored in plain text; without the passphrase they cannot be recovered.");
            confirmation.setVisible(!locked);
            confirmation.setManaged(!locked);
            create.setVisible(!locked);
            create.setManaged(!locked);
            unlock.setVisible(locked);
            unlock.setManaged(locked);
        };
        vm.storageStateProperty().addListener((o, was, now) -> refresh.run());
        refresh.run();
        visibleProperty().bind(Bindings.createBooleanBinding(() -> isNeeded(vm.storageStateProperty().get()),
                vm.storageStateProperty()));
        managedProperty().bind(visibleProperty());
    }

    /** Whether the user has a choice to make: no keychain answered, or the secrets file is locked. */
    static boolean isNeeded(SecretStorage.State state) {
        return state == SecretStorage.State.NEEDS_CHOICE || state == SecretStorage.State.LOCKED;
    }

    private void clear() {
        passphrase.clear();
        confirmation.clear();
    }
}
