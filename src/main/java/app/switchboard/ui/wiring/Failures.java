package app.switchboard.ui.wiring;

import app.switchboard.accounts.TwilioFailure;
import app.switchboard.twilio.TwilioException;

/** Turns failures into what screens show: Twilio's code, message, docs link and request id when there is one. */
final class Failures {

    private Failures() {
    }

    /** The text for an error dialog or status line. */
    static String describe(Throwable t) {
        Throwable cause = t;
        while (cause != null) {
            if (cause instanceof TwilioException) {
                return ((TwilioException) cause).userMessage();
            }
            cause = cause.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static TwilioFailure of(Throwable t) {
        if (t instanceof TwilioException) {
            TwilioException e = (TwilioException) t;
            TwilioFailure.Kind kind = e.isNoResponse() ? TwilioFailure.Kind.UNREACHABLE
                    : e.status() == 401 || e.status() == 403 || Integer.valueOf(20003).equals(e.code())
                    ? TwilioFailure.Kind.AUTHENTICATION : TwilioFailure.Kind.OTHER;
            String message = e.hint() == null ? e.twilioMessage() : e.twilioMessage() + " (" + e.hint() + ")";
            return new TwilioFailure(kind, e.status(), e.code() == null ? 0 : e.code(), message, e.moreInfo(),
                    e.requestId());
        }
        return new TwilioFailure(TwilioFailure.Kind.OTHER, 0, 0, describe(t), null, null);
    }
}
