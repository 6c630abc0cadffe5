package app.switchboard.ui.keys;

import app.switchboard.keys.KeyAuditLog;
import app.switchboard.keys.KeyEvent;
import app.switchboard.keys.KeyKind;
import app.switchboard.keys.RevokeResult;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.ColumnsThatFit;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.IconsOnlyWhenNarrow;
import app.switchboard.ui.common.LazyTooltip;
import app.switchboard.ui.common.RevealLater;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The API keys screen: a filterable table of keys, a detail pane, and the audit log. */
public final class KeysView extends BorderPane {
    static final String MONO = "-fx-font-family: 'JetBrains Mono', 'DejaVu Sans Mono', 'Consolas', monospace; -fx-font-size: 0.86em;";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    /**
     * A kind badge's look per kind, inline: a stylesheet on this view would be dropped and parsed again, with
     * every node under it matched anew, each time the view leaves the window and comes back.
     */
    private static final Map<KeyKind, String> KIND_STYLES = kindStyles();

    private final KeysViewModel vm;
    private final Supplier<RotationViewModel> rotations;
    private final TableView<KeyRow> table = new TableView<>();
    private final TextField search = new TextField();

    public KeysView(KeysViewModel vm, Supplier<RotationViewModel> rotations) {
        this.vm = vm;
        this.rotations = rotations;
        getStyleClass().add("keys-view");
        // The first showing is spread over frames, each well under 50 ms on a slow machine once JavaFX has
        // styled such controls before: nothing in the frame of the navigation itself (the sidebar and title change
        // then); the tabs; the list (split, status bar, the toolbar's place); the table, with its first rows when
        // the keys are there; the toolbar; the detail pane; the rows grow a few a frame meanwhile. The table comes
        // before the toolbar: the keys are what the user came for, and on a JVM that never styled a text field or
        // a choice box the toolbar's is the longest frame.
        setCenter(RevealLater.part(this::tabs));
    }

