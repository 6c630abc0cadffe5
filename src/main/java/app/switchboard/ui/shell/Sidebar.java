package app.switchboard.ui.shell;

import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.LazyTooltip;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The navigation column: the app's name and one toggle per {@link Screen}, following the current screen. */
public final class Sidebar extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    public Sidebar(ShellViewModel vm) {
        getStyleClass().add("sidebar");
        FontIcon logo = Icons.of(AppIcon.SWAP_HORIZONTAL_BOLD, 22);
        logo.getStyleClass().add("sidebar-logo");
        Label name = new Label("Switchboard");
        name.getStyleClass().addAll(Styles.TITLE_4, "sidebar-title");
        HBox brand = new HBox(8, logo, name);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("sidebar-brand");
        getChildren().add(brand);
        for (Screen screen : Screen.ALL) {
            if (screen == Screen.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                getChildren().add(spacer);
            }
            getChildren().add(button(vm, screen));
        }
        vm.screenProperty().addListener((o, was, now) -> select(now));
        select(vm.screenProperty().get());
        // A toggle group lets the selected toggle be clicked off; keep exactly one selected.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
    }

    private ToggleButton button(ShellViewModel vm, Screen screen) {
        ToggleButton b = new ToggleButton(screen.title(), Icons.of(screen.icon()));
        b.setToggleGroup(group);
        b.setUserData(screen);
        b.setId("nav-" + screen.id());
        b.getStyleClass().add("nav-item");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        LazyTooltip.install(b, screen.title() + "  (Ctrl+" + screen.number() + ")");
        b.setOnAction(e -> vm.navigate(screen));
        return b;
    }

    private void select(Screen screen) {
        group.getToggles().stream().filter(t -> t.getUserData() == screen).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }
}
