package app.switchboard.keys;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a restricted key's permission list before it is sent: Twilio allows at most 100 permissions,
 * each of the form {@code /twilio/<product>/<resource...>/<action>} (twilio-api-facts §2.1, §2.4).
 */
public final class Permissions {
    public static final int MAX = 100;
    private static final Pattern FORM = Pattern.compile("^/twilio(/[a-z0-9][a-z0-9-]*){2,5}/(read|create|update|delete)$");

    /** Examples offered as completions in the permission editor. */
    public static final List<String> COMMON = List.of(
            "/twilio/messaging/messages/create",
            "/twilio/messaging/messages/read",
            "/twilio/messaging/messages/delete",
            "/twilio/voice/calls/create",
            "/twilio/voice/calls/read",
            "/twilio/voice/calls/update",
            "/twilio/voice/recordings/read",
            "/twilio/voice/recordings/delete",
            "/twilio/phone-numbers/incoming-phone-numbers/read",
            "/twilio/phone-numbers/incoming-phone-numbers/update",
            "/twilio/verify/services/read",
            "/twilio/verify/verifications/create",
            "/twilio/lookups/phone-numbers/read",
            "/twilio/monitor/alerts/read",
            "/twilio/monitor/events/read");

    private Permissions() {
    }

    /** Every problem with the list, one message each; empty when it can be sent. */
    public static List<String> problems(List<String> permissions) {
        List<String> problems = new ArrayList<>();
        if (permissions.isEmpty()) {
            problems.add("A restricted key needs at least one permission.");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String p : permissions) {
            if (!FORM.matcher(p).matches()) {
                problems.add("'" + p + "' is not a permission: expected /twilio/<product>/<resource>/<read|create|update|delete>.");
            } else if (!seen.add(p)) {
                problems.add("'" + p + "' is listed twice.");
            }
        }
        if (permissions.size() > MAX) {
            problems.add("Twilio allows at most " + MAX + " permissions per key; this list has " + permissions.size() + ".");
        }
        return problems;
    }
}
