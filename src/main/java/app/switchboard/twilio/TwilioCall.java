package app.switchboard.twilio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * One logical request to Twilio, before retries.
 *
 * @param method      GET, POST or DELETE
 * @param url         full URL with query
 * @param form        form fields for POST (empty otherwise)
 * @param credentials who authenticates
 * @param accountSid  the account the request acts for (may be a subaccount of the credentials' account)
 * @param create      true for a POST that creates something: never retried after an ambiguous failure,
 *                    which is reported as {@link AmbiguousCreateException}
 */
public record TwilioCall(String method, HttpUrl url, Map<String, String> form, Credentials credentials, String accountSid,
        boolean create) {

    public TwilioCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentials, "credentials");
        form = form == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    /** GET and DELETE may be repeated safely after a 5xx or a lost connection. */
    boolean idempotent() {
        return method.equals("GET") || method.equals("DELETE");
    }
}
