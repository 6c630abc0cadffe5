package app.switchboard.twilio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/** Plain-language descriptions of network failures, without secrets. */
final class Failures {
    private Failures() {
    }

    static String describe(IOException e, HttpUrl url) {
        String where = url.host() + ":" + url.port();
        if (e instanceof InsecureTransportException) {
            return e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "Unknown host " + url.host() + " (check the base URL, --edge/--region and the network).";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "Could not connect to " + where + " (connection refused or unreachable).";
        }
        if (e instanceof SSLException) {
            return "TLS failure talking to " + where + ": " + Redaction.url(String.valueOf(e.getMessage()));
        }
        if (e instanceof InterruptedIOException) {
            return "Timed out talking to " + where + ".";
        }
        return "Network failure talking to " + where + ": " + Redaction.url(String.valueOf(e.getMessage()));
    }

    /** True when the request surely never reached the server, so even a create can be reported as not done. */
    static boolean surelyNotSent(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e instanceof InsecureTransportException;
    }
}
