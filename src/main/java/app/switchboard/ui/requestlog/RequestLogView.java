package app.switchboard.ui.requestlog;

import app.switchboard.requestlog.FetchAdvice;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.filter.FilterCompletion;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The request log screen: filter bar, timeline, a virtualised table over paged queries, the detail
 * pane and fetching advice. Built in code; all state lives in {@link RequestLogViewModel}.
 */
public final class RequestLogView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    private static final int LOAD_AHEAD = 40;
    /** A 34-character SID inside a path, shortened for the table (the detail pane shows it whole). */
    private static final java.util.regex.Pattern SID = java.util.regex.Pattern.compile("\\b([A-Z]{2})[0-9a-f]{28}([0-9a-f]{4})\\b");

    private final RequestLogViewModel vm;
    final TextField filter = new TextField();
    final TableView<RequestRow> table = new TableView<>();
    final RequestDetailPane detail;
    private final ContextMenu completions = new ContextMenu();

    /** The filter bar, for the shell's Ctrl+F. */
    public TextField filterField() {
        return filter;
    }

    public RequestLogView(RequestLogViewModel vm) {
        this.vm = vm;
        getStyleClass().add("request-log");
        getStylesheets().add(RequestLogView.class.getResource("requestlog.css").toExternalForm());
        detail = new RequestDetailPane(vm, RequestLogView::copy);

        TimelineChart chart = new TimelineChart(vm::selectTimeRange);
        vm.timelineProperty().addListener((o, a, t) -> chart.setTimeline(t));
        chart.setTimeline(vm.timelineProperty().get());

        buildTable();
        VBox left = new VBox(table, advicePane());
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(detail, false);
        VBox center = new VBox(chart, split);
        VBox.setVgrow(split, Priority.ALWAYS);

        setTop(filterBar());
        setCenter(center);
        setBottom(statusBar());
    }

    private VBox filterBar() {
        filter.setId("requestlog-filter");
        filter.setPromptText("Filter: status>=400 method=POST path*=Keys code=20429 time>-15m …   (and, or, not, parentheses, free text)");
        filter.getStyleClass().add("mono");
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        filter.setOnAction(e -> {
            completions.hide();
            vm.applyFilter();
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !completions.isShowing()) {
                showCompletions();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                completions.hide();
            }
        });
        filter.setOnKeyTyped(e -> showCompletions());
        vm.filterErrorProperty().addListener((o, a, err) -> filter.pseudoClassStateChanged(Styles.STATE_DANGER, err != null));
        vm.filterErrorPositionProperty().addListener((o, a, pos) -> {
            if (pos.intValue() >= 0) {
                filter.positionCaret(Math.min(pos.intValue(), filter.getLength()));   // the caret shows where
            }
        });
        HBox.setHgrow(filter, Priority.ALWAYS);

        Button apply = new Button(null, Icons.of(AppIcon.FILTER_OUTLINE));
        apply.setTooltip(new Tooltip("Apply the filter (Enter)"));
        apply.setOnAction(e -> vm.applyFilter());
        Button clear = new Button(null, Icons.of(AppIcon.FILTER_REMOVE_OUTLINE));
        clear.setTooltip(new Tooltip("Clear the filter"));
        clear.setOnAction(e -> {
            vm.filterTextProperty().set("");
            vm.applyFilter();
        });
        for (Button b : List.of(apply, clear)) {
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        ToggleButton live = new ToggleButton("Live", Icons.of(AppIcon.LIGHTNING_BOLT));
        live.selectedProperty().bindBidirectional(vm.liveProperty());
        live.setTooltip(new Tooltip("Show new requests as they are made"));
        Button importHar = new Button("Import HAR", Icons.of(AppIcon.UPLOAD_OUTLINE));
        importHar.setOnAction(e -> chooseHar(false));
        Button exportHar = new Button("Export HAR", Icons.of(AppIcon.DOWNLOAD_OUTLINE));
        exportHar.setTooltip(new Tooltip("Export exactly the filtered requests as HAR 1.2, secrets redacted"));
        exportHar.setOnAction(e -> chooseHar(true));

        Label counts = new Label();
        counts.getStyleClass().addAll(Styles.TEXT_MUTED, "counts");
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.getDefault());
        counts.textProperty().bind(Bindings.createStringBinding(
                () -> n.format(vm.shownCountProperty().get()) + " shown of " + n.format(vm.totalCountProperty().get()),
                vm.shownCountProperty(), vm.totalCountProperty()));

        HBox row = new HBox(6, filter, apply, clear, counts, live, importHar, exportHar);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("requestlog-filter-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "mono");
        error.textProperty().bind(Bindings.createStringBinding(() -> {
            String err = vm.filterErrorProperty().get();
            return err == null ? "" : "⚠ " + err;
        }, vm.filterErrorProperty()));
        error.managedProperty().bind(vm.filterErrorProperty().isNotNull());
        error.visibleProperty().bind(vm.filterErrorProperty().isNotNull());
        VBox bar = new VBox(4, row, error);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void showCompletions() {
        List<FilterCompletion.Suggestion> list = vm.suggestions(filter.getText(), filter.getCaretPosition());
        completions.getItems().clear();
        for (FilterCompletion.Suggestion s : list.subList(0, Math.min(12, list.size()))) {
            Label label = new Label(s.label());
            label.getStyleClass().add("mono");
            Label help = new Label(s.detail());
            help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox box = new HBox(16, label, gap, help);
            box.setPrefWidth(420);
            CustomMenuItem item = new CustomMenuItem(box, true);
            item.setOnAction(e -> {
                filter.setText(s.text());
                filter.positionCaret(s.caret());
            });
            completions.getItems().add(item);
        }
        if (list.isEmpty()) {
            completions.hide();
        } else if (!completions.isShowing() && filter.getScene() != null) {
            completions.show(filter, Side.BOTTOM, 0, 0);
        }
    }

    private void buildTable() {
        table.setId("requestlog-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setPlaceholder(new Label("No requests match this filter."));
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<RequestRow, String> path = column("Path", 200, r -> SID.matcher(r.path()).replaceAll("$1…$2") + (r.query() == null ? "" : "?" + r.query()), "mono");
        path.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                // the end of a path names the resource: cut at the start when space runs out
                setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
                getStyleClass().add("mono");
            }
        });
        table.getColumns().add(column("Time", 100, r -> TIME.format(r.time()), "mono"));
        table.getColumns().add(column("Account", 100, r -> shortSid(r.account()), "mono"));
        table.getColumns().add(column("Method", 84, r -> (r.isRetry() ? "↳ " : "") + r.method(), "method-cell"));
        table.getColumns().add(path);
        table.getColumns().add(column("Status", 72, r -> r.status() == 0 ? "—" : Integer.toString(r.status()), "status-cell"));
        table.getColumns().add(column("Code", 60, r -> r.twilioCode() == null ? "" : r.twilioCode().toString(), "num"));
        table.getColumns().add(column("Server", 70, r -> r.twilioDurationSeconds() == null ? ""
                : String.format(Locale.ROOT, "%.0f", r.twilioDurationSeconds() * 1000), "num"));
        table.getColumns().add(column("RTT", 60, r -> String.format(Locale.ROOT, "%.0f", r.roundTripMillis()), "num"));
        table.getColumns().add(column("Conc", 56, r -> r.concurrency() == null ? "" : r.concurrency().toString(), "num"));
        table.getColumns().add(column("Request id", 104, r -> r.requestId() == null ? "" : r.requestId(), "mono"));
        // The path takes whatever the fixed columns leave.
        javafx.beans.binding.DoubleBinding others = Bindings.createDoubleBinding(() -> table.getColumns().stream()
                .filter(c -> c != path).mapToDouble(TableColumn::getWidth).sum(), table.getColumns().stream()
                .filter(c -> c != path).map(TableColumn::widthProperty).toArray(javafx.beans.Observable[]::new));
        path.prefWidthProperty().bind(Bindings.max(200, table.widthProperty().subtract(others).subtract(18)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RequestRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeIf(s -> s.startsWith("status-") || s.equals("retry-row") || s.equals("imported-row"));
                if (!empty && r != null) {
                    getStyleClass().add(StatusStyle.of(r));
                    if (r.isRetry()) {
                        getStyleClass().add("retry-row");
                    }
                    if (r.imported()) {
                        getStyleClass().add("imported-row");
                    }
                    // Virtualised table: only visible rows exist; nearing the end pulls the next page.
                    if (getIndex() >= vm.rows().size() - LOAD_AHEAD) {
                        vm.loadMore();
                    }
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selectedProperty().set(r));
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r != null && r != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(r);
            }
        });
    }

    private static TableColumn<RequestRow, String> column(String title, double width, Function<RequestRow, String> text,
                                                          String style) {
        TableColumn<RequestRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);   // order is the log's (newest first); sorting a page would mislead
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                if (!getStyleClass().contains(style)) {
                    getStyleClass().add(style);
                }
            }
        });
        return c;
    }

    private TitledPane advicePane() {
        ListView<FetchAdvice> list = new ListView<>(vm.advice());
        list.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        list.setPrefHeight(96);
        list.setPlaceholder(new Label("No GET is repeated in these requests."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FetchAdvice a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label share = new Label(String.format(Locale.ROOT, "%4.1f%%", a.share() * 100));
                share.getStyleClass().addAll("mono", Styles.TEXT_BOLD);
                share.setMinWidth(48);
                Label path = new Label(a.method() + " " + a.path() + "  ×" + a.count());
                path.getStyleClass().add("mono");
                Label hint = new Label(a.hint());
                hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                setGraphic(new HBox(10, share, new VBox(1, path, hint)));
            }
        });
        TitledPane pane = new TitledPane("Fetching advice: the GETs repeated most", list);
        pane.setGraphic(Icons.of(AppIcon.LIGHTBULB_ON_OUTLINE));
        pane.getStyleClass().add(Styles.DENSE);
        pane.setExpanded(true);
        return pane;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        Label legend = new Label("2xx  ·  3xx  ·  4xx  ·  429 throttled  ·  5xx  ·  no response");
        legend.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, status, gap, legend);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void chooseHar(boolean export) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HAR files", "*.har", "*.json"));
        chooser.setTitle(export ? "Export the filtered requests as HAR" : "Import a HAR file as a separate source");
        if (export) {
            chooser.setInitialFileName("switchboard-requests.har");
            java.io.File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                vm.exportHar(Path.of(f.getPath()));
            }
        } else {
            java.io.File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.importHar(Path.of(f.getPath()));
            }
        }
    }

    private static String shortSid(String sid) {
        return sid == null ? "" : sid.length() > 10 ? sid.substring(0, 4) + "…" + sid.substring(sid.length() - 4) : sid;
    }

    private static void copy(String text) {
        if (text != null) {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        }
    }
}
