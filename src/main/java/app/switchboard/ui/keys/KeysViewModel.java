package app.switchboard.ui.keys;

import app.switchboard.AtomicFiles;
import app.switchboard.keys.ApiKey;
import app.switchboard.keys.KeyAuditLog;
import app.switchboard.keys.CreateResult;
import app.switchboard.keys.KeyEvent;
import app.switchboard.keys.KeyKind;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.RevokeResult;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The API keys screen: the keys of the chosen account(s) with search and filters, and the actions on
 * them (create, rename, revoke, bulk revoke). Pages arrive in the background and are moved into the table
 * on a tick, so the first rows of a long list show at once and the FX thread never waits on Twilio.
 */
public final class KeysViewModel {
    private static final Duration TICK = Duration.ofMillis(50);
    /** Small enough that adding one batch to the filtered table stays well inside a frame. */
    private static final int MAX_ROWS_PER_TICK = 2000;
    /**
     * While a listing runs, a table that already shows rows takes the next batch every this many ticks: JavaFX
     * rebuilds a table's visible rows whenever its item count changes, so each batch costs a long frame.
     */
    private static final int GROW_EVERY_TICKS = 4;

    private final KeyService service;
    private final KeyUsageTracker usage;
    private final KeyScope scope;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SecretPresenter secrets;
    private final Clock clock;
    private final Function<Throwable, String> describe;

    private final ObservableList<KeyRow> rows = FXCollections.observableArrayList();
    private final FilteredList<KeyRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<KeyKind> kind = new SimpleObjectProperty<>();
    private final IntegerProperty olderThanDays = new SimpleIntegerProperty(0);
    private final StringProperty account = new SimpleStringProperty();
    private final IntegerProperty policyAgeDays = new SimpleIntegerProperty(90);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<KeyRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> selectedPermissions = FXCollections.observableArrayList();
    private final ObservableList<KeyEvent> selectedHistory = FXCollections.observableArrayList();
    private final ObservableList<RevokeResult> bulkResults = FXCollections.observableArrayList();
    private final DoubleProperty bulkProgress = new SimpleDoubleProperty(-1);
    private final BooleanProperty bulkRunning = new SimpleBooleanProperty();
    private final StringProperty bulkSummary = new SimpleStringProperty("");

    private final ObservableList<KeyAuditLog.Entry> auditEntries = FXCollections.observableArrayList();
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObservableList<String> accountsView = FXCollections.unmodifiableObservableList(accounts);
    /** The accounts a listing resolved in the background, until the next tick puts them in {@link #accounts}. */
    private volatile List<String> resolvedAccounts;
    private final java.util.concurrent.ConcurrentLinkedDeque<List<ApiKey>> arrivedPages =
            new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** Queued before the first page of a listing for other accounts than the table shows: empty the table. */
    private static final List<ApiKey> CLEAR_ROWS = java.util.Collections.unmodifiableList(new ArrayList<>());
    /** The accounts of a listing that has ended, until its last rows are in the table. */
    private List<String> listed;
    private final AtomicInteger bulkDone = new AtomicInteger();
    private final AtomicBoolean bulkCancel = new AtomicBoolean();
    private final Queue<RevokeResult> bulkArrived = new ConcurrentLinkedQueue<>();
    private int bulkTotal;
    private int generation;
    private int ticksSinceGrowth;
    private TaskRunner.Cancellable ticker;

