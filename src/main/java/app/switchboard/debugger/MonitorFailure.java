package app.switchboard.debugger;

import java.util.Locale;

/** What a failed Monitor call means for the user. */
public enum MonitorFailure {
    /** 404 / 20404 / 20003 on Monitor: the account has no Debugger here (IE1/AU1 accounts) or no access to it. */
    UNAVAILABLE,
    /** 429 / 20429: too many requests; poll slower. */
    RATE_LIMITED,
    /** Anything else: network, 5xx, a bug. */
    OTHER;

    public static MonitorFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MonitorException) {
                MonitorException e = (MonitorException) t;
                if (e.httpStatus() == 429 || e.twilioCode() == 20429) {
                    return RATE_LIMITED;
                }
                if (e.httpStatus() == 404 || e.twilioCode() == 20404) {
                    return UNAVAILABLE;
                }
                return OTHER;
            }
        }
        return OTHER;
    }

    /**
     * True when the profile's processing region has no Debugger: Twilio runs Monitor Alerts in US1 only,
     * so asking an IE1/AU1 account would only produce errors.
     */
    public static boolean regionHasDebugger(String region) {
        return region == null || region.isBlank() || region.trim().toLowerCase(Locale.ROOT).equals("us1");
    }

    /** The one explanation shown instead of an error per request. */
    public static String unavailableExplanation(String region) {
        String where = region == null || region.isBlank() ? "this account's region" : region.toUpperCase(Locale.ROOT);
        return "Twilio's Debugger (Monitor Alerts) exists only in the US1 region, so there are no alerts to show for "
                + where + ". Accounts processed in IE1 or AU1 keep their error logs in the Twilio Console of that region.";
    }
}
