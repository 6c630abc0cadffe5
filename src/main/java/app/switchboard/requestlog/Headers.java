package app.switchboard.requestlog;

import app.switchboard.twilio.RequestRecord.Header;
import java.util.ArrayList;
import java.util.List;

/** Headers stored as {@code Name: value} lines, redacted on the way in. */
final class Headers {

    private Headers() {
    }

    static String encode(List<Header> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Header h : headers) {
            String value = Redactor.header(h.name(), h.value()).replace('\n', ' ').replace('\r', ' ');
            sb.append(h.name().replace('\n', ' ').replace(':', ' ')).append(": ").append(value).append('\n');
        }
        return sb.toString();
    }

    static List<Header> decode(String text) {
        List<Header> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                out.add(new Header(line.substring(0, colon), line.substring(colon + 2)));
            }
        }
        return out;
    }
}
