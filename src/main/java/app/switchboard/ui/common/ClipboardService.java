package app.switchboard.ui.common;

import java.time.Duration;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Copies text to the system clipboard. For secrets, {@link #copySecret} clears the clipboard after a
 * while, but only if it still holds what was copied, so the user's later copies are never lost.
 */
public final class ClipboardService {

    private final TaskRunner tasks;

    public ClipboardService(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Copies {@code text}; call on the FX thread. */
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Copies a secret and clears it after {@code clearAfter} if nobody copied something else meanwhile. */
    public void copySecret(char[] secret, Duration clearAfter) {
        String text = new String(secret);
        copy(text);
        TaskRunner.Cancellable[] handle = new TaskRunner.Cancellable[1];
        handle[0] = tasks.every(clearAfter, () -> {
            handle[0].cancel();
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (text.equals(clipboard.getString())) {
                clipboard.clear();
            }
        });
    }
}
