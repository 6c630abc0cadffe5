package app.switchboard.sandbox.server;

/** A handler's answer: status and a JSON-serialisable body (null for 204). */
record Reply(int status, Object body) {
    static Reply ok(Object body) {
        return new Reply(200, body);
    }

    static Reply created(Object body) {
        return new Reply(201, body);
    }

    static Reply deleted() {
        return new Reply(204, null);
    }
}
