package app.switchboard.ui.shell;

import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.ClipboardService;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.LazyTooltip;
import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bottom line: account and region, the secret store in use, live concurrency, the last
 * {@code Twilio-Request-Id} (with copy) and Twilio's status.
 */
public final class StatusBar extends HBox {

    public StatusBar(ShellViewModel vm, ClipboardService clipboard) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        // No javafx.beans.binding.Bindings on the first frame's path: linking that class loads ~90 classes.
        Label account = item(AppIcon.EARTH, "status-account");
        InvalidationListener showAccount = o -> account.setText(accountText(vm));
        vm.workspaceNameProperty().addListener(showAccount);
        vm.accountProperty().addListener(showAccount);
        vm.regionProperty().addListener(showAccount);
        account.setText(accountText(vm));

        Label store = item(AppIcon.LOCK_OUTLINE, "status-secret-store");
        store.textProperty().bind(vm.secretStoreProperty().map(s -> "Secrets: " + s));
        LazyTooltip.install(store, "Where profile secrets are kept");

        Label concurrency = item(AppIcon.PULSE, "status-concurrency");
        concurrency.textProperty().bind(vm.concurrencyProperty().map(c -> "Concurrency " + c).orElse("Concurrency —"));
        LazyTooltip.install(concurrency, "Last Twilio-Concurrent-Requests reported for this account");

        Label requestId = new Label();
        requestId.setId("status-request-id");
        requestId.getStyleClass().add("status-item");
        requestId.textProperty().bind(vm.lastRequestIdProperty().orElse("No requests yet"));
        Button copy = new Button(null, Icons.of(AppIcon.CONTENT_COPY));
        copy.setId("copy-request-id");
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        LazyTooltip.install(copy, "Copy the last Twilio-Request-Id");
        copy.disableProperty().bind(vm.lastRequestIdProperty().map(id -> false).orElse(true));
        copy.setOnAction(e -> clipboard.copy(vm.lastRequestIdProperty().get()));

        Label status = new Label();
        status.setId("status-twilio");
        status.getStyleClass().add("status-item");
        FontIcon dot = Icons.of(AppIcon.CIRCLE, 10);
        dot.getStyleClass().add("status-dot");
        status.setGraphic(dot);
        status.textProperty().bind(vm.twilioStatusTextProperty());
        LazyTooltip.install(status, vm.twilioStatusDetailProperty());
        status.setCursor(Cursor.HAND);
        status.setOnMouseClicked(e -> vm.openTwilioStatusPage());
        vm.twilioStatusProperty().addListener((o, was, now) -> paint(dot, now));
        paint(dot, vm.twilioStatusProperty().get());

        // At the window's smallest width (960 px) the items together are wider than the bar: the concurrency keeps
        // its width (it is short and changes), the others shrink to their icon and a few characters. The request id
        // is shortened in the middle (its copy button copies it whole), the rest at their end (tooltips say all).
        concurrency.setMinWidth(Region.USE_PREF_SIZE);
        account.setMinWidth(120);
        store.setMinWidth(80);
        status.setMinWidth(80);
        requestId.setMinWidth(110);
        requestId.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // Rules between groups are the items' own left borders: three Separator controls, each with a skin,
        // cost the first frame more than a border does.
        for (Label l : new Label[] {store, concurrency, status}) {
            l.getStyleClass().add("after-rule");
        }
        getChildren().addAll(account, store, concurrency, grow, requestId, copy, status);
    }

    private static String accountText(ShellViewModel vm) {
        String account = vm.accountProperty().get() == null ? "" : " · " + vm.accountProperty().get().friendlyName();
        return vm.workspaceNameProperty().get() + account + " · " + vm.regionProperty().get();
    }

    private static void paint(FontIcon dot, TwilioStatus status) {
        dot.getStyleClass().removeAll("ok", "minor", "major", "critical", "unknown");
        dot.getStyleClass().add(status == TwilioStatus.NONE ? "ok" : status.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Label item(org.kordamp.ikonli.Ikon icon, String id) {
        Label label = new Label(null, Icons.of(icon, 14));
        label.setId(id);
        label.getStyleClass().add("status-item");
        return label;
    }
}
