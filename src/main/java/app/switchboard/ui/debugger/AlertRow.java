package app.switchboard.ui.debugger;

import app.switchboard.debugger.Alert;
import java.util.Locale;

/** One line of the alerts table, with every column already decoded and formatted. */
public record AlertRow(Alert alert, String time, String level, String code, String title, String message,
                       String resourceSid, String requestUrl, String account) {

    /** Case-insensitive match of the free-text filter against every visible column and the SID. */
    boolean matches(String needle) {
        String n = needle.toLowerCase(Locale.ROOT);
        for (String s : new String[] {message, title, code, resourceSid, requestUrl, account, alert.sid()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(n)) {
                return true;
            }
        }
        return false;
    }
}
