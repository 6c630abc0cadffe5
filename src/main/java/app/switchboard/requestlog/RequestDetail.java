package app.switchboard.requestlog;

import app.switchboard.twilio.RequestRecord.Header;
import java.util.List;

/**
 * One attempt opened in full.
 *
 * @param retryChain the first attempt and all its retries, oldest first (just this row when never retried)
 */
public record RequestDetail(
        RequestRow row,
        List<Header> requestHeaders,
        List<Header> responseHeaders,
        String requestBody,
        String responseBody,
        long requestBytes,
        long responseBytes,
        List<RequestRow> retryChain) {

    public RequestDetail {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
        retryChain = List.copyOf(retryChain);
    }

    /** Round trip minus Twilio's own processing time: the network and queueing share, or null when unknown. */
    public Double networkMillis() {
        Double server = row.twilioDurationSeconds();
        return server == null ? null : Math.max(0, row.roundTripMillis() - server * 1000);
    }

    public String header(List<Header> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst().orElse(null);
    }
}
