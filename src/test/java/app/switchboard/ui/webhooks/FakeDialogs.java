package app.switchboard.ui.webhooks;

import app.switchboard.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** Records dialogs instead of showing them. */
final class FakeDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();

    @Override
    public void showError(String title, String message, String details) {
        errors.add(title + ": " + message);
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
    }
}
