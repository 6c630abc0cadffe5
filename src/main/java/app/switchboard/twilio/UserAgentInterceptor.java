package app.switchboard.twilio;

import app.switchboard.Version;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** {@code switchboard/<version> (<os> <arch>) java/<version>} on every request. */
final class UserAgentInterceptor implements Interceptor {
    static final String USER_AGENT = "switchboard/" + Version.get() + " (" + System.getProperty("os.name") + " "
            + System.getProperty("os.arch") + ") java/" + System.getProperty("java.version");

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT)
                .header("Accept", "application/json").build());
    }
}
