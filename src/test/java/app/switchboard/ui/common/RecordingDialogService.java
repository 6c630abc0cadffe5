package app.switchboard.ui.common;

import java.util.ArrayList;
import java.util.List;

/** The tests' DialogService: records what a view model showed and answers confirmations as scripted. */
public final class RecordingDialogService implements DialogService {
    /** "title: message" of every error shown. */
    public final List<String> errors = new ArrayList<>();
    /** "title: message" of every notification. */
    public final List<String> notifications = new ArrayList<>();
    /** "title: message" of every confirmation asked. */
    public final List<String> confirmations = new ArrayList<>();
    /** What the user answers to confirmations. */
    public boolean answer = true;
    /** What the user types in typed confirmations; null means exactly what is expected. */
    public String typed;

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
        notifications.add(title + ": " + message);
    }
}
