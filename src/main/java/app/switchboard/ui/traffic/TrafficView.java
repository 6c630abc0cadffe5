package app.switchboard.ui.traffic;

import app.switchboard.traffic.TrafficWindow;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.IconsOnlyWhenNarrow;
import app.switchboard.ui.common.LazyTooltip;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.controlsfx.control.CheckComboBox;

/**
 * The live traffic screen: a toolbar (accounts, window, limit, pause, export), a KPI strip and three
 * charts. Redrawn once per view-model frame; nothing here runs per request.
 */
public final class TrafficView extends BorderPane {

    private final TrafficViewModel vm;
    private final KpiStrip kpis = new KpiStrip();
    private final TrafficCharts charts;
    private final VBox content;
    private final Label empty = new Label("No traffic yet for the selected accounts. Requests the console makes, "
            + "and the sampler's probe every few seconds, appear here.");
    private final CheckComboBox<String> accountPicker = new CheckComboBox<>();
    private final TextField limit = new TextField();
    private final Tooltip limitTip = new Tooltip();
    private final ComboBox<Integer> share = new ComboBox<>();
    private final Label limitFor = new Label("Limit");
    /** True while the picker is updated from the view model, so its change events are not echoed back. */
    private boolean syncing;
    private final ComboBox<Integer> probeEvery = new ComboBox<>();

    public TrafficView(TrafficViewModel vm) {
        this(vm, ZoneId.systemDefault());
    }

