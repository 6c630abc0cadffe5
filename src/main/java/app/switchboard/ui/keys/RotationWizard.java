package app.switchboard.ui.keys;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.Rotation;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The rotation wizard: four steps laid out top to bottom, each button enabled only at its step. Closing
 * it leaves the rotation saved; reopening the same key resumes it.
 */
final class RotationWizard {

    private RotationWizard() {
    }

    static void show(Window owner, RotationViewModel vm, ApiKey old, boolean profileCredential) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Rotate " + old.displayName());
        dialog.setHeaderText("Replace " + old.displayName() + " with a new key, without downtime.");
        dialog.setGraphic(Icons.of(AppIcon.ROTATE_RIGHT));

        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.successorNameProperty());
        Button create = new Button("1. Create the successor");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> vm.createSuccessor(old, profileCredential));

        // Switchboard's own key needs a Main key as successor, which only the Twilio Console creates.
        Label advice = new Label(RotationViewModel.mainKeyAdvice());
        advice.setWrapText(true);
        TextField adoptSid = new TextField();
        adoptSid.setPromptText("SK… of the Main key created in the Console");
        PasswordField adoptSecret = new PasswordField();
        adoptSecret.setPromptText("its secret");
        Button adopt = new Button("1. Use this Main key");
        adopt.getStyleClass().add(Styles.ACCENT);
        adopt.setOnAction(e -> {
            char[] secret = adoptSecret.getText().toCharArray();
            adoptSecret.clear();
            vm.adoptSuccessor(old, true, adoptSid.getText(), secret);
        });
        HBox.setHgrow(adoptSid, Priority.ALWAYS);
        HBox.setHgrow(adoptSecret, Priority.ALWAYS);
        VBox adoptBox = new VBox(6, advice, new HBox(8, adoptSid, adoptSecret, adopt));

        PasswordField pasted = new PasswordField();
        pasted.setPromptText("Paste the new key's secret to verify it again");
        Button verify = new Button("2. Verify the new key");
        verify.setOnAction(e -> {
            char[] secret = pasted.getText().toCharArray();
            pasted.clear();
            vm.verify(secret);
        });

        Label lastSeen = new Label();
        lastSeen.textProperty().bind(vm.oldKeyLastSeenProperty());
        lastSeen.setWrapText(true);
        Button deployed = new Button("3. I have deployed the new secret");
        deployed.setOnAction(e -> vm.confirmDeployed());

        Button revoke = new Button("4. Revoke the old key");
        revoke.getStyleClass().add(Styles.DANGER);
        revoke.setOnAction(e -> vm.revokeOld());

        Button abandon = new Button("Abandon rotation");
        abandon.getStyleClass().add(Styles.FLAT);
        abandon.setOnAction(e -> vm.abandon(true));

        create.disableProperty().bind(at(vm, null).or(at(vm, Rotation.Step.STARTED)).not().or(vm.busyProperty()));
        name.disableProperty().bind(create.disableProperty());
        adopt.disableProperty().bind(create.disableProperty().or(adoptSid.textProperty().isEmpty())
                .or(adoptSecret.textProperty().isEmpty()));
        adoptSid.disableProperty().bind(create.disableProperty());
        adoptSecret.disableProperty().bind(create.disableProperty());
        verify.disableProperty().bind(at(vm, Rotation.Step.CREATED).not().or(vm.busyProperty())
                .or(pasted.textProperty().isEmpty()));
        pasted.disableProperty().bind(at(vm, Rotation.Step.CREATED).not());
        deployed.disableProperty().bind(at(vm, Rotation.Step.VERIFIED).not().or(vm.busyProperty()));
        revoke.disableProperty().bind(at(vm, Rotation.Step.DEPLOYED).not().or(vm.busyProperty()));
        abandon.disableProperty().bind(vm.rotationProperty().isNull().or(vm.busyProperty())
                .or(at(vm, Rotation.Step.DONE)));

        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_BOLDER);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        HBox status = new HBox(8, spinner, message);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);

        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(pasted, Priority.ALWAYS);
        VBox content = new VBox(12,
                profileCredential ? step("Successor (a Main key)", adoptBox) : step("New key name", new HBox(8, name, create)),
                step("Verification", new HBox(8, pasted, verify)),
                step("Deploy", new VBox(6, lastSeen, deployed)),
                step("Revoke", revoke),
                status, abandon);
        content.setPadding(new Insets(8, 12, 0, 12));
        content.setPrefWidth(660);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
        pasted.clear();
        adoptSecret.clear();
    }

    private static VBox step(String title, javafx.scene.Node body) {
        Label t = new Label(title);
        t.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(4, t, body);
    }

    private static BooleanBinding at(RotationViewModel vm, Rotation.Step step) {
        return Bindings.createBooleanBinding(() -> {
            Rotation r = vm.rotationProperty().get();
            return step == null ? r == null : r != null && r.step() == step;
        }, vm.rotationProperty());
    }
}
