package app.switchboard.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Key operations made safe: creation is journaled and reconciled instead of retried, every action is
 * audited, revoking a key that is already gone is reported as such, and bulk revokes go through the
 * client (whose limiter keeps them under the account's concurrency) with progress and cancel.
 */
public final class KeyService {
    /** Threads of a bulk revoke: the client's largest concurrency limit (TwilioHttp.LimiterSettings.defaults). */
    private static final int BULK_THREADS = 64;
    /** Twilio's and our clocks differ; a key created this long before the intent still counts as ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final KeyGateway gateway;
    private final CreationJournal journal;
    private final KeyAuditLog audit;
    private final Clock clock;

    public KeyService(KeyGateway gateway, CreationJournal journal, KeyAuditLog audit, Clock clock) {
        this.gateway = gateway;
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ApiKey> list(String accountSid) {
        return gateway.list(accountSid);
    }

    /** Keys of several accounts (a main account and its subaccounts), newest first. */
    public List<ApiKey> listAll(Collection<String> accountSids) {
        List<ApiKey> all = new ArrayList<>();
        for (String sid : accountSids) {
            all.addAll(gateway.list(sid));
        }
        all.sort(Comparator.comparing(ApiKey::dateCreated, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    /** One key by SID; throws {@link KeyNotFoundException} when it is gone. */
    public ApiKey find(String accountSid, String keySid) {
        return gateway.fetch(accountSid, keySid);
    }

    /** Lists an account's keys, handing each page over as it arrives. */
    public void list(String accountSid, java.util.function.Consumer<List<ApiKey>> onPage) {
        gateway.list(accountSid, onPage);
    }

    /** The key's history: Twilio's audit events and Switchboard's own, newest first. */
    public List<KeyEvent> history(ApiKey key) {
        List<KeyEvent> events = new ArrayList<>(gateway.history(key.accountSid(), key.sid()));
        for (KeyAuditLog.Entry e : audit.entries()) {
            if (key.sid().equals(e.keySid())) {
                events.add(new KeyEvent(e.time(), "switchboard", e.action() + " (" + e.outcome() + ")", e.user(),
                        e.detail()));
            }
        }
        events.sort(Comparator.comparing(KeyEvent::time).reversed());
        return events;
    }

    public List<KeyAuditLog.Entry> auditEntries() {
        return audit.entries();
    }

    public void exportAudit(java.io.Writer out) throws java.io.IOException {
        audit.exportCsv(out);
    }

    public List<String> permissions(String accountSid, String keySid) {
        return gateway.permissions(accountSid, keySid);
    }

    /**
     * Creates a key. The intent is on disk before the request is sent; if the answer is lost the account's
     * keys are listed to learn the outcome, and the POST is never sent twice.
     */
    public CreateResult create(String accountSid, String name, List<String> permissions) {
        KeyNames.problem(name).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (!permissions.isEmpty()) {
            List<String> problems = Permissions.problems(permissions);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("\n", problems));
            }
        }
        Set<String> before = sidsNamed(gateway.list(accountSid), name);
        CreationJournal.Intent intent = journal.begin(accountSid, name, clock.instant(), before);
        String action = permissions.isEmpty() ? "create" : "create-restricted";
        try {
            NewKey created = gateway.create(accountSid, name, permissions);
            journal.settle(intent.id());
            audit.append(clock.instant(), accountSid, created.key().sid(), name, action, "ok", "");
            return new CreateResult.Created(created);
        } catch (CreationOutcomeUnknownException e) {
            return reconcile(intent);
        } catch (RuntimeException e) {
            journal.settle(intent.id());
            audit.append(clock.instant(), accountSid, null, name, action, "failed", e.getMessage());
            throw e;
        }
    }

    /**
     * Settles every creation left unknown by a crash or a lost answer. Intents whose account cannot be
     * listed now stay in the journal for the next try.
     */
    public List<CreateResult> reconcilePending() {
        List<CreateResult> results = new ArrayList<>();
        for (CreationJournal.Intent intent : journal.pending()) {
            try {
                results.add(reconcile(intent));
            } catch (RuntimeException stillUnreachable) {
                // keep the intent: the outcome is still unknown
            }
        }
        return results;
    }

    private CreateResult reconcile(CreationJournal.Intent intent) {
        Instant notBefore = intent.requestedAt().minus(CLOCK_SKEW);
        List<ApiKey> orphans = gateway.list(intent.accountSid()).stream()
                .filter(k -> k.friendlyName().equals(intent.friendlyName()))
                .filter(k -> !intent.sidsBefore().contains(k.sid()))
                .filter(k -> k.dateCreated() == null || !k.dateCreated().isBefore(notBefore))
                .collect(Collectors.toList());
        journal.settle(intent.id());
        if (orphans.isEmpty()) {
            audit.append(clock.instant(), intent.accountSid(), null, intent.friendlyName(), "create", "not-created",
                    "the answer was lost; listing shows no new key");
            return new CreateResult.NotCreated("The answer from Twilio was lost, and the account's keys show that no "
                    + "key named '" + intent.friendlyName() + "' was created. It is safe to try again.");
        }
        for (ApiKey k : orphans) {
            audit.append(clock.instant(), intent.accountSid(), k.sid(), k.friendlyName(), "create", "orphaned",
                    "created by Twilio but the answer with its secret was lost");
        }
        return new CreateResult.Orphaned(orphans);
    }

    public ApiKey rename(ApiKey key, String newName) {
        KeyNames.problem(newName).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        try {
            ApiKey renamed = gateway.rename(key.accountSid(), key.sid(), newName);
            audit.append(clock.instant(), key.accountSid(), key.sid(), newName, "rename", "ok",
                    "was '" + key.friendlyName() + "'");
            return renamed;
        } catch (RuntimeException e) {
            audit.append(clock.instant(), key.accountSid(), key.sid(), key.friendlyName(), "rename", "failed", e.getMessage());
            throw e;
        }
    }

    /** Revokes one key; a key that is already gone is reported as ALREADY_GONE, not as a failure. */
    public RevokeResult revoke(ApiKey key) {
        try {
            gateway.delete(key.accountSid(), key.sid());
            audit.append(clock.instant(), key.accountSid(), key.sid(), key.friendlyName(), "revoke", "ok", "");
            return new RevokeResult(key, RevokeResult.Outcome.REVOKED, "Revoked");
        } catch (KeyNotFoundException e) {
            audit.append(clock.instant(), key.accountSid(), key.sid(), key.friendlyName(), "revoke", "already-gone", "");
            return new RevokeResult(key, RevokeResult.Outcome.ALREADY_GONE, e.getMessage());
        } catch (RuntimeException e) {
            audit.append(clock.instant(), key.accountSid(), key.sid(), key.friendlyName(), "revoke", "failed", e.getMessage());
            return new RevokeResult(key, RevokeResult.Outcome.FAILED, e.getMessage());
        }
    }

    /**
     * Revokes many keys, as many at once as each account's adaptive limiter lets through, reporting each result
     * as it comes. Keys not yet started when {@code cancelled} turns true are reported CANCELLED.
     */
    public List<RevokeResult> revokeAll(List<ApiKey> keys, BooleanSupplier cancelled,
                                        BiConsumer<Integer, RevokeResult> progress) {
        // The limiter alone decides how many are in flight. The threads outnumber its permits (up to the client's
        // largest limit) so that one is always waiting to send when a permit comes back, while others write the
        // audit log of their last key.
        return revokeAll(keys, Math.min(keys.size(), BULK_THREADS), cancelled, progress);
    }

    /** Like {@link #revokeAll(List, BooleanSupplier, BiConsumer)}, with {@code parallelism} keys at once at most. */
    List<RevokeResult> revokeAll(List<ApiKey> keys, int parallelism, BooleanSupplier cancelled,
                                 BiConsumer<Integer, RevokeResult> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism), r -> {
            Thread t = new Thread(r, "key-bulk-revoke");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<RevokeResult>> futures = new ArrayList<>();
            for (ApiKey key : keys) {
                futures.add(pool.submit(() -> {
                    RevokeResult r;
                    if (stop.get() || cancelled.getAsBoolean()) {
                        stop.set(true);
                        r = new RevokeResult(key, RevokeResult.Outcome.CANCELLED, "Cancelled before it started");
                    } else {
                        r = revoke(key);
                    }
                    progress.accept(done.incrementAndGet(), r);
                    return r;
                }));
            }
            List<RevokeResult> results = new ArrayList<>();
            for (Future<RevokeResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bulk revoke interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Bulk revoke failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Makes one authenticated call with a key (one that lists keys with {@code mustManageKeys}). */
    public void verify(ApiKey key, char[] secret, boolean mustManageKeys) {
        gateway.verify(key.accountSid(), key.sid(), secret, mustManageKeys);
    }

    KeyAuditLog audit() {
        return audit;
    }

    private static Set<String> sidsNamed(List<ApiKey> keys, String name) {
        return keys.stream().filter(k -> k.friendlyName().equals(name)).map(ApiKey::sid).collect(Collectors.toSet());
    }
}
