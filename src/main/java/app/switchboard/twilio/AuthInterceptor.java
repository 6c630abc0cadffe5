package app.switchboard.twilio;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds Basic auth, and refuses to do so over plain http except to loopback (DESIGN §4). */
final class AuthInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        TwilioCall call = request.tag(TwilioCall.class);
        if (call == null) {
            return chain.proceed(request);
        }
        try {
            Hosts.requireSecureTransport(request.url());
        } catch (IllegalArgumentException e) {
            throw new InsecureTransportException(e.getMessage());
        }
        return chain.proceed(request.newBuilder().header("Authorization", call.credentials().basicAuthHeader()).build());
    }
}
