package app.switchboard.webhooks;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * One thing the audit noticed about a webhook URL or its TLS endpoint.
 *
 * @param code    a stable identifier for scripts (for example {@code PLAIN_HTTP}, {@code CERT_EXPIRED})
 * @param message what is wrong, in words; never contains a secret
 * @param fixHint what the admin can do about it
 */
public record Finding(Severity severity, String code, String message, String fixHint) {

    /** The most severe finding, if any. */
    public static Optional<Severity> worst(Collection<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
    }
}
