package app.switchboard.sandbox.world;

/**
 * Origins ({@code scheme://host:port}) of the local webhook targets the seeded URLs point to, one per kind of TLS
 * situation the audit must recognise.
 */
public record WebhookEndpoints(String validHttps, String plainHttp, String selfSigned, String expired,
        String wrongHost, String unreachable) {
}
