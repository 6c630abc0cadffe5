package app.switchboard.ui.shell;

import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.ClipboardService;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.InScene;
import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: sidebar, a header with the screen title, the demo badge and the account
 * switcher, the current screen, and the status bar. Screens come from the {@link ScreenRegistry}.
 *
 * <p>The window starts with only its chrome and a loading placeholder where the screen goes;
 * {@link #showScreens()} builds the current screen and follows navigation from then on. The app calls it
 * after the first frame (a screen's controls cost more to style and lay out than the rest of the window).
 */
public final class MainWindow extends BorderPane {

    private final ShellViewModel vm;
    private final ScreenRegistry screens;
    private final ScreenHost host = new ScreenHost();
    /** The node shown for each screen id, so a replaced one (rebuilt content, an empty state) leaves the scene. */
    private final Map<String, Node> views = new HashMap<>();
    private final Node loading = loading();
    private final AccountSwitcher switcher;
    private final CompletableFuture<Void> screensShown = new CompletableFuture<>();
    private ScreenContent current;

    public MainWindow(ShellViewModel vm, ScreenRegistry screens, ClipboardService clipboard) {
        this.vm = vm;
        this.screens = screens;
        getStyleClass().add("main-window");
        switcher = new AccountSwitcher(vm);

        Label title = new Label();
        title.setId("screen-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.screenProperty().map(Screen::title));
        title.setMinWidth(Region.USE_PREF_SIZE); // in a narrow window the account switcher gives way, not the title

        Label demo = new Label("DEMO — embedded sandbox", Icons.of(AppIcon.FLASK_OUTLINE));
        demo.setId("demo-badge");
        demo.getStyleClass().add("demo-badge");
        demo.visibleProperty().bind(vm.demoProperty());
        demo.managedProperty().bind(demo.visibleProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(12, title, grow, demo, switcher);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header-bar");

        host.getStyleClass().add("screen-host");
        VBox.setVgrow(host, Priority.ALWAYS);
        setLeft(new Sidebar(vm));
        setCenter(new VBox(header, host));
        setBottom(new StatusBar(vm, clipboard));

        host.show(loading);
        vm.screenProperty().addListener((o, was, now) -> {
            if (screensShown.isDone()) {
                show(now);
            }
        });
    }

    /** Builds the current screen in place of the placeholder, and every screen navigated to from now on. */
    public void showScreens() {
        if (!screensShown.isDone()) {
            show(vm.screenProperty().get());
            // After show(): whoever waits in currentReady() must see the built screen.
            screensShown.complete(null);
        }
    }

    /** Adds the keyboard shortcuts: Ctrl+1…7 screens, Ctrl+F search, Ctrl+K account switcher. */
    public void installShortcuts(Scene scene) {
        for (Screen screen : Screen.ALL) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + screen.number());
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> vm.navigate(screen));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> currentContent().flatMap(ScreenContent::searchField).ifPresent(this::focusWhenShown));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), () -> {
            switcher.requestFocus();
            switcher.show();
        });
    }

    /**
     * Focuses a search field now, or as soon as it joins the window: a screen's first showing brings its parts
     * over a few frames, and a quick Ctrl+F after navigating must not be lost (nor act after the user has left
     * that screen).
     */
    private void focusWhenShown(TextInputControl field) {
        InScene.then(field, scene -> {
            if (currentContent().flatMap(ScreenContent::searchField).orElse(null) == field) {
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    /**
     * Builds {@code screen} ahead of its first visit, hidden, without activating it (it loads nothing): the parts
     * of a screen join the window over several long frames the first time (up to about 90 ms on the 2-core
     * machine), which an idle window can spend where a navigation cannot. Nothing happens before
     * {@link #showScreens()}, or for a screen built already.
     */
    public void prepare(Screen screen) {
        if (!screensShown.isDone() || views.containsKey(screen.id())) {
            return;
        }
        screens.content(screen).ifPresent(content -> {
            views.put(screen.id(), content.view());
            host.prepare(content.view());
        });
    }

    /** The content of the current screen, if it has one registered. */
    public Optional<ScreenContent> currentContent() {
        return Optional.ofNullable(current);
    }

    /** Completes once the current screen is built and shows its first data (at once for an empty state). */
    public CompletionStage<Void> currentReady() {
        return screensShown.thenCompose(v -> current == null ? CompletableFuture.completedFuture(null) : current.ready());
    }

    /** What the screen area shows until {@link #showScreens()}: a plain label, cheap to style and lay out. */
    private static Node loading() {
        Label label = new Label("Loading…");
        label.setId("screen-loading");
        label.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane.setAlignment(label, Pos.CENTER);
        return label;
    }

    private void show(Screen screen) {
        if (current != null) {
            current.deactivate();
        }
        current = screens.content(screen).orElse(null);
        Node view = current == null ? EmptyState.of(screen) : current.view();
        Node previous = views.put(screen.id(), view);
        if (previous != null && previous != view) {
            host.remove(previous);
        }
        host.remove(loading);
        host.show(view);
        if (current != null) {
            current.activate();
        }
    }
}