    public KeysViewModel(KeyService service, KeyUsageTracker usage, KeyScope scope, TaskRunner tasks,
                         DialogService dialogs, SecretPresenter secrets, Clock clock,
                         Function<Throwable, String> describe) {
        this.service = service;
        this.usage = usage;
        this.scope = scope;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.secrets = secrets;
        this.clock = clock;
        this.describe = describe;
        search.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> refilter());
        olderThanDays.addListener((o, a, b) -> refilter());
        account.addListener((o, a, b) -> refilter());
        policyAgeDays.addListener((o, a, b) -> rows.replaceAll(r -> rowOf(r.key())));
        selected.addListener((o, a, b) -> loadDetail(b));
    }

    public void activate() {
        if (ticker == null) {
            ticker = tasks.every(TICK, this::drain);
        }
        refresh();
    }

    public void deactivate() {
        if (ticker != null) {
            ticker.cancel();
            ticker = null;
        }
    }

    /**
     * Reloads the keys of every account in scope. The first time (or when the accounts in scope changed) rows
     * appear page by page; when the table already shows these accounts it stays as it is while the listing
     * runs and only the keys that changed are replaced at its end, so coming back to the screen shows the keys
     * at once and costs the table no rebuild.
     */
    public void refresh() {
        int gen = ++generation;
        arrivedPages.clear();
        busy.set(true);
        listed = null;
        List<String> shown = rows.isEmpty() ? null : List.copyOf(accounts);
        List<KeyRow> before = shown == null ? List.of() : List.copyOf(rows);
        int policyDays = policyAgeDays.get();
        status.set(shown == null ? "Loading keys…" : "Refreshing keys…");
        tasks.run("keys-list", () -> {
            // Which accounts are in scope may take a request too: never on the FX thread.
            List<String> inScope = scope.accountSids();
            if (gen == generation) {
                resolvedAccounts = inScope;
            }
            boolean inPlace = inScope.equals(shown);
            List<ApiKey> fresh = new ArrayList<>();
            if (!inPlace && shown != null && gen == generation) {
                arrivedPages.add(CLEAR_ROWS); // other accounts now: their rows go before the first page comes in
            }
            boolean[] awaitedFirst = {!inPlace};
            for (String sid : inScope) {
                service.list(sid, page -> {
                    if (gen != generation) {
                        return;
                    }
                    if (inPlace) {
                        fresh.addAll(page);
                        return;
                    }
                    arrivedPages.add(page);
                    if (awaitedFirst[0]) {
                        // A new listing's first rows go in as they arrive, not up to a tick later; the rest per tick.
                        awaitedFirst[0] = false;
                        tasks.later(() -> {
                            if (gen == generation) {
                                drain();
                            }
                        });
                    }
                });
            }
            return new Listing(inScope, inPlace ? RowChanges.between(before, fresh, k -> rowOf(k, policyDays)) : null);
        }, listing -> {
            if (gen == generation) {
                if (listing.inPlace() != null) {
                    listing.inPlace().applyTo(rows);
                }
                // The last pages go in on the next ticks, a bounded batch each; busy ends with the last one.
                listed = listing.accounts();
                drain();
            }
        }, error -> {
            drainAll();
            busy.set(false);
            status.set("Could not load every key");
            dialogs.showError("Could not list API keys", describe.apply(error), null);
        });
    }

    /** What a listing found: its accounts, and the changes to make when it refreshes the table in place. */
    private record Listing(List<String> accounts, RowChanges inPlace) {
    }

    /** Moves what arrived in the background into the table: once per tick, never once per page. */
    void drain() {
        drain(MAX_ROWS_PER_TICK);
    }

    /** Everything that arrived, at once: once a listing has ended only its last pages can be left. */
    private void drainAll() {
        drain(Integer.MAX_VALUE);
    }

    private void drain(int maxRows) {
        List<String> resolved = resolvedAccounts;
        if (resolved != null) {
            resolvedAccounts = null;
            // Only a real change reaches the table: each change re-lays out and repaints every visible row.
            if (!resolved.equals(accounts)) {
                accounts.setAll(resolved);
            }
        }
        boolean listing = busy.get() && listed == null && !rows.isEmpty();
        if (listing && ++ticksSinceGrowth < GROW_EVERY_TICKS) {
            maxRows = 0;
        }
        List<KeyRow> batch = new ArrayList<>();
        List<ApiKey> page;
        // Bounded per tick, so a burst of pages never holds the FX thread long enough to drop frames.
        while (batch.size() < maxRows && (page = arrivedPages.peek()) != null) {
            if (page == CLEAR_ROWS) {
                arrivedPages.poll();
                rows.clear();
                continue;
            }
            int room = maxRows - batch.size();
            if (page.size() > room) {
                // Split a large page: take what fits now, leave the rest for the next tick.
                arrivedPages.poll();
                for (ApiKey k : page.subList(0, room)) {
                    batch.add(rowOf(k));
                }
                arrivedPages.addFirst(List.copyOf(page.subList(room, page.size())));
                break;
            }
            arrivedPages.poll();
            for (ApiKey k : page) {
                batch.add(rowOf(k));
            }
        }
        if (!batch.isEmpty()) {
            rows.addAll(batch);
            ticksSinceGrowth = 0;
        }
        List<String> done = listed;
        if (done != null && arrivedPages.isEmpty() && busy.get()) {
            listed = null;
            busy.set(false);
            status.set(rows.size() + " keys in " + done.size() + (done.size() == 1 ? " account" : " accounts"));
        }
        if (bulkRunning.get()) {
            bulkProgress.set(bulkTotal == 0 ? 1 : (double) bulkDone.get() / bulkTotal);
            RevokeResult r;
            while ((r = bulkArrived.poll()) != null) {
                bulkResults.add(r);
            }
        }
    }

    private KeyRow rowOf(ApiKey k) {
        return rowOf(k, policyAgeDays.get());
    }

    /** Any thread: the policy age is passed in, as read on the FX thread. */
    private KeyRow rowOf(ApiKey k, int policyDays) {
        Instant now = clock.instant();
        long age = k.ageDays(now);
        return new KeyRow(k, usage.lastSeen(k.sid()).orElse(null), age,
                age >= 0 && age > policyDays, k.sid().equals(scope.credentialSid()));
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        KeyKind k = kind.get();
        int older = olderThanDays.get();
        String acc = account.get();
        Predicate<KeyRow> p = r -> (text.isEmpty()
                        || r.name().toLowerCase(Locale.ROOT).contains(text)
                        || r.sid().toLowerCase(Locale.ROOT).contains(text))
                && (k == null || r.key().kind() == k)
                && (older <= 0 || r.ageDays() > older)
                && (acc == null || acc.isEmpty() || acc.equals(r.key().accountSid()));
        visible.setPredicate(p);
    }

    private void loadDetail(KeyRow row) {
        selectedPermissions.clear();
        selectedHistory.clear();
        if (row == null) {
            return;
        }
        ApiKey key = row.key();
        tasks.run("key-detail", () -> new Detail(
                key.kind() == KeyKind.RESTRICTED ? service.permissions(key.accountSid(), key.sid()) : key.permissions(),
                service.history(key)), d -> {
            if (selected.get() == row) {
                selectedPermissions.setAll(d.permissions());
                selectedHistory.setAll(d.history());
            }
        }, error -> status.set("Could not load the key's history: " + describe.apply(error)));
    }

    private record Detail(List<String> permissions, List<KeyEvent> history) {
    }

    /**
     * Creates a key in {@code accountSid}. The secret is shown once; an answer lost on the way is
     * reconciled and, if Twilio did create the key, the user is offered to revoke the orphan.
     */
    public void create(String accountSid, String name, List<String> permissions) {
        busy.set(true);
        status.set("Creating '" + name + "'…");
        tasks.run("key-create", () -> service.create(accountSid, name, permissions), result -> {
            busy.set(false);
            if (result instanceof CreateResult.Created) {
                var created = ((CreateResult.Created) result).key();
                try {
                    secrets.showOnce(created);
                } finally {
                    created.wipe();
                }
                rows.add(0, rowOf(created.key()));
                status.set("Created " + created.key().displayName());
            } else if (result instanceof CreateResult.Orphaned) {
                offerToRevokeOrphans(((CreateResult.Orphaned) result).keys());
            } else {
                status.set("No key was created");
                dialogs.showError("The key was not created", ((CreateResult.NotCreated) result).reason(), null);
            }
        }, error -> {
            busy.set(false);
            status.set("Creating '" + name + "' failed");
            dialogs.showError("Could not create the key", describe.apply(error), null);
        });
    }

    private void offerToRevokeOrphans(List<ApiKey> orphans) {
        String names = orphans.stream().map(ApiKey::displayName).collect(Collectors.joining(", "));
        status.set("A key was created but its secret was lost: " + names);
        boolean revoke = dialogs.confirm("A key was created, but its secret was lost",
                "Twilio created " + names + ", but the answer carrying its secret never arrived. Twilio shows a "
                        + "secret only once, so nobody can use this key. Revoke it now? (You can create another.)",
                "Revoke the orphaned key");
        if (revoke) {
            revokeWithoutConfirmation(orphans);
        } else {
            refresh();
        }
    }

    public void rename(KeyRow row, String newName) {
        busy.set(true);
        tasks.run("key-rename", () -> service.rename(row.key(), newName), renamed -> {
            busy.set(false);
            int i = rows.indexOf(row);
            if (i >= 0) {
                rows.set(i, rowOf(renamed));
            }
            status.set("Renamed to '" + newName + "'");
        }, error -> {
            busy.set(false);
            dialogs.showError("Could not rename " + row.key().displayName(), describe.apply(error), null);
        });
    }

    /** Revokes one key after the user typed the end of its SID; warns harder for the profile's own key. */
    public void revoke(KeyRow row) {
        String message = "Revoking " + row.key().displayName() + " takes effect at once: every application using "
                + "it will be refused by Twilio. This cannot be undone.";
        if (row.usedByProfile()) {
            message = "This is the key Switchboard itself signs in with. Revoking it locks this profile out until "
                    + "you give it another key (use Rotate instead to replace it safely).\n\n" + message;
        }
        if (!dialogs.confirmByTyping("Revoke " + row.key().displayName() + "?", message + "\n\nType "
                + row.confirmationText() + " (the last characters of its SID) to confirm.", row.confirmationText(),
                "Revoke key")) {
            return;
        }
        revokeWithoutConfirmation(List.of(row.key()));
    }

    private void revokeWithoutConfirmation(List<ApiKey> keys) {
        busy.set(true);
        tasks.run("key-revoke", () -> keys.stream().map(service::revoke).collect(Collectors.toList()), results -> {
            busy.set(false);
            for (RevokeResult r : results) {
                rows.removeIf(row -> row.sid().equals(r.key().sid()));
                if (r.outcome() == RevokeResult.Outcome.ALREADY_GONE) {
                    dialogs.showError("The key was already gone", r.message() + " The list has been refreshed.", null);
                    refresh();
                } else if (r.outcome() == RevokeResult.Outcome.FAILED) {
                    dialogs.showError("Could not revoke " + r.key().displayName(), r.message(), null);
                    refresh();
                } else {
                    status.set("Revoked " + r.key().displayName());
                }
            }
        }, error -> {
            busy.set(false);
            dialogs.showError("Could not revoke", describe.apply(error), null);
        });
    }

    /**
     * Revokes a selection (for instance every key older than a year) with progress, cancel and a result
     * per key. The profile's own key is left out: it can only be replaced through a rotation.
     */
    public void revokeAll(List<KeyRow> selection) {
        List<ApiKey> keys = selection.stream().filter(r -> !r.usedByProfile()).map(KeyRow::key).collect(Collectors.toList());
        if (keys.isEmpty()) {
            dialogs.showError("Nothing to revoke", "The selection holds only the key Switchboard signs in with; "
                    + "rotate it instead.", null);
            return;
        }
        String expected = "revoke " + keys.size();
        String skipped = keys.size() < selection.size() ? "\nThe key Switchboard signs in with is left out." : "";
        if (!dialogs.confirmByTyping("Revoke " + keys.size() + " keys?", "Every application using these keys will "
                + "be refused by Twilio at once. This cannot be undone." + skipped + "\n\nType '" + expected
                + "' to confirm.", expected, "Revoke " + keys.size() + " keys")) {
            return;
        }
        bulkResults.clear();
        bulkDone.set(0);
        bulkCancel.set(false);
        bulkTotal = keys.size();
        bulkRunning.set(true);
        bulkProgress.set(0);
        tasks.run("keys-bulk-revoke", () -> service.revokeAll(keys, bulkCancel::get, (n, r) -> {
            bulkDone.set(n);
            bulkArrived.add(r);
        }), results -> {
            drain();
            bulkRunning.set(false);
            bulkProgress.set(1);
            long ok = results.stream().filter(RevokeResult::succeeded).count();
            long failed = results.stream().filter(r -> r.outcome() == RevokeResult.Outcome.FAILED).count();
            long cancelled = results.stream().filter(r -> r.outcome() == RevokeResult.Outcome.CANCELLED).count();
            bulkSummary.set(ok + " revoked, " + failed + " failed, " + cancelled + " cancelled");
            refresh();
        }, error -> {
            bulkRunning.set(false);
            dialogs.showError("Bulk revoke stopped", describe.apply(error), null);
            refresh();
        });
    }

    /** Stops a bulk revoke: keys already sent finish, the rest are reported as cancelled. */
    public void cancelBulk() {
        bulkCancel.set(true);
    }

    /** Loads Switchboard's own audit log of key actions, newest first. */
    public void loadAudit() {
        tasks.run("keys-audit", () -> {
            List<KeyAuditLog.Entry> all = new ArrayList<>(service.auditEntries());
            java.util.Collections.reverse(all);
            return all;
        }, auditEntries::setAll, error -> dialogs.showError("Could not read the key audit log", describe.apply(error), null));
    }

    /** Writes the audit log as CSV, all or nothing. */
    public void exportAudit(java.nio.file.Path target) {
        tasks.run("keys-audit-export", () -> {
            AtomicFiles.write(target, service::exportAudit);
            return target;
        }, done -> status.set("Audit log exported to " + done),
                error -> dialogs.showError("Could not export the audit log", describe.apply(error), null));
    }

    public ObservableList<KeyAuditLog.Entry> auditEntries() {
        return auditEntries;
    }

    public ObservableList<KeyRow> rows() {
        return rows;
    }

    /** The rows that pass the search and filters, for the table. */
    public FilteredList<KeyRow> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<KeyKind> kindProperty() {
        return kind;
    }

    public IntegerProperty olderThanDaysProperty() {
        return olderThanDays;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public IntegerProperty policyAgeDaysProperty() {
        return policyAgeDays;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<KeyRow> selectedProperty() {
        return selected;
    }

    public ObservableList<String> selectedPermissions() {
        return selectedPermissions;
    }

    public ObservableList<KeyEvent> selectedHistory() {
        return selectedHistory;
    }

    public ObservableList<RevokeResult> bulkResults() {
        return bulkResults;
    }

    public DoubleProperty bulkProgressProperty() {
        return bulkProgress;
    }

    /** After a bulk revoke: how many keys were revoked, failed, cancelled. */
    public StringProperty bulkSummaryProperty() {
        return bulkSummary;
    }

    public BooleanProperty bulkRunningProperty() {
        return bulkRunning;
    }

    /** The account's name for display (its SID when the name is not known). */
    public String accountName(String accountSid) {
        return scope.accountName(accountSid);
    }

    /**
     * The accounts in scope, as the last listing resolved them (empty until the first one has): for the table
     * and the menus, which must not ask the scope themselves since that may take a request.
     */
    public ObservableList<String> accounts() {
        return accountsView;
    }
}
