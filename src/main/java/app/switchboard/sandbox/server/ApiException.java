package app.switchboard.sandbox.server;

/** An answer with Twilio's error body {@code {code, message, more_info, status}}. */
final class ApiException extends RuntimeException {
    final int status;
    final int code;

    ApiException(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiException notFound(String path) {
        return new ApiException(404, 20404, "The requested resource " + path + " was not found");
    }

    static ApiException badRequest(int code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException permissionDenied() {
        return new ApiException(401, 20003, "Authenticate");
    }
}
