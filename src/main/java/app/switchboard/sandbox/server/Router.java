package app.switchboard.sandbox.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps method + path to a handler; a known path with an unknown method is a 405, an unknown path a 404. */
final class Router {

    /**
     * How a route is guarded and whether a POST there creates something (for the drop-create fault). PUBLIC
     * routes (the status page) take no credentials and count against no account's concurrency.
     */
    enum Guard { PUBLIC, ANY_CREDENTIAL, ACCOUNTS_AND_KEYS }

    record Route(String method, Pattern pattern, Guard guard, boolean creates, Function<Call, Reply> handler) {
    }

    record Found(Route route, Matcher matcher) {
    }

    static final String SID = "([A-Za-z]{2}[0-9a-fA-F]{32})";

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String regex, Guard guard, Function<Call, Reply> handler) {
        routes.add(new Route(method, Pattern.compile(regex), guard, false, handler));
        return this;
    }

    Router addCreate(String regex, Guard guard, Function<Call, Reply> handler) {
        routes.add(new Route("POST", Pattern.compile(regex), guard, true, handler));
        return this;
    }

    Found find(String method, String path) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(path);
            if (m.matches()) {
                if (route.method().equals(method)) {
                    return new Found(route, m);
                }
                pathKnown = true;
            }
        }
        if (pathKnown) {
            throw new ApiException(405, 20004, "Method not allowed");
        }
        throw ApiException.notFound(path);
    }
}
