package app.switchboard.requestlog.filter;

/** A filter the user typed could not be read; {@link #position()} is the 0-based offset of the problem. */
public final class FilterException extends Exception {
    private final int position;

    public FilterException(String problem, int position) {
        super(problem);
        this.position = position;
    }

    public int position() {
        return position;
    }

    /** The message as shown to users: the problem and its 1-based column. */
    public String describe() {
        return getMessage() + " (at column " + (position + 1) + ")";
    }
}
