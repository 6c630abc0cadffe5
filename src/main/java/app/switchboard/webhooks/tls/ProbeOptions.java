package app.switchboard.webhooks.tls;

import java.time.Duration;

/**
 * Time limits of one probe. Name resolution is bounded by {@code connectTimeout}; {@code total} bounds
 * everything after it (connect and handshake), so a server that trickles bytes cannot hold a probe longer.
 */
public record ProbeOptions(Duration connectTimeout, Duration handshakeTimeout, Duration totalTimeout) {

    public ProbeOptions {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || handshakeTimeout.isNegative()
                || handshakeTimeout.isZero() || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive");
        }
    }

    /** Connect, handshake and total all bounded by one figure. */
    public static ProbeOptions uniform(Duration timeout) {
        return new ProbeOptions(timeout, timeout, timeout);
    }

    public static ProbeOptions defaults() {
        return new ProbeOptions(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }
}
