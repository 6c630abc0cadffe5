package app.switchboard.accounts;

/**
 * What the screens work on: a saved profile, or the Demo workspace backed by the embedded sandbox.
 *
 * @param profile the profile, or null for the Demo workspace
 */
public record WorkspaceTarget(Profile profile) {

    public static final WorkspaceTarget DEMO = new WorkspaceTarget(null);

    public boolean isDemo() {
        return profile == null;
    }

    public String displayName() {
        return isDemo() ? "Demo workspace" : profile.name();
    }
}
