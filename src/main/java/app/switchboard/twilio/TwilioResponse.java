package app.switchboard.twilio;

import okhttp3.Headers;

/** A successful answer, fully read. */
public record TwilioResponse(int status, String body, Headers headers) {
}