    private Node tabs() {
        // The audit log is built when first opened: a tab's content is in the scene even while hidden, and
        // every node in it is styled again each time the screen is shown.
        Tab audit = new Tab("Audit log");
        TabPane tabs = new TabPane(new Tab("Keys", RevealLater.part(this::keysPane)), audit);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == audit) {
                if (audit.getContent() == null) {
                    audit.setContent(auditPane());
                }
                vm.loadAudit();
            }
        });
        return tabs;
    }

    /** The search field, for the shell's Ctrl+F. */
    public TextField searchField() {
        return search;
    }

    private Node keysPane() {
        BorderPane pane = new BorderPane();
        // Held at the toolbar's height until it joins (its padding and a row of controls: 54 px with the theme's
        // 13 px font), so the table under it does not move when it comes.
        double toolbarHeight = 20 + Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 34 / 13);
        pane.setTop(RevealLater.part(this::toolbar, 2, toolbarHeight));
        pane.setCenter(listPane());
        return pane;
    }

    /** The table and the detail pane side by side, over the status bar. */
    private Node listPane() {
        BorderPane pane = new BorderPane();
        SplitPane split = new SplitPane(RevealLater.part(this::table), RevealLater.part(this::detail, 3));
        split.setDividerPositions(0.8);
        pane.setCenter(split);
        pane.setBottom(statusBar());
        return pane;
    }

    private Node toolbar() {
        search.setPromptText("Search name or SID");
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefWidth(200);
        search.setMinWidth(120);

        // Choice boxes rather than combo boxes: a combo box styles its whole drop-down list when it is first
        // shown on screen, a choice box only when opened, and these lists are short and fixed.
        ChoiceBox<KeyKind> kind = new ChoiceBox<>(FXCollections.observableArrayList((KeyKind) null));
        kind.getItems().addAll(KeyKind.values());
        kind.setConverter(converter(k -> k == null ? "All kinds" : capitalised(k.label())));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        ChoiceBox<Integer> older = new ChoiceBox<>(FXCollections.observableArrayList(0, 30, 90, 180, 365));
        older.setConverter(converter(d -> d == null || d == 0 ? "Any age" : "Older than " + d + " days"));
        older.setValue(0);
        older.valueProperty().addListener((o, a, b) -> vm.olderThanDaysProperty().set(b == null ? 0 : b));

        ChoiceBox<String> account = new ChoiceBox<>();
        account.setConverter(converter(a -> a == null || a.isEmpty() ? "All accounts" : vm.accountName(a)));
        account.setOnShowing(e -> {
            String current = account.getValue();
            account.getItems().setAll("");
            account.getItems().addAll(vm.accounts());
            account.setValue(current);
        });
        account.valueProperty().addListener((o, a, b) -> vm.accountProperty().set(b));

        Button refresh = iconButton(AppIcon.REFRESH, "Reload keys from Twilio");
        refresh.setOnAction(e -> vm.refresh());
        Button create = new Button("New key", Icons.of(AppIcon.KEY_PLUS));
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> CreateKeyDialog.ask(getScene().getWindow(), vm.accounts())
                .ifPresent(r -> vm.create(r.accountSid(), r.name(), r.permissions())));
        create.disableProperty().bind(Bindings.isEmpty(vm.accounts())); // no account to create it in is known yet
        Button rotate = new Button("Rotate", Icons.of(AppIcon.ROTATE_RIGHT));
        rotate.setOnAction(e -> rotateSelected());
        Button rename = new Button("Rename", Icons.of(AppIcon.PENCIL_OUTLINE));
        rename.setOnAction(e -> renameSelected());
        Button revoke = new Button("Revoke", Icons.of(AppIcon.DELETE_OUTLINE));
        revoke.getStyleClass().add(Styles.DANGER);
        revoke.setOnAction(e -> {
            List<KeyRow> sel = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (sel.size() == 1) {
                vm.revoke(sel.get(0));
            } else if (sel.size() > 1) {
                vm.revokeAll(sel);
            }
        });
        revoke.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = table.getSelectionModel().getSelectedItems().size();
            return n > 1 ? "Revoke " + n : "Revoke";
        }, table.getSelectionModel().getSelectedItems()));
        var noneSelected = table.getSelectionModel().selectedItemProperty().isNull();
        var notOne = Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1);
        rotate.disableProperty().bind(notOne.or(vm.busyProperty()));
        rename.disableProperty().bind(notOne.or(vm.busyProperty()));
        revoke.disableProperty().bind(noneSelected.or(vm.busyProperty()).or(vm.bulkRunningProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        kind.setPrefWidth(130);
        older.setPrefWidth(160);
        account.setPrefWidth(160);
        for (ChoiceBox<?> c : List.of(kind, older, account)) {
            // A computed minimum width would make the choice box style its drop-down list to measure it, in the
            // frame the toolbar joins, rather than when the list is first opened.
            c.setMinWidth(90);
        }
        HBox bar = new HBox(8, search, kind, older, account, spacer, refresh, rename, rotate, revoke, create);
        List<Button> actions = List.of(rename, rotate, revoke, create);
        for (Button b : actions) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the filters shrink first, never an action's label
            LazyTooltip.install(b, b.textProperty());
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        IconsOnlyWhenNarrow.install(bar, actions);
        return bar;
    }

    private Node table() {
        table.setId("keys-table");
        table.setItems(vm.visibleRows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(vm.busyProperty()).then("Loading keys…").otherwise("No keys match"));
        table.setPlaceholder(placeholder);
        // One row height for all: the table then never measures rows to size its scroll bar, which with
        // thousands of keys costs whole frames.
        table.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 2.15));

        TableColumn<KeyRow, KeyRow> name = new TableColumn<>("Name");
        name.setPrefWidth(200);
        name.setMinWidth(150); // the column people read first keeps room for a name at the default window size
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(KeyRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name().isEmpty() ? "(no name)" : r.name());
                // The key Switchboard signs in with is the one a careless revoke would lock out: mark it.
                setGraphic(empty || r == null || !r.usedByProfile() ? null : ownKeyIcon());
            }
        });
        TableColumn<KeyRow, String> sid = column("SID", 276, KeyRow::sid);
        // When the window is narrow the SID gives way, shortened in the middle: its start and end are what people
        // recognise a SID by, and the detail pane shows it whole with a copy button.
        sid.setMinWidth(150);
        sid.setStyle(MONO + " -fx-text-overrun: center-ellipsis;");
        TableColumn<KeyRow, KeyRow> kind = new TableColumn<>("Kind");
        kind.setMinWidth(88);
        // A width of its own: a column left at the default width is measured against its first 30 rows
        // (each styled for it) in the frame the first keys arrive.
        kind.setPrefWidth(96);
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        kind.setCellFactory(c -> new TableCell<>() {
            // One badge per cell for its whole life, restyled only when the kind it shows changes: a new Label
            // per update is styled from scratch, for every visible row each time the rows are refilled.
            private final Label badge = badge(KeyKind.UNKNOWN);

            {
                setGraphic(badge);
            }

            @Override
            protected void updateItem(KeyRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                badge.setVisible(!empty && r != null);
                if (!empty && r != null) {
                    showKind(badge, r.key().kind());
                }
            }
        });
        TableColumn<KeyRow, String> account = column("Account", 130, r -> vm.accountName(r.key().accountSid()));
        account.setMinWidth(90);
        TableColumn<KeyRow, String> created = column("Created", 100,
                r -> r.key().dateCreated() == null ? "—" : DAY.format(r.key().dateCreated()));
        created.setMinWidth(104); // a whole date: the column shrinks no further than "2026-11-28"
        TableColumn<KeyRow, Long> age = new TableColumn<>("Age");
        age.setMinWidth(78); // "1100 d" in bold
        age.setPrefWidth(84);
        age.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ageDays()));
        age.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long days, boolean empty) {
                super.updateItem(days, empty);
                setGraphic(null);
                if (empty || days == null) {
                    setText(null);
                    return;
                }
                setText(days < 0 ? "—" : days + " d");
                KeyRow row = getTableRow() == null ? null : getTableRow().getItem();
                boolean overdue = row != null && row.overPolicyAge();
                setStyle(overdue ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : "");
            }
        });
        TableColumn<KeyRow, String> seen = column("", 150, r -> r.lastSeen() == null ? "—" : DATE.format(r.lastSeen()));
        Label seenHeader = new Label("Last seen");
        seenHeader.setTooltip(new javafx.scene.control.Tooltip("When Switchboard itself last signed in with the key. "
                + "Twilio keeps no last-used date, so use by other applications is not shown."));
        seen.setGraphic(seenHeader);
        seen.setMinWidth(140);
        table.getColumns().setAll(List.of(name, sid, kind, account, created, age, seen));
        // A narrow window drops the columns the detail pane also shows, least needed first; the account column is
        // only worth its width when several accounts are listed together. Tied to the accounts and the width, never
        // to the rows: the table rebuilds every visible row whenever a column's visibility changes, which on each
        // batch of a long listing cost whole frames.
        ColumnsThatFit.install(table, List.of(ColumnsThatFit.Droppable.always(seen), ColumnsThatFit.Droppable.always(created),
                new ColumnsThatFit.Droppable(account, Bindings.size(vm.accounts()).greaterThan(1))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(KeyRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(OVERDUE, !empty && r != null && r.overPolicyAge());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        return RevealLater.rowsOf(table, 2);
    }

    private Node detail() {
        Label title = new Label("Select a key");
        title.getStyleClass().add(Styles.TITLE_4);
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(72);
        facts.getColumnConstraints().add(labels);
        ListView<String> permissions = new ListView<>(vm.selectedPermissions());
        permissions.setPrefHeight(120);
        permissions.setStyle(MONO);
        Label noPermissions = new Label();
        noPermissions.setWrapText(true);
        noPermissions.textProperty().bind(Bindings.createStringBinding(() -> {
            KeyRow r = vm.selectedProperty().get();
            if (r == null) {
                return "";
            }
            return r.key().kind() == KeyKind.RESTRICTED ? "Loading the key's policy…"
                    : "Only restricted keys have a permission list; a " + r.key().kind().label() + " key is not limited by one.";
        }, vm.selectedProperty()));
        permissions.setPlaceholder(noPermissions);
        ListView<KeyEvent> history = new ListView<>(vm.selectedHistory());
        history.setPlaceholder(new Label("No recorded history"));
        history.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(KeyEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : DATE.format(e.time()) + "  " + e.type() + "  · " + e.source()
                        + (e.who() == null ? "" : " · " + e.who()) + (e.detail() == null || e.detail().isEmpty() ? "" : "\n" + e.detail()));
            }
        });
        List<Node> body = List.of(facts, section("Permissions"), permissions, section("History"), history);
        VBox box = new VBox(10, title);
        vm.selectedProperty().addListener((o, a, r) -> {
            facts.getChildren().clear();
            if (r == null) {
                title.setText("Select a key");
                // Out of the scene while no key is selected (as each time the screen is shown): everything in
                // the scene is styled again on each visit, and the two lists are a tenth of the screen.
                box.getChildren().setAll(title);
                return;
            }
            if (box.getChildren().size() == 1) {
                box.getChildren().addAll(body);
            }
            title.setText(r.name().isEmpty() ? r.sid() : r.name());
            int row = 0;
            facts.addRow(row++, muted("SID"), copyable(r.sid()));
            facts.addRow(row++, muted("Account"), copyable(r.key().accountSid()));
            facts.addRow(row++, muted("Kind"), badge(r.key().kind()));
            facts.addRow(row++, muted("Created"), new Label(r.key().dateCreated() == null ? "—" : DATE.format(r.key().dateCreated())
                    + (r.ageDays() >= 0 ? "  (" + r.ageDays() + " days ago)" : "")));
            facts.addRow(row++, muted("Last seen"), new Label(r.lastSeen() == null ? "Not used by Switchboard since it started" : DATE.format(r.lastSeen())));
            if (r.overPolicyAge()) {
                Label warn = new Label("Older than the rotation policy (" + vm.policyAgeDaysProperty().get() + " days): rotate it.");
                warn.getStyleClass().add(Styles.WARNING);
                warn.setGraphic(Icons.of(AppIcon.CLOCK_ALERT_OUTLINE));
                facts.add(warn, 0, row++, 2, 1);
            }
            if (r.usedByProfile()) {
                Label own = new Label("Switchboard signs in with this key.");
                own.getStyleClass().add(Styles.ACCENT);
                facts.add(own, 0, row, 2, 1);
            }
        });
        VBox.setVgrow(history, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.setMinWidth(240);
        return box;
    }

    private Node statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Label counts = new Label();
        counts.textProperty().bind(Bindings.createStringBinding(() -> vm.visibleRows().size() + " shown / "
                + vm.rows().size() + " keys", vm.visibleRows(), vm.rows()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        ProgressBar bulk = new ProgressBar();
        bulk.progressProperty().bind(vm.bulkProgressProperty());
        bulk.visibleProperty().bind(vm.bulkRunningProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.visibleProperty().bind(vm.bulkRunningProperty());
        cancel.setOnAction(e -> vm.cancelBulk());
        Label bulkSummary = new Label();
        bulkSummary.textProperty().bind(vm.bulkSummaryProperty());
        Button results = new Button("Results");
        results.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        results.visibleProperty().bind(vm.bulkSummaryProperty().isNotEmpty());
        results.setOnAction(e -> showBulkResults());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, busy, status, spacer, bulk, cancel, bulkSummary, results, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        return bar;
    }

    private Node auditPane() {
        TableView<KeyAuditLog.Entry> audit = new TableView<>(vm.auditEntries());
        audit.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        audit.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        audit.setPlaceholder(new Label("No key actions recorded yet"));
        audit.getColumns().setAll(List.of(
                auditColumn("Time", 140, e -> DATE.format(e.time())),
                auditColumn("User", 90, KeyAuditLog.Entry::user),
                auditColumn("Action", 130, KeyAuditLog.Entry::action),
                auditColumn("Outcome", 100, KeyAuditLog.Entry::outcome),
                auditColumn("Key", 280, e -> e.keySid() == null ? "—" : e.keySid()),
                auditColumn("Name", 160, KeyAuditLog.Entry::keyName),
                auditColumn("Account", 150, e -> shortSid(e.accountSid())),
                auditColumn("Detail", 200, KeyAuditLog.Entry::detail)));
        Button export = new Button("Export CSV…", Icons.of(AppIcon.FILE_EXPORT_OUTLINE));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("switchboard-key-audit.csv");
            File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                vm.exportAudit(f.toPath());
            }
        });
        Label note = new Label("Every key action taken from Switchboard, including failures. Twilio's own record is in each key's history.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, note, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        BorderPane pane = new BorderPane(audit);
        pane.setTop(bar);
        return pane;
    }

    private void rotateSelected() {
        KeyRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        RotationViewModel rotation = rotations.get();
        rotation.open(row.key(), () -> {
            RotationWizard.show(getScene().getWindow(), rotation, row.key(), row.usedByProfile());
            vm.refresh();
        });
    }

    private void renameSelected() {
        KeyRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(row.name());
        d.initOwner(getScene().getWindow());
        d.setTitle("Rename key");
        d.setHeaderText("Rename " + row.key().displayName());
        Button ok = (Button) d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        d.getDialogPane().setExpandableContent(null);
        d.getEditor().textProperty().addListener((o, a, b) -> {
            var p = app.switchboard.keys.KeyNames.problem(b);
            ok.setDisable(p.isPresent());
            problem.setText(p.orElse(""));
        });
        d.setGraphic(problem);
        d.showAndWait().map(String::strip).filter(n -> !n.equals(row.name())).ifPresent(n -> vm.rename(row, n));
    }

    private void showBulkResults() {
        ListView<RevokeResult> list = new ListView<>(vm.bulkResults());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RevokeResult r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.key().displayName() + " — " + r.outcome() + ": " + r.message());
            }
        });
        var d = new javafx.scene.control.Dialog<Void>();
        d.initOwner(getScene().getWindow());
        d.setTitle("Bulk revoke results");
        d.setHeaderText(vm.bulkSummaryProperty().get());
        list.setPrefSize(700, 360);
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        d.showAndWait();
    }

    /** A pill showing a key's kind. */
    static Label badge(KeyKind kind) {
        Label l = new Label();
        l.getStyleClass().add("key-kind-badge");
        showKind(l, kind);
        return l;
    }

    private static void showKind(Label badge, KeyKind kind) {
        badge.setText(kind.label());
        badge.setStyle(KIND_STYLES.get(kind)); // the same style again is no change: nothing is restyled
    }

    private static Map<KeyKind, String> kindStyles() {
        Map<KeyKind, String> colours = new EnumMap<>(Map.of(KeyKind.MAIN, "-color-danger-emphasis",
                KeyKind.RESTRICTED, "-color-success-emphasis", KeyKind.SIGNING, "-color-accent-emphasis",
                KeyKind.STANDARD, "-color-neutral-emphasis"));
        Map<KeyKind, String> styles = new EnumMap<>(KeyKind.class);
        for (KeyKind k : KeyKind.values()) {
            styles.put(k, "-fx-background-color: " + colours.getOrDefault(k, "-color-neutral-muted")
                    + "; -fx-text-fill: -color-fg-emphasis; -fx-padding: 1 8 1 8; -fx-background-radius: 8; -fx-font-size: 0.85em;");
        }
        return styles;
    }

    private static Node ownKeyIcon() {
        FontIcon icon = Icons.of(AppIcon.ACCOUNT_KEY_OUTLINE);
        icon.getStyleClass().add(Styles.ACCENT);
        Label l = new Label(null, icon);
        l.setTooltip(new javafx.scene.control.Tooltip("Switchboard signs in with this key: replace it with Rotate."));
        return l;
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label section(String s) {
        Label l = new Label(s);
        l.getStyleClass().addAll(Styles.TEXT_BOLDER, Styles.TEXT_SMALL);
        return l;
    }

    private static Node copyable(String value) {
        Label text = new Label(value);
        text.setStyle(MONO);
        Button copy = iconButton(AppIcon.CONTENT_COPY, "Copy");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(value);
            Clipboard.getSystemClipboard().setContent(c);
        });
        HBox box = new HBox(4, text, copy);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip) {
        Button b = new Button(null, Icons.of(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        return b;
    }

    private static String shortSid(String sid) {
        return sid == null ? "—" : sid.length() > 14 ? sid.substring(0, 8) + "…" + sid.substring(sid.length() - 4) : sid;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static TableColumn<KeyRow, String> column(String title, double width, Function<KeyRow, String> value) {
        TableColumn<KeyRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<KeyAuditLog.Entry, String> auditColumn(String title, double width,
                                                                       Function<KeyAuditLog.Entry, String> value) {
        TableColumn<KeyAuditLog.Entry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
