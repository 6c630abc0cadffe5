package app.switchboard.debugger;

/** An account the Debugger can read: the profile's main account or one of its subaccounts. */
public record DebuggerAccount(String sid, String friendlyName, boolean main) {

    public String label() {
        return friendlyName == null || friendlyName.isBlank() ? sid : friendlyName;
    }
}
