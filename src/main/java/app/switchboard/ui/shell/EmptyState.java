package app.switchboard.ui.shell;

import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A centred icon, title and hint for a screen (or a part of one) with nothing to show. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon icon, String title, String message) {
        FontIcon graphic = Icons.of(icon, 56);
        graphic.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label(message);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setAlignment(Pos.CENTER);
        getChildren().addAll(graphic, heading, hint);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(10);
    }

    /** The empty state of a whole screen. */
    public static EmptyState of(Screen screen) {
        return new EmptyState(screen.icon(), screen.emptyTitle(), screen.emptyMessage());
    }
}
