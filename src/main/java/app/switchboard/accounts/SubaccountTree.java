package app.switchboard.accounts;

import java.util.Comparator;
import java.util.List;

/** The main account of a profile and its subaccounts (Twilio nests one level only). */
public record SubaccountTree(AccountNode main, List<AccountNode> subaccounts) {

    public SubaccountTree {
        subaccounts = subaccounts.stream()
                .filter(a -> !a.sid().equals(main.sid()))
                .sorted(Comparator.comparing(AccountNode::status).thenComparing(AccountNode::friendlyName,
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Builds the tree from Twilio's account list, whose first page includes the main account itself. */
    public static SubaccountTree of(String mainSid, List<AccountNode> accounts) {
        AccountNode main = accounts.stream().filter(a -> a.sid().equals(mainSid)).findFirst()
                .orElse(new AccountNode(mainSid, mainSid, AccountStatus.ACTIVE, "Full", mainSid));
        return new SubaccountTree(main, accounts);
    }

    public long count(AccountStatus status) {
        return subaccounts.stream().filter(a -> a.status() == status).count();
    }
}