    TrafficView(TrafficViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.charts = new TrafficCharts(vm::openRequest, zone);
        getStyleClass().add("traffic-view");
        setPadding(new Insets(16));
        setTop(toolbar());
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        content = new VBox(12, kpis, charts);
        content.setStyle("-fx-background-color: -color-bg-default;");
        VBox.setVgrow(charts, Priority.ALWAYS);
        StackPane center = new StackPane(content, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        BorderPane.setMargin(center, new Insets(12, 0, 0, 0));
        setCenter(center);
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        setBottom(status);
        vm.frameProperty().addListener((obs, old, frame) -> show(frame));
        show(vm.frameProperty().get());
    }

    private HBox toolbar() {
        accountPicker.setTitle("Accounts");
        accountPicker.setShowCheckedCount(true);
        accountPicker.setTooltip(new Tooltip("Accounts to chart (several are overlaid, one colour each)"));
        syncAccountPicker();
        vm.accounts().addListener((ListChangeListener<String>) c -> syncAccountPicker());
        vm.selectedAccounts().addListener((ListChangeListener<String>) c -> syncChecks());
        accountPicker.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                vm.selectedAccounts().setAll(accountPicker.getCheckModel().getCheckedItems());
            }
        });

        HBox windows = new HBox();
        ToggleGroup group = new ToggleGroup();
        TrafficWindow[] all = TrafficWindow.values();
        for (int i = 0; i < all.length; i++) {
            TrafficWindow w = all[i];
            ToggleButton b = new ToggleButton(w.label());
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(vm.windowProperty().get() == w);
            b.setOnAction(e -> {
                vm.windowProperty().set(w);
                b.setSelected(true);
            });
            windows.getChildren().add(b);
        }

        limit.setPromptText("limit");
        limit.setTooltip(limitTip);
        limit.setPrefColumnCount(5);
        limit.setOnAction(e -> applyLimit());
        limit.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                applyLimit();
            }
        });
        share.getItems().addAll(50, 60, 70, 80, 90, 95);
        share.setValue(80);
        share.setButtonCell(cell("alert at ", "%"));
        share.setCellFactory(list -> cell("alert at ", "%"));
        share.setOnAction(e -> applyLimit());
        limitFor.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        probeEvery.getItems().addAll(1, 2, 5, 10, 30, 60);
        probeEvery.setValue((int) vm.samplingInterval().toSeconds());
        probeEvery.setButtonCell(cell("probe every ", " s"));
        probeEvery.setCellFactory(list -> cell("every ", " s"));
        probeEvery.setTooltip(new Tooltip("How often each charted account is sampled with a cheap GET "
                + "(counted in the request log)"));
        probeEvery.setOnAction(e -> vm.setSamplingInterval(java.time.Duration.ofSeconds(probeEvery.getValue())));

        Button pause = new Button();
        pause.textProperty().bind(vm.pausedProperty().map(p -> p ? "Resume" : "Pause"));
        pause.graphicProperty().bind(vm.pausedProperty().map(p -> Icons.of(p ? AppIcon.PLAY : AppIcon.PAUSE)));
        pause.setOnAction(e -> vm.togglePause());

        MenuItem csv = new MenuItem("Samples as CSV...", Icons.of(AppIcon.FILE_DELIMITED_OUTLINE));
        csv.setOnAction(e -> exportCsv());
        MenuItem png = new MenuItem("Charts as PNG...", Icons.of(AppIcon.FILE_IMAGE_OUTLINE));
        png.setOnAction(e -> exportPng());
        MenuButton export = new MenuButton("Export", Icons.of(AppIcon.DOWNLOAD), csv, png);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // No title here: the shell's header already names the screen, and the width is needed for the controls.
        HBox bar = new HBox(8, accountPicker, windows, spacer,
                probeEvery, limitFor, limit, share, pause, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        // The spacer shrinks first; in the app's smallest window the pickers and the limit field give up some width
        // too, down to these, and the two actions show icons only. Labels never shrink.
        Map<Region, Double> smallest = Map.of(accountPicker, 96.0, probeEvery, 104.0, share, 92.0, limit, 56.0);
        for (var node : bar.getChildren()) {
            if (node instanceof Region r && r != spacer) {
                r.setMinWidth(smallest.getOrDefault(r, Region.USE_PREF_SIZE));
            }
        }
        accountPicker.setPrefWidth(170);
        LazyTooltip.install(pause, pause.textProperty());
        LazyTooltip.install(export, export.textProperty());
        IconsOnlyWhenNarrow.install(bar, List.of(pause, export));
        return bar;
    }

    private void syncAccountPicker() {
        syncing = true;
        accountPicker.getItems().setAll(vm.accounts());
        syncing = false;
        syncChecks();
    }

    private void syncChecks() {
        syncing = true;
        accountPicker.getCheckModel().clearChecks();
        vm.selectedAccounts().forEach(accountPicker.getCheckModel()::check);
        syncing = false;
    }

    /** The limit field edits the first charted account (the one whose KPIs come first). */
    private String limitAccount() {
        return vm.selectedAccounts().isEmpty() ? null : vm.selectedAccounts().get(0);
    }

    private void applyLimit() {
        String sid = limitAccount();
        if (sid != null) {
            vm.setLimit(sid, limit.getText(), share.getValue() / 100.0);
        }
    }

    private void show(TrafficFrame frame) {
        kpis.show(frame.series());
        charts.show(frame);
        empty.setVisible(frame.series().isEmpty());
        String sid = limitAccount();
        limitTip.setText((sid == null ? "The" : TrafficPalette.shortSid(sid) + ":")
                + " concurrency limit (Twilio does not publish it). Blank: none.");
        if (sid != null && !limit.isFocused()) {
            var t = frame.thresholds().get(sid);
            limit.setText(t == null ? "" : Integer.toString(t.limit()));
        }
    }

    private void exportCsv() {
        Path target = choose("traffic.csv", new FileChooser.ExtensionFilter("CSV", "*.csv"));
        if (target != null) {
            vm.exportCsv(target);
        }
    }

    private void exportPng() {
        Path target = choose("traffic.png", new FileChooser.ExtensionFilter("PNG image", "*.png"));
        if (target != null) {
            exportPng(target);
        }
    }

    /** Writes the KPI strip and the charts as shown: snapshot here, encoding and writing in the background. */
    void exportPng(Path target) {
        WritableImage snapshot = content.snapshot(null, null);
        var image = SwingFXUtils.fromFXImage(snapshot, null);
        vm.export("Charts", target, file -> {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new java.io.IOException("no PNG encoder available");
            }
        });
    }

    private static ListCell<Integer> cell(String prefix, String suffix) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(emptyCell || item == null ? null : prefix + item + suffix);
            }
        };
    }

    private Path choose(String name, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(filter);
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    TrafficCharts charts() {
        return charts;
    }
}
