package app.switchboard.accounts;

/** Lists the accounts of the active workspace (its main account and subaccounts). Called off the FX thread. */
@FunctionalInterface
public interface AccountDirectory {

    /** @throws AccountsException with a message for the user (Twilio code, request id) when listing fails */
    SubaccountTree load(WorkspaceTarget target) throws AccountsException;

    /** A directory for when nothing can be listed yet (before the services are wired). */
    static AccountDirectory none() {
        return target -> {
            throw new AccountsException("No accounts to show.");
        };
    }
}
