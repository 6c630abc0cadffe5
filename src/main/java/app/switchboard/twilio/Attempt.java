package app.switchboard.twilio;

/** Tag carried by each attempt of a call so the capture step can number and link it. */
record Attempt(long id, long parentId, int number, TwilioCall call) {
}
