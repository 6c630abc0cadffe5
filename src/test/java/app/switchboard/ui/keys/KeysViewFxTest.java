package app.switchboard.ui.keys;

import app.switchboard.ui.common.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.CreationJournal;
import app.switchboard.keys.FakeKeyGateway;
import app.switchboard.keys.KeyAuditLog;
import app.switchboard.keys.KeyKind;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.RotationService;
import app.switchboard.keys.RotationStore;
import app.switchboard.ui.common.DirectTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class KeysViewFxTest {
    static final String AC = "AC" + "1".repeat(32);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    static Path dir;
    FakeKeyGateway twilio;
    KeysViewModel vm;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        twilio = new FakeKeyGateway();
        String[] names = {"switchboard-admin", "billing-service", "ci-deploy", "legacy php app", "zapier", "analytics etl",
            "mobile backend", "support tooling", "sms-relay", "ivr staging"};
        for (int i = 0; i < 40; i++) {
            ApiKey k = twilio.add(AC, names[i % names.length] + (i >= names.length ? " " + (i / names.length + 1) : ""),
                    NOW.minusSeconds(86400L * (i * 17 % 500)));
            if (i % 7 == 3) {
                twilio.keys.put(k.sid(), new ApiKey(AC, k.sid(), k.friendlyName(), k.dateCreated(), k.dateUpdated(),
                        KeyKind.RESTRICTED, List.of("/twilio/messaging/messages/create")));
            }
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        KeyService service = new KeyService(twilio, new CreationJournal(dir.resolve("j.json")),
                new KeyAuditLog(dir.resolve("a.jsonl"), "admin"), clock);
        KeyScope scope = new KeyScope() {
            @Override public List<String> accountSids() { return List.of(AC); }
            @Override public String credentialSid() { return twilio.keys.keySet().iterator().next(); }
        };
        DirectTaskRunner tasks = new DirectTaskRunner();
        RecordingDialogService dialogs = new RecordingDialogService();
        vm = new KeysViewModel(service, new KeyUsageTracker(), scope, tasks, dialogs, k -> { }, clock, Throwable::getMessage);
        KeysView view = new KeysView(vm, () -> new RotationViewModel(new RotationService(service,
                new RotationStore(dir.resolve("rot")), (a, s, c) -> { }, clock), new KeyUsageTracker(), tasks, dialogs,
                k -> { }, clock, Throwable::getMessage));
        stage.setScene(new Scene(view, 1300, 760));
        stage.show();
        vm.activate();
    }

    /** The screen's parts join a frame apart once it is shown (RevealLater): each test starts when the last is in. */
    @BeforeEach
    void screenBuilt(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(".label")
                .match((javafx.scene.control.Label l) -> "Select a key".equals(l.getText())).tryQuery().isPresent()
                && robot.lookup(".text-field").tryQuery().isPresent());
    }

    @Test
    void showsKeysAndTheirDetail(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#keys-table").queryAs(TableView.class);
        assertEquals(40, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("/twilio/messaging/messages/create"), List.copyOf(vm.selectedPermissions()));
        robot.clickOn(".text-field").write("billing");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().size() < 40);
        robot.interact(() -> vm.searchProperty().set(""));
        robot.interact(() -> table.getSelectionModel().clearAndSelect(3));
        String out = System.getProperty("switchboard.snapshotDir");
        if (out != null) {
            robot.interact(() -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(table.getScene().snapshot(null), null), "png",
                            Path.of(out, "keys-view.png").toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theTableComesFirstAndKeepsItsPlaceWhenTheToolbarJoins(FxRobot robot) throws Exception {
        // Each frame after the new view is shown: where the table is, and whether the toolbar has joined.
        List<double[]> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        KeysView fresh = WaitForAsyncUtils.asyncFx(() -> new KeysView(vm, () -> {
            throw new UnsupportedOperationException();
        })).get();
        Runnable probe = () -> {
            javafx.scene.Node table = fresh.lookup("#keys-table");
            if (table != null && table.getScene() != null && table.getLayoutBounds().getHeight() > 0) {
                frames.add(new double[] {table.localToScene(0, 0).getY(), fresh.lookup(".text-field") == null ? 0 : 1});
            }
        };
        robot.interact(() -> {
            stage.getScene().addPostLayoutPulseListener(probe);
            stage.getScene().setRoot(fresh);
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> frames.stream().anyMatch(f -> f[1] == 1));
        robot.interact(() -> stage.getScene().removePostLayoutPulseListener(probe));
        assertEquals(0, frames.get(0)[1], "the table is shown before the toolbar");
        double y = frames.get(0)[0];
        assertTrue(frames.stream().allMatch(f -> Math.abs(f[0] - y) <= 1),
                "the table stays where it first appeared: " + frames.stream().map(f -> f[0] + (f[1] == 1 ? "+toolbar" : ""))
                        .toList());
    }

    @Test
    void inANarrowWindowTheActionsShowTheirIconsAndStayInside(FxRobot robot) {
        javafx.scene.control.Button create = robot.lookup(".button").match(
                (javafx.scene.control.Button b) -> b.getAccessibleHelp() != null && b.getAccessibleHelp().equals("New key"))
                .queryButton();
        assertEquals(javafx.scene.control.ContentDisplay.LEFT, create.getContentDisplay(), "room enough: names shown");
        // The screen's share of the app's smallest window (960 px less the sidebar).
        robot.interact(() -> stage.setWidth(750));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertEquals(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY, create.getContentDisplay());
        double right = create.localToScene(create.getLayoutBounds()).getMaxX();
        assertTrue(right <= stage.getScene().getWidth(), "New key ends at " + right + ", the window at "
                + stage.getScene().getWidth());
        robot.interact(() -> stage.setWidth(1300));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(javafx.scene.control.ContentDisplay.LEFT, create.getContentDisplay(), "wide again: names back");
    }

    @Test
    void reloadingTheRowsLeavesTheColumnsAlone(FxRobot robot) {
        TableView<?> table = robot.lookup("#keys-table").queryAs(TableView.class);
        TableColumn<?, ?> account = table.getColumns().stream().filter(c -> "Account".equals(c.getText())).findFirst()
                .orElseThrow();
        assertFalse(account.isVisible(), "one account: no account column");
        // A column visibility that is recomputed makes the table rebuild every visible row; tied to the rows,
        // that happened on every batch of a long listing.
        int[] recomputed = new int[1];
        account.visibleProperty().addListener(o -> recomputed[0]++);
        robot.interact(vm::refresh);
        assertEquals(40, table.getItems().size());
        assertEquals(0, recomputed[0]);
    }

    @Test
    void aNarrowWindowDropsTheColumnsTheDetailPaneShowsAndTheRestFit(FxRobot robot) {
        TableView<?> table = robot.lookup("#keys-table").queryAs(TableView.class);
        assertEquals(List.of("Name", "SID", "Kind", "Created", "Age", "Last seen"), visibleColumns(table), "room for all");
        // The screen's share of the app's smallest window (960 px less the sidebar).
        robot.interact(() -> stage.setWidth(750));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertEquals(List.of("Name", "SID", "Kind", "Age"), visibleColumns(table));
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(columns <= table.getWidth(), "columns " + columns + " px in a table of " + table.getWidth());
        robot.interact(() -> stage.setWidth(1300));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertEquals(List.of("Name", "SID", "Kind", "Created", "Age", "Last seen"), visibleColumns(table), "wide again");
    }

    /** The visible columns' titles (the last-seen column's title is its header label). */
    private static List<String> visibleColumns(TableView<?> table) {
        return table.getVisibleLeafColumns().stream()
                .map(c -> c.getGraphic() instanceof javafx.scene.control.Label l ? l.getText() : c.getText()).toList();
    }

    @Test
    void onlyTheKeySwitchboardSignsInWithIsMarked(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<KeyRow> table = robot.lookup("#keys-table").queryAs(TableView.class);
        String own = twilio.keys.keySet().iterator().next();
        robot.interact(() -> table.scrollTo(table.getItems().stream().filter(r -> r.sid().equals(own)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.IndexedCell<?>> marked = markedNameCells(robot);
        assertEquals(1, marked.size(), "one key is the profile's");
        assertEquals(own, ((KeyRow) marked.get(0).getItem()).sid());
    }

    /** The visible name cells that show the "Switchboard signs in with this key" mark. */
    private static List<javafx.scene.control.IndexedCell<?>> markedNameCells(FxRobot robot) {
        List<javafx.scene.control.IndexedCell<?>> marked = new java.util.ArrayList<>();
        for (javafx.scene.control.IndexedCell<?> c : robot.lookup(".table-cell").<javafx.scene.control.IndexedCell<?>>queryAll()) {
            if (c.isVisible() && c.getItem() != null && c.getGraphic() instanceof javafx.scene.control.Label l
                    && l.getTooltip() != null && l.getTooltip().getText().startsWith("Switchboard signs in with this key")) {
                marked.add(c);
            }
        }
        return marked;
    }
}
