package app.switchboard.accounts;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The current workspace (a profile or the demo) and the (sub)account selected in it. Screens follow it:
 * when either changes, listeners are told, on the thread that made the change.
 */
public final class Workspace {

    /** Told after the target or the selected account changed. */
    @FunctionalInterface
    public interface Listener {
        void changed(WorkspaceTarget target, String accountSid);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile WorkspaceTarget target = WorkspaceTarget.DEMO;
    private volatile String accountSid;

    public WorkspaceTarget target() {
        return target;
    }

    /** The selected (sub)account SID; null until known (for the demo, until the sandbox has started). */
    public String accountSid() {
        return accountSid;
    }

    /** Switches to another profile (or the demo); the selection goes to its main account. */
    public void switchTo(WorkspaceTarget newTarget, String mainAccountSid) {
        Objects.requireNonNull(newTarget);
        if (newTarget.equals(target) && Objects.equals(mainAccountSid, accountSid)) {
            return;
        }
        target = newTarget;
        accountSid = mainAccountSid;
        fire();
    }

    /** Selects a (sub)account within the current workspace. */
    public void selectAccount(String sid) {
        if (!Objects.equals(sid, accountSid)) {
            accountSid = sid;
            fire();
        }
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire() {
        WorkspaceTarget t = target;
        String sid = accountSid;
        listeners.forEach(l -> l.changed(t, sid));
    }
}
