package app.switchboard.webhooks;

/** A probe target: an ASCII host name (punycode for IDNs) or IP literal without brackets, and a port. */
public record HostPort(String host, int port) {

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
