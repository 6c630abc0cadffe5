package app.switchboard.webhooks;

/** How urgently a finding needs attention; ordered from worst to merely informative. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
