package app.switchboard.ui.traffic;

import javafx.scene.paint.Color;

/** Series colours that stay apart on light and dark themes, one per charted account (by position). */
final class TrafficPalette {

    private static final Color[] ACCOUNTS = {
        Color.web("#3b82f6"), Color.web("#f59e0b"), Color.web("#10b981"), Color.web("#a855f7"),
        Color.web("#ec4899"), Color.web("#14b8a6"), Color.web("#eab308"), Color.web("#6366f1"),
        Color.web("#84cc16"), Color.web("#f97316"),
    };
    /** The second metric of a single account (round trip next to server duration). */
    static final Color SECOND = Color.web("#f59e0b");
    static final Color WARNING = Color.web("#f59e0b");

    private TrafficPalette() {
    }

    static Color account(int position) {
        return ACCOUNTS[position % ACCOUNTS.length];
    }

    /** "AC1234…cdef": enough to tell accounts apart in a legend. */
    static String shortSid(String sid) {
        return sid.length() <= 12 ? sid : sid.substring(0, 6) + "\u2026" + sid.substring(sid.length() - 4);
    }
}
