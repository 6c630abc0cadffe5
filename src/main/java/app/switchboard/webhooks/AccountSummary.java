package app.switchboard.webhooks;

/**
 * One row of the security matrix. Counts cover effective webhooks only (Twilio never calls an overridden
 * URL); certificate counts are distinct https host:port endpoints.
 *
 * @param failingCertificates endpoints whose certificate is rejected or whose TLS handshake fails
 * @param expiringSoon        endpoints with a valid certificate expiring within 30 days
 * @param unreachable         endpoints that refuse, time out or do not resolve
 */
public record AccountSummary(String accountSid, String accountName, String parentSid, int webhooks,
                             int httpWebhooks, int credentialsInUrl, int failingCertificates, int expiringSoon,
                             int unreachable, Severity worst, Attestation attestation, String error) {

    public boolean subaccount() {
        return parentSid != null;
    }
}
