package app.switchboard.debugger;

import java.util.List;

/** The accounts of the current profile, main first, then its subaccounts (implemented by the accounts service). */
@FunctionalInterface
public interface AccountDirectory {

    List<DebuggerAccount> accounts();
}
