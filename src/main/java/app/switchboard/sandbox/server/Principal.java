package app.switchboard.sandbox.server;

/** Who a request authenticated as: the account of the credential, and the credential's kind. */
record Principal(String accountSid, String credentialSid, Kind kind) {
    enum Kind { AUTH_TOKEN, MAIN_KEY, STANDARD_KEY }

    /** Standard and restricted keys may not manage Accounts or Keys (Twilio answers 20003). */
    boolean mayManageAccountsAndKeys() {
        return kind != Kind.STANDARD_KEY;
    }
}
