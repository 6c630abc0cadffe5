package app.switchboard.ui.debugger;

import app.switchboard.debugger.ErrorGroup;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.IconsOnlyWhenNarrow;
import app.switchboard.ui.common.LazyTooltip;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Debugger screen: filters on top; error-code groups on the left; alerts table and the selected
 * alert's detail on the right; audit events in a second tab.
 */
public final class DebuggerView extends BorderPane {

    /** The size AtlantaFX's Message gives its icon when a stylesheet sizes it. */
    private static final int MESSAGE_ICON_SIZE = 24;

    private final DebuggerViewModel vm;

    public DebuggerView(DebuggerViewModel vm) {
        this.vm = vm;
        getStyleClass().add("debugger");
        getStylesheets().add(DebuggerView.class.getResource("debugger.css").toExternalForm());

        TabPane tabs = new TabPane(new Tab("Alerts", alertsArea()), eventsTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_CLASSIC);
        setTop(new VBox(filterBar(), rangeMessage()));
        setCenter(tabs);
        setBottom(statusBar());
    }

    private HBox filterBar() {
        ComboBox<AccountChoice> account = new ComboBox<>(vm.accountChoices());
        account.valueProperty().bindBidirectional(vm.accountProperty());
        account.setPrefWidth(210);
        account.setTooltip(new Tooltip("Account to read; \"All\" covers the main account and every subaccount"));

        ComboBox<String> level = new ComboBox<>();
        level.getItems().setAll(DebuggerViewModel.LEVELS);
        level.valueProperty().bindBidirectional(vm.levelProperty());
        level.setPrefWidth(125);
        level.setMinWidth(100);

        DatePicker from = datePicker(vm.fromDayProperty(), "From");
        DatePicker to = datePicker(vm.toDayProperty(), "To");
        FontIcon rangeInfo = Icons.of(AppIcon.INFORMATION_OUTLINE);
        Tooltip.install(rangeInfo, new Tooltip(vm.rangeRule() + "\nEarliest day you can pick: " + vm.earliestDay()));

        TextField code = new TextField();
        code.setPromptText("Code");
        code.setPrefColumnCount(5);
        code.setMinWidth(64); // five digits; in the app's smallest window the dates stay whole instead
        code.textProperty().bindBidirectional(vm.codeFilterProperty());

        CustomTextField search = new CustomTextField();
        search.setPromptText("Search message, SID, URL");
        search.setLeft(Icons.of(AppIcon.MAGNIFY));
        search.setPrefColumnCount(14);
        search.setMinWidth(30);
        search.textProperty().bindBidirectional(vm.textFilterProperty());

        Button refresh = AlertDetailPane.iconButton(null, AppIcon.REFRESH, "Query Monitor again");
        refresh.getStyleClass().remove(Styles.FLAT);
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.loadingProperty());

        String tailName = "Live tail";
        ToggleSwitch tail = new ToggleSwitch(tailName);
        tail.selectedProperty().bindBidirectional(vm.liveTailProperty());
        tail.disableProperty().bind(vm.unavailableProperty());
        tail.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(tail, "Live tail: new alerts as they come");
        Button pause = new Button();
        pause.graphicProperty().bind(Bindings.when(vm.pausedProperty())
                .then(Icons.of(AppIcon.PLAY)).otherwise(Icons.of(AppIcon.PAUSE)));
        pause.getStyleClass().addAll(Styles.BUTTON_ICON);
        pause.setTooltip(new Tooltip("Pause or resume the list; the tail keeps counting new alerts"));
        pause.setOnAction(e -> vm.pausedProperty().set(!vm.pausedProperty().get()));
        pause.visibleProperty().bind(vm.liveTailProperty());
        pause.managedProperty().bind(pause.visibleProperty());
        Button newBadge = new Button();
        newBadge.getStyleClass().add("new-badge");
        newBadge.textProperty().bind(Bindings.format("%d new", vm.newWhilePausedProperty()));
        newBadge.setTooltip(new Tooltip("New alerts arrived while the list was paused; click to show them"));
        newBadge.setMinWidth(Region.USE_PREF_SIZE);
        newBadge.visibleProperty().bind(vm.newWhilePausedProperty().greaterThan(0));
        newBadge.managedProperty().bind(newBadge.visibleProperty());
        newBadge.setOnAction(e -> vm.pausedProperty().set(false));

