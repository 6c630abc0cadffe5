package app.switchboard.ui.shell;

import app.switchboard.accounts.AccountNode;
import app.switchboard.accounts.AccountStatus;
import app.switchboard.accounts.Profile;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.LazyTooltip;
import atlantafx.base.theme.Styles;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The workspace and account picker at the top of the window (Ctrl+K): the Demo workspace and every profile,
 * then the main account and subaccounts of the current workspace.
 */
public final class AccountSwitcher extends MenuButton {

    private final ShellViewModel vm;

    public AccountSwitcher(ShellViewModel vm) {
        this.vm = vm;
        setId("account-switcher");
        setGraphic(Icons.of(AppIcon.ACCOUNT_SWITCH));
        getStyleClass().addAll("account-switcher", Styles.FLAT);
        LazyTooltip.install(this, "Switch workspace or account (Ctrl+K)");
        // The menu is built each time it opens, from the state at that moment: nothing to keep up to date while
        // closed, and nothing of it to build before the first frame. Registered before the skin exists, this
        // listener runs before the skin's own, which shows the popup with the items built here.
        vm.accountProperty().addListener((o, was, now) -> showCurrent());
        vm.workspaceNameProperty().addListener((o, was, now) -> showCurrent());
        showCurrent();
        showingProperty().addListener((o, was, now) -> {
            if (now) {
                buildMenu();
            }
        });
    }

    private void showCurrent() {
        AccountNode current = vm.accountProperty().get();
        setText(vm.workspaceNameProperty().get() + (current == null ? "" : "  /  " + current.friendlyName()));
    }

    private void buildMenu() {
        AccountNode current = vm.accountProperty().get();
        getItems().clear();
        getItems().add(header("Workspaces"));
        ToggleGroup workspaces = new ToggleGroup();
        RadioMenuItem demo = new RadioMenuItem("Demo workspace", Icons.of(AppIcon.FLASK_OUTLINE));
        demo.setToggleGroup(workspaces);
        demo.setSelected(vm.demoProperty().get());
        demo.setOnAction(e -> vm.switchTo(null));
        getItems().add(demo);
        for (Profile p : vm.profiles()) {
            RadioMenuItem item = new RadioMenuItem(p.name());
            item.setToggleGroup(workspaces);
            item.setSelected(!vm.demoProperty().get() && p.name().equals(vm.workspaceNameProperty().get()));
            item.setOnAction(e -> vm.switchTo(p));
            getItems().add(item);
        }
        if (!vm.accounts().isEmpty()) {
            getItems().addAll(new SeparatorMenuItem(), header("Accounts"));
            ToggleGroup accounts = new ToggleGroup();
            for (AccountNode a : vm.accounts()) {
                String suffix = a.status() == AccountStatus.ACTIVE ? "" : "  (" + a.status().label() + ")";
                RadioMenuItem item = new RadioMenuItem((a.isMain() ? "" : "    ") + a.friendlyName() + suffix);
                item.setToggleGroup(accounts);
                item.setSelected(current != null && current.sid().equals(a.sid()));
                item.setOnAction(e -> vm.selectAccount(a));
                getItems().add(item);
            }
        }
    }

    private static MenuItem header(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        CustomMenuItem item = new CustomMenuItem(label, false);
        item.setDisable(true);
        return item;
    }
}
