package app.switchboard.accounts.secrets;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets kept only in this process: the Demo workspace and tests. */
public final class InMemoryCredentialStore implements CredentialStore {

    private final Map<String, char[]> secrets = new ConcurrentHashMap<>();

    @Override
    public String displayName() {
        return "Memory only (demo)";
    }

    @Override
    public void put(String id, char[] secret) {
        char[] old = secrets.put(id, secret.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    @Override
    public char[] get(String id) {
        char[] s = secrets.get(id);
        return s == null ? null : s.clone();
    }

    @Override
    public void delete(String id) {
        char[] old = secrets.remove(id);
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }
}
