package app.switchboard.ui.keys;

import app.switchboard.keys.NewKey;

/**
 * Shows a new key's secret exactly once. Returns only after the user confirmed they stored it; the
 * caller wipes the secret afterwards.
 */
@FunctionalInterface
public interface SecretPresenter {
    void showOnce(NewKey key);
}
