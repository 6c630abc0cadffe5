package app.switchboard.ui.shell;

import app.switchboard.ui.common.AppIcon;
import java.util.List;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the sidebar. {@code id} names the screen in settings and snapshot files; the empty state is
 * what users see until the screen has content to show.
 */
public record Screen(String id, String title, Ikon icon, String emptyTitle, String emptyMessage) {

    public static final Screen ACCOUNTS = new Screen("accounts", "Accounts", AppIcon.ACCOUNT_MULTIPLE_OUTLINE,
            "No accounts yet", "Add a profile to manage a Twilio account.");
    public static final Screen KEYS = new Screen("keys", "API Keys", AppIcon.KEY_VARIANT,
            "No API keys to show", "Keys of the selected account will be listed here.");
    public static final Screen TRAFFIC = new Screen("traffic", "Live Traffic", AppIcon.CHART_TIMELINE_VARIANT,
            "No traffic yet", "Concurrency and request durations appear as requests are made.");
    public static final Screen DEBUGGER = new Screen("debugger", "Debugger", AppIcon.BUG_OUTLINE,
            "No alerts", "Debugger alerts of the selected account will be listed here.");
    public static final Screen WEBHOOKS = new Screen("webhooks", "Webhooks & TLS", AppIcon.WEBHOOK,
            "No webhooks found", "Webhook URLs and their TLS audit will be listed here.");
    public static final Screen LOG = new Screen("log", "Request Log", AppIcon.TEXT_BOX_SEARCH_OUTLINE,
            "No requests logged", "Every API request Switchboard makes will be listed here.");
    public static final Screen SETTINGS = new Screen("settings", "Settings", AppIcon.COG_OUTLINE,
            "No settings", "");

    /** The sidebar, in order; Ctrl+1 … Ctrl+7 follow this order. */
    public static final List<Screen> ALL = List.of(ACCOUNTS, KEYS, TRAFFIC, DEBUGGER, WEBHOOKS, LOG, SETTINGS);

    public static Optional<Screen> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The same screen: the same id. Written out because a record's generated equals is linked on its first call,
     * which cost the first navigation 10-15 ms on the FX thread (a property compares old and new values).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Screen other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** 1-based position, used for the Ctrl+N shortcut. */
    public int number() {
        return ALL.indexOf(this) + 1;
    }
}
