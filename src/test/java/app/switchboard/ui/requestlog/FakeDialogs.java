package app.switchboard.ui.requestlog;

import app.switchboard.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** Records what a view model tried to show. */
final class FakeDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public void showError(String title, String message, String details) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        return true;
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected, String actionLabel) {
        return true;
    }

    @Override
    public void notify(String title, String message) {
        notes.add(message);
    }
}
