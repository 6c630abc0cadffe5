package app.switchboard.ui.debugger;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the system clipboard. Values shown here are already masked; secrets never reach it. */
final class Copy {

    private Copy() {
    }

    static void text(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
