package app.switchboard.debugger;

/**
 * A long text cut for display, with what is needed to offer "show all". Bodies of several megabytes
 * would freeze a text area; the first {@link #DEFAULT_LIMIT} characters tell the story.
 */
public record TextPreview(String shown, int totalChars, boolean truncated) {

    public static final int DEFAULT_LIMIT = 64 * 1024;

    public static TextPreview of(String text, int limit) {
        String t = text == null ? "" : text;
        if (t.length() <= limit) {
            return new TextPreview(t, t.length(), false);
        }
        int cut = limit;
        if (Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        return new TextPreview(t.substring(0, cut), t.length(), true);
    }

    /** "Showing 65,536 of 5,242,880 characters" */
    public String note() {
        return truncated ? String.format("Showing %,d of %,d characters", shown.length(), totalChars) : "";
    }
}
