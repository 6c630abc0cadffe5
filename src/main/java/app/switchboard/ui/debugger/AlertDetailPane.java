package app.switchboard.ui.debugger;

import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** The selected alert: what it is, how to fix it, and the failing request and response, decoded. */
final class AlertDetailPane extends StackPane {

    private final DebuggerViewModel vm;
    private final LevelBadge badge = new LevelBadge();
    private final Label heading = new Label();
    private final Label hint = new Label();
    private final Label error = new Label();
    private final GridPane meta = new GridPane();
    private final NameValueTable variables = new NameValueTable("No request variables were recorded.");
    private final NameValueTable requestHeaders = new NameValueTable("Twilio recorded no request headers for this alert.");
    private final NameValueTable responseHeaders = new NameValueTable("No response headers were recorded.");
    private final NameValueTable alertText = new NameValueTable("The alert carries no structured text.");
    private final TextArea body = new TextArea();
    private final Tab variablesTab = new Tab();
    private final Tab requestHeadersTab = new Tab();
    private final Tab responseHeadersTab = new Tab();
    private final Tab bodyTab = new Tab();

    AlertDetailPane(DebuggerViewModel vm) {
        this.vm = vm;
        heading.getStyleClass().add(Styles.TITLE_4);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(vm.detailErrorProperty());
        error.visibleProperty().bind(vm.detailErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Button docs = iconButton("Docs", AppIcon.BOOK_OPEN_VARIANT, "Open Twilio's page for this error in the browser");
        docs.setOnAction(e -> vm.openDocs());
        Button log = iconButton("Request log", AppIcon.FORMAT_LIST_BULLETED, "Show the request log rows for this alert's request id or resource SID");
        log.setOnAction(e -> vm.showInRequestLog());
        log.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.detailProperty().get() == null || vm.detailProperty().get().requestLogFilter() == null,
                vm.detailProperty()));
        HBox header = new HBox(8, badge, heading, spacer(), docs, log);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("detail-header");
        VBox.setMargin(hint, new Insets(0, 12, 6, 12));
        VBox.setMargin(error, new Insets(0, 12, 6, 12));
        meta.getStyleClass().add("detail-meta");

        body.setEditable(false);
        body.getStyleClass().add("code-area");
        body.textProperty().bind(vm.bodyShownProperty());
        Label note = new Label();
        note.textProperty().bind(vm.bodyNoteProperty());
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button showAll = new Button("Show all");
        showAll.getStyleClass().addAll(Styles.SMALL);
        showAll.visibleProperty().bind(vm.bodyTruncatedProperty());
        showAll.managedProperty().bind(showAll.visibleProperty());
        showAll.setOnAction(e -> vm.showAllBody());
        Button copyBody = iconButton(null, AppIcon.CONTENT_COPY, "Copy the whole body");
        copyBody.setOnAction(e -> {
            AlertDetailModel d = vm.detailProperty().get();
            Copy.text(d == null ? null : d.body().text());
        });
        HBox bodyBar = new HBox(8, note, showAll, spacer(), copyBody);
        bodyBar.setAlignment(Pos.CENTER_LEFT);
        bodyBar.setPadding(new Insets(4, 6, 4, 6));
        BorderPane bodyPane = new BorderPane(body, bodyBar, null, null, null);

        variablesTab.setContent(variables);
        requestHeadersTab.setContent(requestHeaders);
        responseHeadersTab.setContent(responseHeaders);
        bodyTab.setContent(bodyPane);
        Tab textTab = new Tab("Alert text", alertText);
        TabPane tabs = new TabPane(variablesTab, requestHeadersTab, responseHeadersTab, bodyTab, textTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox content = new VBox(header, hint, error, meta, tabs);
        content.visibleProperty().bind(vm.detailProperty().isNotNull());

        Label empty = new Label("Select an alert to see the request Twilio sent and the response it got.",
                Icons.of(AppIcon.CURSOR_DEFAULT_CLICK_OUTLINE));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(vm.detailProperty().isNull());
        getChildren().addAll(empty, content);

        vm.detailProperty().addListener((o, was, d) -> show(d));
    }

    private void show(AlertDetailModel d) {
        if (d == null) {
            return;
        }
        badge.setLevel(d.row().level());
        heading.setText((d.error().code().isEmpty() ? "" : d.error().code() + " · ") + d.error().title());
        hint.setText(d.error().hint() + (d.row().message().isEmpty() ? "" : "\n" + d.row().message()));
        meta.getChildren().clear();
        int cell = 0;
        cell = metaCell(cell, "Occurred", d.occurred());
        cell = metaCell(cell, "Stored", d.stored());
        cell = metaCell(cell, "Account", d.row().account());
        cell = metaCell(cell, "Resource", d.row().resourceSid());
        cell = metaCell(cell, "Alert SID", d.row().alert().sid());
        metaCell(cell, "Request", d.request());
        variables.show(d.requestVariables());
        requestHeaders.show(d.requestHeaders());
        responseHeaders.show(d.responseHeaders());
        alertText.show(d.alertText());
        variablesTab.setText("Request variables (" + d.requestVariables().size() + ")");
        requestHeadersTab.setText("Request headers (" + d.requestHeaders().size() + ")");
        responseHeadersTab.setText("Response headers (" + d.responseHeaders().size() + ")");
        bodyTab.setText("Response body · " + d.body().kind().name().toLowerCase());
    }

    /**
     * Places a label, a selectable value and a copy button in the next free cell (two per row, to keep
     * the pane short); blank values are skipped.
     */
    private int metaCell(int cell, String label, String value) {
        if (value == null || value.isBlank()) {
            return cell;
        }
        Label name = new Label(label);
        name.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        name.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField(value);
        field.setEditable(false);
        field.getStyleClass().add("meta-value");
        Button copy = iconButton(null, AppIcon.CONTENT_COPY, "Copy " + label.toLowerCase());
        copy.setOnAction(e -> Copy.text(value));
        int column = (cell % 2) * 3;
        meta.add(name, column, cell / 2);
        meta.add(field, column + 1, cell / 2);
        meta.add(copy, column + 2, cell / 2);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return cell + 1;
    }

    static Button iconButton(String text, Ikon icon, String tooltip) {
        Button b = new Button(text, Icons.of(icon));
        if (text == null) {
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        }
        b.setTooltip(new Tooltip(tooltip));
        return b;
    }

    static HBox spacer() {
        HBox s = new HBox();
        HBox.setHgrow(s, Priority.ALWAYS);
        return s;
    }
}
