package app.switchboard.ui.wiring;

import app.switchboard.accounts.AccountNode;
import app.switchboard.accounts.AccountStatus;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.SubaccountTree;
import app.switchboard.twilio.Account;
import app.switchboard.twilio.AccountClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The account client of the active workspace (a profile, or the demo sandbox), which every screen's
 * Twilio calls go through. Screens are built before the client exists (the first frame does not wait for
 * the sandbox), so callers on background threads wait for it here, up to a bound.
 */
final class Session {
    private static final long WAIT_SECONDS = 60;

    private volatile CompletableFuture<AccountClient> parent = new CompletableFuture<>();
    private volatile String selectedSid;
    private volatile boolean demo = true;
    private volatile Profile profile;
    private volatile String credentialSid;
    private final java.util.Map<String, String> accountNames = new java.util.concurrent.ConcurrentHashMap<>();
    /** Accounts change rarely: every screen reads this list, so it is fetched once a minute at most. */
    private volatile CachedAccounts accounts;

    private record CachedAccounts(String parentSid, long fetchedAtNanos, List<Account> list) {
    }

    /** The client of the workspace's main account; blocks (off the FX thread) until it is ready. */
    AccountClient parent() {
        try {
            return parent.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the connection", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("No connection: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The connection is still starting; try again in a moment.", e);
        }
    }

    /** The client acting on {@code accountSid}: the main account's own, or a subaccount reached with its credentials. */
    AccountClient on(String accountSid) {
        AccountClient p = parent();
        return accountSid == null || accountSid.equals(p.accountSid()) ? p : p.forSubaccount(accountSid);
    }

    void connected(AccountClient client, boolean isDemo) {
        connected(client, isDemo, null);
    }

    void connected(AccountClient client, boolean isDemo, Profile forProfile) {
        demo = isDemo;
        profile = forProfile;
        credentialSid = client.credentials().credentialSid();
        selectedSid = client.accountSid();
        if (!parent.complete(client)) {
            parent = CompletableFuture.completedFuture(client);
        }
    }

    void failed(Throwable why) {
        if (!parent.completeExceptionally(why)) {
            parent = CompletableFuture.failedFuture(why);
        }
    }

    /** A new workspace is being connected: callers wait for it instead of using the old one. */
    void reconnecting() {
        if (parent.isDone()) {
            parent = new CompletableFuture<>();
        }
    }

    boolean isDemo() {
        return demo;
    }

    /** The profile connected, or null for the demo. */
    Profile profile() {
        return profile;
    }

    /** The SID Switchboard signs in with (SK… or AC…); null until connected. Never blocks. */
    String credentialSid() {
        return credentialSid;
    }

    /** The selected account if connected, else null. Never blocks (the status bar asks every second). */
    String selectedSidIfKnown() {
        return selectedSid;
    }

    void select(String accountSid) {
        selectedSid = accountSid;
    }

    /** The selected (sub)account, or the main account until one is chosen. */
    String selectedSid() {
        String s = selectedSid;
        return s != null ? s : parent().accountSid();
    }

    /**
     * The accounts a screen covers: the selected subaccount alone, or, with the main account selected, the
     * main account and every subaccount that is not closed.
     */
    List<String> accountsInScope() {
        AccountClient p = parent();
        String selected = selectedSid();
        if (!selected.equals(p.accountSid())) {
            return List.of(selected);
        }
        List<String> sids = new ArrayList<>();
        sids.add(p.accountSid());
        for (Account a : accounts()) {
            if (!a.sid().equals(p.accountSid()) && !"closed".equals(a.status())) {
                sids.add(a.sid());
            }
        }
        return sids;
    }

    /** The workspace's accounts (main and subaccounts), from a cache refreshed after a minute. */
    List<Account> accounts() {
        AccountClient p = parent();
        CachedAccounts c = accounts;
        if (c == null || !c.parentSid().equals(p.accountSid())
                || System.nanoTime() - c.fetchedAtNanos() > TimeUnit.MINUTES.toNanos(1)) {
            List<Account> list = p.accounts().list().toList();
            for (Account a : list) {
                if (a.friendlyName() != null) {
                    accountNames.put(a.sid(), a.friendlyName());
                }
            }
            c = new CachedAccounts(p.accountSid(), System.nanoTime(), List.copyOf(list));
            accounts = c;
        }
        return c.list();
    }

    /** Forgets the cached accounts, for an explicit refresh. */
    void forgetAccounts() {
        accounts = null;
    }

    /** An account's friendly name once listed, else its SID. */
    String accountName(String sid) {
        return accountNames.getOrDefault(sid, sid);
    }

    /** The workspace's main account and its subaccounts as the shell shows them. */
    SubaccountTree tree() {
        return treeOf(parent().accountSid(), accounts());
    }

    /** The accounts {@code client} sees, as the shell shows them (for testing a profile before it is saved). */
    static SubaccountTree treeOf(AccountClient client) {
        return treeOf(client.accountSid(), client.accounts().list().toList());
    }

    private static SubaccountTree treeOf(String mainSid, List<Account> accounts) {
        List<AccountNode> nodes = new ArrayList<>();
        for (Account a : accounts) {
            nodes.add(new AccountNode(a.sid(), a.friendlyName(), AccountStatus.parse(a.status()), a.type(),
                    a.ownerAccountSid()));
        }
        return SubaccountTree.of(mainSid, nodes);
    }
}
