package app.switchboard.requestlog;

/**
 * A resource fetched over and over with GET.
 *
 * @param share fraction (0..1) of all requests in the filtered set
 * @param hint  what to do instead: webhooks, or keeping the data locally
 */
public record FetchAdvice(String method, String path, long count, double share, String hint) {

    static String hintFor(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("/calls") || p.contains("/messages") || p.contains("/alerts") || p.contains("/events")
                || p.contains("/recordings") || p.contains("/conferences")) {
            return "Polling for changes: subscribe to status callbacks or webhooks (or Event Streams) instead.";
        }
        if (p.contains("/keys") || p.contains("/accounts") || p.contains("/incomingphonenumbers")
                || p.contains("/applications")) {
            return "Configuration rarely changes: cache it locally and refresh on demand.";
        }
        return "The same resource is fetched repeatedly: cache the result locally or rely on webhooks.";
    }
}
