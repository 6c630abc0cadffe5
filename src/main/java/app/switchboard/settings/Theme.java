package app.switchboard.settings;

/** The colour theme the user chose; {@code SYSTEM} follows the operating system. */
public enum Theme {
    SYSTEM("Follow system"), LIGHT("Light"), DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
