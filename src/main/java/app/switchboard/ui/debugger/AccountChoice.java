package app.switchboard.ui.debugger;

/** An entry of the account filter: one account, or every account of the profile ({@code sid == null}). */
public record AccountChoice(String sid, String label) {

    public static final AccountChoice ALL = new AccountChoice(null, "All accounts");

    public boolean all() {
        return sid == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
