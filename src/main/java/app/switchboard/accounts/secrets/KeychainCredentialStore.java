package app.switchboard.accounts.secrets;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service / KWallet) through
 * java-keyring. Every call runs on one dedicated thread with a timeout, because an unlock prompt the user
 * ignores or a hung D-Bus would otherwise block forever.
 */
public final class KeychainCredentialStore implements CredentialStore, AutoCloseable {

    static final String SERVICE = "Switchboard";
    private static final String PROBE_ID = "switchboard-probe";

    private final Keyring keyring;
    private final ExecutorService thread;
    private final Duration timeout;

    private KeychainCredentialStore(Keyring keyring, ExecutorService thread, Duration timeout) {
        this.keyring = keyring;
        this.thread = thread;
        this.timeout = timeout;
    }

    /**
     * Opens the keychain and checks it answers. Throws {@link CredentialStoreException.Reason#UNAVAILABLE}
     * when there is none (headless Linux without Secret Service) and LOCKED_OR_REFUSED when it will not answer.
     */
    public static KeychainCredentialStore open(Duration timeout) throws CredentialStoreException {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "switchboard-keychain");
            t.setDaemon(true);
            return t;
        });
        try {
            Keyring keyring = call(thread, timeout, Keyring::create);
            KeychainCredentialStore store = new KeychainCredentialStore(keyring, thread, timeout);
            store.get(PROBE_ID);
            return store;
        } catch (CredentialStoreException e) {
            thread.shutdownNow();
            throw e;
        }
    }

    @Override
    public String displayName() {
        return "OS keychain";
    }

    @Override
    public void put(String id, char[] secret) throws CredentialStoreException {
        // java-keyring only accepts Strings; the copy lives as briefly as the call.
        call(thread, timeout, () -> {
            keyring.setPassword(SERVICE, id, new String(secret));
            return null;
        });
    }

    @Override
    public char[] get(String id) throws CredentialStoreException {
        try {
            String s = call(thread, timeout, () -> keyring.getPassword(SERVICE, id));
            return s == null ? null : s.toCharArray();
        } catch (CredentialStoreException e) {
            if (e.getCause() instanceof PasswordAccessException && looksLikeMissing(e.getCause())) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public void delete(String id) throws CredentialStoreException {
        try {
            call(thread, timeout, () -> {
                keyring.deletePassword(SERVICE, id);
                return null;
            });
        } catch (CredentialStoreException e) {
            if (!(e.getCause() instanceof PasswordAccessException && looksLikeMissing(e.getCause()))) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private static boolean looksLikeMissing(Throwable e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("not found") || m.contains("no password") || m.contains("could not be found")
                || m.contains("exist") || m.contains("element not found") || m.contains("-25300");
    }

    private static <T> T call(ExecutorService thread, Duration timeout, Callable<T> work)
            throws CredentialStoreException {
        Future<T> f = thread.submit(work);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new CredentialStoreException(CredentialStoreException.Reason.LOCKED_OR_REFUSED,
                    "The OS keychain did not answer within " + timeout.toSeconds()
                            + " s. It may be locked or waiting for your approval; unlock it and try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialStoreException(CredentialStoreException.Reason.IO, "Interrupted.");
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    private static CredentialStoreException translate(Throwable cause) {
        if (cause instanceof com.github.javakeyring.BackendNotSupportedException) {
            return new CredentialStoreException(CredentialStoreException.Reason.UNAVAILABLE,
                    "No OS keychain is available on this system (on Linux, a Secret Service such as "
                            + "GNOME Keyring or KWallet must be running).", cause);
        }
        if (cause instanceof PasswordAccessException) {
            return new CredentialStoreException(CredentialStoreException.Reason.LOCKED_OR_REFUSED,
                    "The OS keychain refused access (" + cause.getMessage() + "). Unlock it or allow "
                            + "Switchboard, then try again.", cause);
        }
        // JNA and D-Bus failures (no session bus, missing native library) mean there is no usable keychain.
        return new CredentialStoreException(CredentialStoreException.Reason.UNAVAILABLE,
                "The OS keychain cannot be used here (" + cause.getClass().getSimpleName() + ": "
                        + cause.getMessage() + ").", cause);
    }
}
