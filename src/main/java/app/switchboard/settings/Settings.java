package app.switchboard.settings;

/**
 * Everything the app remembers between runs (never a secret). A plain mutable bean because Gson fills it
 * and several features read their own values; defaults apply to fields missing from an older file.
 */
public final class Settings {

    public static final int DEFAULT_KEY_MAX_AGE_DAYS = 90;
    public static final int DEFAULT_SAMPLER_SECONDS = 5;
    public static final int MIN_SAMPLER_SECONDS = 1;

    private Theme theme = Theme.SYSTEM;
    private WindowBounds window;
    private String lastScreen = "accounts";
    /** Name of the active profile; null means the Demo workspace. */
    private String activeProfile;
    /** "keychain" or "file"; null until the user (or the probe) decided. */
    private String secretStore;
    private int keyMaxAgeDays = DEFAULT_KEY_MAX_AGE_DAYS;
    private int logRetentionDays = 30;
    private int logRetentionRows = 100_000;
    private int logRetentionMegabytes = 200;
    private int samplerIntervalSeconds = DEFAULT_SAMPLER_SECONDS;

    /** Where and how big the main window was. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Theme getTheme() {
        return theme == null ? Theme.SYSTEM : theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public WindowBounds getWindow() {
        return window;
    }

    public void setWindow(WindowBounds window) {
        this.window = window;
    }

    public String getLastScreen() {
        return lastScreen;
    }

    public void setLastScreen(String lastScreen) {
        this.lastScreen = lastScreen;
    }

    public String getActiveProfile() {
        return activeProfile;
    }

    public void setActiveProfile(String activeProfile) {
        this.activeProfile = activeProfile;
    }

    public String getSecretStore() {
        return secretStore;
    }

    public void setSecretStore(String secretStore) {
        this.secretStore = secretStore;
    }

    public int getKeyMaxAgeDays() {
        return keyMaxAgeDays;
    }

    public void setKeyMaxAgeDays(int days) {
        this.keyMaxAgeDays = Math.max(1, days);
    }

    public int getLogRetentionDays() {
        return logRetentionDays;
    }

    public void setLogRetentionDays(int days) {
        this.logRetentionDays = Math.max(1, days);
    }

    public int getLogRetentionRows() {
        return logRetentionRows;
    }

    public void setLogRetentionRows(int rows) {
        this.logRetentionRows = Math.max(100, rows);
    }

    public int getLogRetentionMegabytes() {
        return logRetentionMegabytes;
    }

    public void setLogRetentionMegabytes(int megabytes) {
        this.logRetentionMegabytes = Math.max(1, megabytes);
    }

    public int getSamplerIntervalSeconds() {
        return Math.max(MIN_SAMPLER_SECONDS, samplerIntervalSeconds);
    }

    public void setSamplerIntervalSeconds(int seconds) {
        this.samplerIntervalSeconds = Math.max(MIN_SAMPLER_SECONDS, seconds);
    }
}
