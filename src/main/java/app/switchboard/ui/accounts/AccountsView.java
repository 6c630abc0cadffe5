package app.switchboard.ui.accounts;

import app.switchboard.accounts.AccountNode;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.SubaccountTree;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.RevealLater;
import app.switchboard.ui.shell.EmptyState;
import app.switchboard.ui.shell.ShellViewModel;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleStringProperty;

/**
 * The Accounts screen: saved profiles on the left; on the right the accounts of the current workspace as a
 * tree (main account and subaccounts), or the add/edit form.
 */
public final class AccountsView extends HBox {

    private static final double PROFILES_WIDTH = 320;

    private final AccountsViewModel vm;
    private final ShellViewModel shell;
    private final StackPane right = new StackPane();
    private final ReadOnlyBooleanWrapper treeShown = new ReadOnlyBooleanWrapper();
    private final VBox accountsCard;
    private ProfileFormView formView;

    public AccountsView(AccountsViewModel vm, ShellViewModel shell) {
        this.vm = vm;
        this.shell = shell;
        setId("accounts-view");
        getStyleClass().add("screen");
        accountsCard = accountsCard();
        VBox rightColumn = new VBox(16, right);
        VBox.setVgrow(right, Priority.ALWAYS);
        // The choice of a secrets file is built the first time it is needed: its password fields are costly to
        // style in a fresh JVM, and with a keychain (or in the demo) it never shows.
        InvalidationListener choiceWhenNeeded = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (SecretStoreChoiceView.isNeeded(vm.storageStateProperty().get())) {
                    vm.storageStateProperty().removeListener(this);
                    rightColumn.getChildren().add(0, new SecretStoreChoiceView(vm));
                }
            }
        };
        vm.storageStateProperty().addListener(choiceWhenNeeded);
        choiceWhenNeeded.invalidated(vm.storageStateProperty());
        HBox.setHgrow(rightColumn, Priority.ALWAYS);
        // The app's first screen, shown in a JVM that has styled none of its controls yet: all at once it froze the
        // window for 0.6-0.8 s right after the first frame. The profiles and then the tree join a frame each.
        StackPane profiles = RevealLater.part(this::profilesCard);
        profiles.setMinWidth(PROFILES_WIDTH);
        profiles.setMaxWidth(PROFILES_WIDTH);
        getChildren().addAll(profiles, rightColumn);
        vm.formProperty().addListener((o, was, now) -> showForm(now));
        showForm(vm.formProperty().get());
    }

    /** True once the accounts tree is in the window (it joins two frames after the screen). */
    public ReadOnlyBooleanProperty treeShownProperty() {
        return treeShown.getReadOnlyProperty();
    }

    private VBox profilesCard() {
        Label title = new Label("Profiles");
        title.getStyleClass().add("card-title");
        Button add = new Button("Add", Icons.of(AppIcon.PLUS));
        add.setId("add-profile");
        add.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        add.setOnAction(e -> vm.startAdd());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, add);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<Profile> list = new ListView<>(vm.profiles());
        list.setId("profile-list");
        list.getStyleClass().addAll("profile-list", Styles.DENSE);
        list.setCellFactory(v -> new ProfileCell());
        list.setPlaceholder(new EmptyState(AppIcon.ACCOUNT_PLUS_OUTLINE, "No profiles yet",
                "Add a profile with an Account SID and a Main API key or Auth Token."));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button use = new Button("Use", Icons.of(AppIcon.CHECK));
        use.setId("use-profile");
        use.setOnAction(e -> vm.use(vm.selectedProperty().get()));
        Button edit = new Button("Edit", Icons.of(AppIcon.PENCIL_OUTLINE));
        edit.setId("edit-profile");
        edit.setOnAction(e -> vm.startEdit(vm.selectedProperty().get()));
        Button remove = new Button("Remove", Icons.of(AppIcon.DELETE_OUTLINE));
        remove.setId("remove-profile");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> vm.remove(vm.selectedProperty().get()));
        for (Button b : new Button[] {use, edit, remove}) {
            b.getStyleClass().add(Styles.SMALL);
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        HBox actions = new HBox(6, use, edit, remove);

        Button demo = new Button("Use the demo workspace", Icons.of(AppIcon.FLASK_OUTLINE));
        demo.setId("use-demo");
        demo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        demo.setOnAction(e -> vm.use(null));
        demo.disableProperty().bind(shell.demoProperty());

        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        // While the keychain is being probed the choice panel is hidden, so its message shows here.
        Label waiting = new Label();
        waiting.getStyleClass().add("field-hint");
        waiting.setWrapText(true);
        waiting.textProperty().bind(vm.storageMessageProperty());
        waiting.visibleProperty().bind(vm.storageStateProperty().isEqualTo(
                app.switchboard.accounts.secrets.SecretStorage.State.PROBING));
        waiting.managedProperty().bind(waiting.visibleProperty());

        VBox card = new VBox(12, header, list, actions, problem, waiting, demo);
        card.getStyleClass().add("card");
        card.setPrefWidth(PROFILES_WIDTH);
        card.setMinWidth(PROFILES_WIDTH);
        card.setMaxWidth(PROFILES_WIDTH);
        return card;
    }

    private VBox accountsCard() {
        Label title = new Label();
        title.getStyleClass().add("card-title");
        title.textProperty().bind(Bindings.concat("Accounts in ", shell.workspaceNameProperty()));
        Label summary = new Label();
        summary.getStyleClass().add("field-hint");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(shell.treeProperty().get()),
                shell.treeProperty()));
        Button reload = new Button(null, Icons.of(AppIcon.AUTORENEW));
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reload.setOnAction(e -> shell.reloadAccounts());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, new VBox(2, title, summary), grow, reload);
        header.setAlignment(Pos.CENTER_LEFT);

        TreeTableView<AccountNode> table = new TreeTableView<>();
        table.setId("subaccount-tree");
        table.setShowRoot(true);
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TreeTableColumn<AccountNode, String> name = column("Name", AccountNode::friendlyName, 220);
        TreeTableColumn<AccountNode, String> sid = column("Account SID", AccountNode::sid, 340);
        sid.getStyleClass().add("mono");
        // At the default window size the name keeps its room and the SID gives way, shortened in the middle:
        // its start and end are what people recognise a SID by.
        name.setMinWidth(190);
        sid.setMinWidth(200);
        sid.setStyle("-fx-text-overrun: center-ellipsis;");
        TreeTableColumn<AccountNode, String> type = column("Type", AccountNode::type, 80);
        TreeTableColumn<AccountNode, String> status = column("Status", a -> a.status().label(), 110);
        status.setCellFactory(c -> new BadgeCell());
        status.setMinWidth(110);
        type.setMinWidth(70);
        table.getColumns().add(name);
        table.getColumns().add(sid);
        table.getColumns().add(type);
        table.getColumns().add(status);
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> shell.loadingAccountsProperty().get()
                ? "Loading accounts…" : shell.accountProblemProperty().get() == null
                ? "No accounts" : shell.accountProblemProperty().get(),
                shell.loadingAccountsProperty(), shell.accountProblemProperty()));
        table.setPlaceholder(placeholder);
        shell.treeProperty().addListener((o, was, now) -> table.setRoot(root(now)));
        table.setRoot(root(shell.treeProperty().get()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() != null) {
                shell.selectAccount(now.getValue());
            }
        });
        StackPane tablePlace = RevealLater.part(() -> table, 2);
        treeShown.bind(Bindings.isNotEmpty(tablePlace.getChildren()));
        VBox.setVgrow(tablePlace, Priority.ALWAYS);
        VBox card = new VBox(12, header, tablePlace);
        card.getStyleClass().add("card");
        return card;
    }

    private static String summary(SubaccountTree t) {
        if (t == null) {
            return "";
        }
        int n = t.subaccounts().size();
        return t.main().type() + " account · " + n + (n == 1 ? " subaccount" : " subaccounts");
    }

    private static TreeItem<AccountNode> root(SubaccountTree t) {
        if (t == null) {
            return null;
        }
        TreeItem<AccountNode> root = new TreeItem<>(t.main());
        t.subaccounts().forEach(a -> root.getChildren().add(new TreeItem<>(a)));
        root.setExpanded(true);
        return root;
    }

    private static TreeTableColumn<AccountNode, String> column(String title,
                                                              java.util.function.Function<AccountNode, String> value,
                                                              double width) {
        TreeTableColumn<AccountNode, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new SimpleStringProperty(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        return c;
    }

    private void showForm(ProfileFormViewModel form) {
        if (formView != null) {
            formView.dispose();
            formView = null;
        }
        if (form == null) {
            right.getChildren().setAll(accountsCard);
            return;
        }
        formView = new ProfileFormView(form, vm::closeForm);
        ScrollPane scroll = new ScrollPane(formView);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        right.getChildren().setAll(scroll);
        formView.firstField().requestFocus();
    }

    /** A profile: name (and an "Active" badge), Account SID, credential kind and region. */
    private final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(p.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox top = new HBox(8, name);
            top.setAlignment(Pos.CENTER_LEFT);
            if (!shell.demoProperty().get() && p.name().equals(shell.workspaceNameProperty().get())) {
                Label active = new Label("Active");
                active.getStyleClass().addAll("badge", "current");
                top.getChildren().add(active);
            }
            Label sid = new Label(p.accountSid());
            sid.getStyleClass().addAll("mono", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label detail = new Label(p.kind().label() + " · " + p.effectiveRegion()
                    + (p.edge() == null ? "" : " · " + p.edge()));
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setGraphic(new VBox(2, top, sid, detail));
            setText(null);
        }
    }

    /** The status column as a coloured badge. */
    private static final class BadgeCell extends TreeTableCell<AccountNode, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null || status.isEmpty()) {
                setGraphic(null);
                return;
            }
            Label badge = new Label(status);
            badge.getStyleClass().addAll("badge", status.toLowerCase(java.util.Locale.ROOT));
            setGraphic(badge);
            setText(null);
        }
    }
}
