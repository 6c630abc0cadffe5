package app.switchboard.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

    @Test
    void listenersHearSwitchesAndSelectionsOnce() {
        Workspace w = new Workspace();
        List<String> heard = new ArrayList<>();
        w.addListener((target, sid) -> heard.add(target.displayName() + ":" + sid));
        Profile p = new Profile("Prod", ProfileValidatorTest.AC, CredentialKind.API_KEY, ProfileValidatorTest.SK, null, null, null);
        w.switchTo(new WorkspaceTarget(p), p.accountSid());
        w.switchTo(new WorkspaceTarget(p), p.accountSid());
        w.selectAccount("AC" + "1".repeat(32));
        w.switchTo(WorkspaceTarget.DEMO, null);
        assertEquals(List.of("Prod:" + p.accountSid(), "Prod:AC" + "1".repeat(32), "Demo workspace:null"), heard);
    }

    @Test
    void treeSortsSubaccountsAndLeavesOutTheMain() {
        String main = ProfileValidatorTest.AC;
        SubaccountTree t = SubaccountTree.of(main, List.of(
                new AccountNode("AC" + "2".repeat(32), "zeta", AccountStatus.CLOSED, "Trial", main),
                new AccountNode(main, "Main", AccountStatus.ACTIVE, "Full", main),
                new AccountNode("AC" + "1".repeat(32), "Beta", AccountStatus.ACTIVE, "Full", main)));
        assertEquals("Main", t.main().friendlyName());
        assertEquals(List.of("Beta", "zeta"), t.subaccounts().stream().map(AccountNode::friendlyName).toList());
        assertEquals(1, t.count(AccountStatus.CLOSED));
    }
}
