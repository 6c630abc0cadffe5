package app.switchboard.ui.traffic;

import app.switchboard.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** A DialogService that records what a view model showed. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> notifications = new ArrayList<>();

    @Override
    public void showError(String title, String message, String details) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        return false;
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected, String actionLabel) {
        return false;
    }

    @Override
    public void notify(String title, String message) {
        notifications.add(title + ": " + message);
    }
}
