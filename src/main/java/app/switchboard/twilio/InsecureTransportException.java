package app.switchboard.twilio;

import java.io.IOException;

/** Raised instead of sending credentials over plain http to a non-loopback host. */
final class InsecureTransportException extends IOException {
    InsecureTransportException(String message) {
        super(message);
    }
}
