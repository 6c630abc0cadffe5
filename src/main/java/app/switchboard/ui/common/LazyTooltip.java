package app.switchboard.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip built the first time the mouse enters its control. A tooltip is a popup window with a scene of
 * its own: the window's chrome has a dozen, and building them all delayed the first frame for nothing. The
 * text is the control's accessible help at once, as an installed tooltip's would be.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    public static void install(Control control, String text) {
        install(control, new ReadOnlyStringWrapper(text));
    }

    /** A tooltip whose text follows {@code text}. */
    public static void install(Control control, ObservableValue<String> text) {
        control.accessibleHelpProperty().bind(text);
        EventHandler<MouseEvent> onFirstEnter = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                // The tooltip's own handlers follow the mouse moves from here on.
                Tooltip tooltip = new Tooltip();
                tooltip.textProperty().bind(text);
                control.setTooltip(tooltip);
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, onFirstEnter);
    }
}
