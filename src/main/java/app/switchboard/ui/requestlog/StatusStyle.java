package app.switchboard.ui.requestlog;

import app.switchboard.requestlog.RequestRow;

/** The CSS class that colours a request by its outcome. */
final class StatusStyle {

    private StatusStyle() {
    }

    static String of(RequestRow r) {
        if (r.status() == 0) {
            return "status-failed";
        }
        if (r.status() == 429) {
            return "status-throttled";
        }
        return "status-" + r.statusClass() + "xx";
    }
}
