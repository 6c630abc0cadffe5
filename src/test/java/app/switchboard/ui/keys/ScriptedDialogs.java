package app.switchboard.ui.keys;

import app.switchboard.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** A DialogService that answers as scripted and records what was shown. */
final class ScriptedDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    boolean answer = true;
    /** What the user types in typed confirmations; null means "types exactly what is expected". */
    String typed;

    @Override
    public void showError(String title, String message, String details) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        confirmations.add(title + ": " + message);
        return answer;
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected, String actionLabel) {
        confirmations.add(title + ": " + message);
        return answer && (typed == null || typed.equals(expected));
    }

    @Override
    public void notify(String title, String message) {
    }
}
