package app.switchboard.requestlog;

import java.time.Duration;

/**
 * Limits of the request log, set in Settings.
 *
 * @param maxAge        records older than this are deleted
 * @param maxRows       at most this many records are kept (the oldest go first)
 * @param maxBytes      the database is kept under about this size
 * @param bodyCapChars  request and response bodies are cut at this many characters
 * @param queueCapacity records waiting to be written; beyond it new ones are dropped and counted
 */
public record RequestLogSettings(Duration maxAge, long maxRows, long maxBytes, int bodyCapChars, int queueCapacity) {

    public static RequestLogSettings defaults() {
        return new RequestLogSettings(Duration.ofDays(30), 2_000_000, 1024L * 1024 * 1024, 64 * 1024, 20_000);
    }

    public RequestLogSettings {
        if (maxAge.isNegative() || maxRows < 1 || maxBytes < 1 || bodyCapChars < 0 || queueCapacity < 1) {
            throw new IllegalArgumentException("request log limits must be positive");
        }
    }
}
