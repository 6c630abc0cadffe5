package app.switchboard.keys;

import java.time.Instant;

/**
 * Something that happened to a key: from Twilio's Monitor Events (source "twilio") or from Switchboard's
 * own audit log (source "switchboard").
 *
 * @param who the actor: a user or account SID from Twilio, the OS user from Switchboard
 */
public record KeyEvent(Instant time, String source, String type, String who, String detail) {
}