        HBox bar = new HBox(account, level, from, new Label("–"), to, rangeInfo, code, search,
                AlertDetailPane.spacer(), refresh, tail, pause, newBadge);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        // In the app's smallest window the switch goes without its name (its skin draws the name itself).
        IconsOnlyWhenNarrow.install(bar, List.of(tail), narrow -> tail.setText(narrow ? null : tailName));
        return bar;
    }

    /** A date picker that greys out days Monitor cannot query (older than 30 days, or in the future). */
    private DatePicker datePicker(javafx.beans.property.ObjectProperty<LocalDate> day, String prompt) {
        DatePicker picker = new DatePicker();
        picker.valueProperty().bindBidirectional(day);
        picker.setPromptText(prompt);
        picker.setPrefWidth(150);
        picker.setMinWidth(142);
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        LocalDate earliest = vm.earliestDay();
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                if (date != null && date.isBefore(earliest)) {
                    setDisable(true);
                    setTooltip(new Tooltip(vm.rangeRule()));
                }
            }
        });
        return picker;
    }

    private Message rangeMessage() {
        Message m = new Message("Date range refused", "", Icons.of(AppIcon.CALENDAR_ALERT, MESSAGE_ICON_SIZE));
        m.getStyleClass().add(Styles.DANGER);
        m.descriptionProperty().bind(vm.rangeErrorProperty());
        m.visibleProperty().bind(vm.rangeErrorProperty().isNotNull());
        m.managedProperty().bind(m.visibleProperty());
        return m;
    }

    private SplitPane alertsArea() {
        AlertDetailPane detail = new AlertDetailPane(vm);
        detail.visibleProperty().bind(vm.unavailableProperty().not());
        SplitPane right = new SplitPane(alertsTable(), detail);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.46);
        SplitPane area = new SplitPane(groupsPanel(), right);
        area.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(area.getItems().get(0), false);
        return area;
    }

    private VBox groupsPanel() {
        Label title = new Label("By error code");
        title.getStyleClass().add("panel-title");
        Label sub = new Label("Counts over the chosen days, all accounts in scope. Click to filter.");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        sub.setWrapText(true);
        sub.setStyle("-fx-padding: 0 10 6 10;");
        ListView<ErrorGroup> list = new ListView<>(vm.groups());
        list.setCellFactory(l -> {
            ErrorGroupCell cell = new ErrorGroupCell();
            cell.setOnMouseClicked(e -> {
                if (!cell.isEmpty()) {
                    vm.filterByGroup(cell.getItem());
                }
            });
            return cell;
        });
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setPlaceholder(new Label("No alerts to group"));
        // Show the active code filter as the list's selection.
        vm.codeFilterProperty().addListener((o, was, code) -> list.getSelectionModel().select(
                vm.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElse(null)));
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        VBox panel = new VBox(title, sub, list);
        panel.setMinWidth(220);
        panel.setPrefWidth(270);
        return panel;
    }

    private TableView<AlertRow> alertsTable() {
        TableView<AlertRow> table = new TableView<>(vm.rows());
        table.setId("alerts-table");
        TableColumn<AlertRow, String> levelColumn = new TableColumn<>("Level");
        levelColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().level()));
        levelColumn.setCellFactory(c -> new TableCell<>() {
            private final LevelBadge badge = new LevelBadge();

            @Override
            protected void updateItem(String level, boolean empty) {
                super.updateItem(level, empty);
                if (!empty) {
                    badge.setLevel(level);
                }
                setGraphic(empty ? null : badge);
            }
        });
        levelColumn.setMinWidth(96);
        levelColumn.setMaxWidth(96);
        table.getColumns().setAll(List.of(
                Tables.fixed(Tables.column("Time", 172, AlertRow::time)),
                levelColumn,
                Tables.fixed(Tables.column("Error", 230, r -> r.code().isEmpty() ? r.title() : r.code() + "  " + r.title())),
                Tables.column("Message", 330, AlertRow::message),
                Tables.column("Resource", 150, AlertRow::resourceSid),
                Tables.column("Request URL", 230, AlertRow::requestUrl),
                Tables.column("Account", 140, AlertRow::account)));
        Tables.styleDense(table);
        table.setPlaceholder(emptyState());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> vm.selectedProperty().set(row));

        table.setContextMenu(Tables.copyMenu(table,
                Map.entry("Copy alert SID", (AlertRow r) -> r.alert().sid()),
                Map.entry("Copy resource SID", AlertRow::resourceSid),
                Map.entry("Copy request URL", AlertRow::requestUrl),
                Map.entry("Copy message", AlertRow::message)));
        return table;
    }

    /** One explanation in place of the table: loading, nothing found, or why there is no Debugger here. */
    private VBox emptyState() {
        FontIcon icon = Icons.of(AppIcon.BELL_OFF_OUTLINE, 32);
        Label title = new Label("Debugger not available here");
        title.getStyleClass().add(Styles.TITLE_4);
        title.visibleProperty().bind(vm.unavailableProperty());
        title.managedProperty().bind(title.visibleProperty());
        Label text = new Label();
        text.textProperty().bind(vm.emptyMessageProperty());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private Tab eventsTab() {
        // Built when first opened: a tab's content is in the scene even while hidden, so the events pane would
        // otherwise be styled and laid out in the frame the screen first appears.
        Tab tab = new Tab("Audit events");
        tab.setOnSelectionChanged(e -> {
            if (!tab.isSelected()) {
                return;
            }
            if (tab.getContent() == null) {
                tab.setContent(new AuditEventsPane(vm));
            }
            if (vm.events().isEmpty()) {
                vm.loadEvents();
            }
        });
        return tab;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        Label shown = new Label();
        shown.textProperty().bind(Bindings.size(vm.rows()).asString("%d shown"));
        shown.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(10, status, AlertDetailPane.spacer(), shown);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
