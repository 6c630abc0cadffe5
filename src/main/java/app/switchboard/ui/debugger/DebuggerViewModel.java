package app.switchboard.ui.debugger;

import app.switchboard.debugger.Alert;
import app.switchboard.debugger.AlertDetail;
import app.switchboard.debugger.AlertGrouper;
import app.switchboard.debugger.AlertLister;
import app.switchboard.debugger.AlertQuery;
import app.switchboard.debugger.AlertTail;
import app.switchboard.debugger.AlertText;
import app.switchboard.debugger.AuditEvent;
import app.switchboard.debugger.DebuggerAccount;
import app.switchboard.debugger.ErrorCatalog;
import app.switchboard.debugger.ErrorGroup;
import app.switchboard.debugger.EventQuery;
import app.switchboard.debugger.MonitorDateRange;
import app.switchboard.debugger.MonitorFailure;
import app.switchboard.debugger.MultiAccountTail;
import app.switchboard.debugger.TextPreview;
import app.switchboard.debugger.UrlMasking;
import app.switchboard.ui.common.TaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Debugger screen's state and commands: alerts of one account or all of them with filters, the
 * detail of the selected alert (fetched on selection), a live tail with pause, grouping by error code,
 * and the audit events. All Twilio calls run through the {@link TaskRunner}.
 */
public final class DebuggerViewModel {

    public static final List<String> LEVELS = List.of("All levels", "error", "warning", "notice", "debug");
    static final int MAX_ROWS = 10_000;
    static final Duration TAIL_TICK = Duration.ofSeconds(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TaskRunner tasks;
    private final DebuggerServices services;
    private final Consumer<String> openUrl;
    private final Consumer<String> showInRequestLog;
    private final AlertGrouper grouper;
    private final AlertLister lister;

    private final ObservableList<AccountChoice> accountChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AccountChoice> account = new SimpleObjectProperty<>(AccountChoice.ALL);
    private final StringProperty level = new SimpleStringProperty(LEVELS.get(0));
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>();
    private final StringProperty codeFilter = new SimpleStringProperty("");
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final StringProperty rangeError = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty emptyMessage = new SimpleStringProperty("Loading alerts…");
    private final BooleanProperty unavailable = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    private final ObservableList<AlertRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AlertRow> visibleRows = new FilteredList<>(rows, r -> true);
    private final ObservableList<ErrorGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<AlertRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<AlertDetailModel> detail = new SimpleObjectProperty<>();
    private final StringProperty detailError = new SimpleStringProperty();
    private final BooleanProperty detailLoading = new SimpleBooleanProperty();
    private final StringProperty bodyShown = new SimpleStringProperty("");
    private final StringProperty bodyNote = new SimpleStringProperty("");
    private final BooleanProperty bodyTruncated = new SimpleBooleanProperty();

    private final BooleanProperty liveTail = new SimpleBooleanProperty();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final IntegerProperty newWhilePaused = new SimpleIntegerProperty();

    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final StringProperty eventsStatus = new SimpleStringProperty("");

    private final Map<String, String> accountLabels = new HashMap<>();
    private final List<DebuggerAccount> accounts = new ArrayList<>();
    private final Set<String> rowSids = new HashSet<>();
    private final List<Alert> pausedBuffer = new ArrayList<>();
    private TaskRunner.Cancellable loadTask;
    private TaskRunner.Cancellable detailTask;
    private TaskRunner.Cancellable tailTick;
    private MultiAccountTail tail;
    private boolean tailPollInFlight;
    private boolean active;

    public DebuggerViewModel(TaskRunner tasks, DebuggerServices services, Consumer<String> openUrl,
                             Consumer<String> showInRequestLog) {
        this.tasks = tasks;
        this.services = services;
        this.openUrl = openUrl;
        this.showInRequestLog = showInRequestLog;
        this.grouper = new AlertGrouper(services.catalog(), services.zone());
        this.lister = new AlertLister(services.alerts());
        LocalDate today = services.clock().instant().atZone(services.zone()).toLocalDate();
        fromDay.set(today.minusDays(6));
        toDay.set(today);
        accountChoices.add(AccountChoice.ALL);
        codeFilter.addListener((o, a, b) -> applyClientFilters());
        textFilter.addListener((o, a, b) -> applyClientFilters());
        selected.addListener((o, a, row) -> loadDetail(row));
        // Account, level and dates are Monitor query parameters: changing one re-queries (and re-aims the tail).
        requeryOnChange(account);
        requeryOnChange(level);
        requeryOnChange(fromDay);
        requeryOnChange(toDay);
        liveTail.addListener((o, was, on) -> {
            if (on) {
                startTail();
            } else {
                stopTail();
            }
        });
        paused.addListener((o, was, now) -> {
            if (!now) {
                flushPaused();
            }
        });
    }

    // ---- lifecycle

    /** Screen shown: read the accounts, then the alerts. */
    public void activate() {
        active = true;
        if (!MonitorFailure.regionHasDebugger(services.region())) {
            showUnavailable(MonitorFailure.unavailableExplanation(services.region()));
            return;
        }
        loading.set(true); // from the accounts listing on, so the screen counts as ready only with alerts shown
        tasks.run("debugger-accounts", () -> services.accounts().accounts(), list -> {
            accounts.clear();
            accounts.addAll(list);
            accountLabels.clear();
            accountChoices.setAll(AccountChoice.ALL);
            for (DebuggerAccount a : list) {
                accountLabels.put(a.sid(), a.label());
                accountChoices.add(new AccountChoice(a.sid(), a.label() + (a.main() ? " (main)" : "")));
            }
            refresh();
            if (liveTail.get()) {
                startTail(); // the tail was on when the screen was left
            }
        }, e -> {
            loading.set(false);
            emptyMessage.set("Could not read the accounts: " + e.getMessage());
            status.set("");
        });
    }

    /** Screen hidden: stop polling. */
    public void deactivate() {
        active = false;
        cancelTailTick();
        if (loadTask != null) {
            loadTask.cancel();
        }
    }

    // ---- list

    private void requeryOnChange(javafx.beans.value.ObservableValue<?> filter) {
        filter.addListener((o, was, now) -> serverFiltersChanged());
    }

    private void serverFiltersChanged() {
        if (!active) {
            return;
        }
        refresh();
        if (liveTail.get()) {
            startTail();
        }
    }

    /** Re-queries Monitor with the current server-side filters (account, level, dates). */
    public void refresh() {
        MonitorDateRange.Result range = MonitorDateRange.days(fromDay.get(), toDay.get(), services.clock(), services.zone());
        rangeError.set(range.error());
        if (!range.ok()) {
            return;
        }
        if (unavailable.get() && !MonitorFailure.regionHasDebugger(services.region())) {
            return;
        }
        List<String> scope = scope();
        if (scope.isEmpty()) {
            return;
        }
        AlertQuery base = AlertQuery.forAccount(null).withLevel(levelFilter()).withRange(range.start(), range.end());
        loading.set(true);
        emptyMessage.set("Loading alerts…");
        if (loadTask != null) {
            loadTask.cancel();
        }
        loadTask = tasks.run("debugger-alerts", () -> lister.list(scope, base), this::showLoaded, e -> {
            loading.set(false);
            emptyMessage.set("Could not load alerts: " + e.getMessage());
        });
    }

    private void showLoaded(AlertLister.Listing loaded) {
        loading.set(false);
        rowSids.clear();
        List<AlertRow> newRows = new ArrayList<>();
        for (Alert a : loaded.alerts()) {
            if (newRows.size() < MAX_ROWS && a.sid() != null && rowSids.add(a.sid())) {
                newRows.add(row(a));
            }
        }
        rows.setAll(newRows);
        regroup();
        if (loaded.noDebuggerAnywhere()) {
            showUnavailable("Monitor answered \"not found\" for " + (loaded.accounts() == 1 ? "this account" : "these accounts")
                    + ". " + MonitorFailure.unavailableExplanation(services.region()));
            return;
        }
        unavailable.set(false);
        if (loaded.allFailed()) {
            emptyMessage.set("Could not load alerts: " + loaded.failures().values().iterator().next().getMessage());
        } else {
            emptyMessage.set(rows.isEmpty() ? "No alerts in this range. Nothing failed, or the range is too narrow."
                    : "No alert matches the filters.");
        }
        String truncated = loaded.alerts().size() > MAX_ROWS ? " (showing the newest " + MAX_ROWS + ")" : "";
        String failed = loaded.failures().isEmpty() ? "" : " · " + loaded.failureSummary();
        status.set(loaded.alerts().size() + " alerts from " + loaded.accounts()
                + (loaded.accounts() == 1 ? " account" : " accounts") + truncated + failed);
    }

    private void showUnavailable(String explanation) {
        loading.set(false);
        unavailable.set(true);
        rows.clear();
        groups.clear();
        emptyMessage.set(explanation);
        status.set("Debugger unavailable for this account");
    }

    private List<String> scope() {
        AccountChoice choice = account.get();
        if (choice == null || choice.all()) {
            return accounts.stream().map(DebuggerAccount::sid).toList();
        }
        return List.of(choice.sid());
    }

    private String levelFilter() {
        String l = level.get();
        return l == null || l.equals(LEVELS.get(0)) ? null : l;
    }

    private void applyClientFilters() {
        String code = codeFilter.get() == null ? "" : codeFilter.get().trim();
        String text = textFilter.get() == null ? "" : textFilter.get().trim();
        visibleRows.setPredicate(r -> (code.isEmpty() || code.equals(r.code())) && (text.isEmpty() || r.matches(text)));
    }

    private void regroup() {
        List<Alert> alerts = rows.stream().map(AlertRow::alert).toList();
        groups.setAll(grouper.group(alerts, fromDay.get(), toDay.get()));
    }

    /** Clicking a group filters the list to its code; clicking the active group again clears it. */
    public void filterByGroup(ErrorGroup group) {
        codeFilter.set(group == null || group.code().equals(codeFilter.get()) ? "" : group.code());
    }

    AlertRow row(Alert a) {
        ErrorCatalog.ErrorInfo info = services.catalog().lookup(a.errorCode());
        return new AlertRow(a, format(a.occurredAt()), a.logLevel() == null ? "" : a.logLevel(),
                a.errorCode() == null ? "" : a.errorCode(), info.title(), AlertText.parse(a.alertText()).summary(),
                a.resourceSid() == null ? "" : a.resourceSid(), UrlMasking.mask(a.requestUrl() == null ? "" : a.requestUrl()),
                accountLabels.getOrDefault(a.accountSid(), a.accountSid() == null ? "" : a.accountSid()));
    }

    private String format(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(services.zone()));
    }

    // ---- detail

    private void loadDetail(AlertRow row) {
        if (detailTask != null) {
            detailTask.cancel();
        }
        detailError.set(null);
        if (row == null) {
            detail.set(null);
            return;
        }
        detailLoading.set(true);
        Alert alert = row.alert();
        detailTask = tasks.run("debugger-alert-detail", () -> services.alerts().fetch(alert.accountSid(), alert.sid()),
                fetched -> showDetail(row, fetched), e -> {
                    // The list fields are still worth showing when the fetch fails.
                    showDetail(row, new AlertDetail(alert, null, null, null, null));
                    detailError.set("Could not fetch the request and response: " + e.getMessage());
                });
    }

    private void showDetail(AlertRow row, AlertDetail fetched) {
        detailLoading.set(false);
        AlertDetailModel model = AlertDetailModel.of(row, fetched, services.catalog(), format(fetched.alert().occurredAt()),
                format(fetched.alert().dateCreated()));
        TextPreview preview = TextPreview.of(model.body().text(), TextPreview.DEFAULT_LIMIT);
        bodyShown.set(preview.shown());
        bodyNote.set(preview.note());
        bodyTruncated.set(preview.truncated());
        detail.set(model);
    }

    /** Shows the whole response body, however long. */
    public void showAllBody() {
        AlertDetailModel d = detail.get();
        if (d != null) {
            bodyShown.set(d.body().text());
            bodyNote.set("");
            bodyTruncated.set(false);
        }
    }

    /** Opens the selected error's Twilio docs page in the browser. */
    public void openDocs() {
        AlertDetailModel d = detail.get();
        if (d != null && d.docsUrl() != null) {
            openUrl.accept(d.docsUrl());
        }
    }

    /** Switches to the request log, filtered on the alert's request id or resource SID. */
    public void showInRequestLog() {
        AlertDetailModel d = detail.get();
        if (d != null && d.requestLogFilter() != null) {
            showInRequestLog.accept(d.requestLogFilter());
        }
    }

    // ---- live tail

    private void startTail() {
        if (!active || unavailable.get() || accounts.isEmpty()) {
            return;
        }
        tail = new MultiAccountTail(services.alerts(), scope(), levelFilter(), services.clock(), AlertTail.Settings.defaults());
        cancelTailTick();
        tailTick = tasks.every(TAIL_TICK, this::tailTick);
        status.set("Live tail on: new alerts appear as Twilio stores them");
    }

    private void stopTail() {
        cancelTailTick();
        tail = null;
        paused.set(false);
    }

    private void cancelTailTick() {
        if (tailTick != null) {
            tailTick.cancel();
            tailTick = null;
        }
    }

    /** One tick: at most one poll in flight; its alerts are merged in one batch when it returns. */
    private void tailTick() {
        MultiAccountTail current = tail;
        if (current == null || tailPollInFlight) {
            return;
        }
        tailPollInFlight = true;
        tasks.run("debugger-tail", current::pollDue, result -> {
            tailPollInFlight = false;
            if (result != null && current == tail) {
                onTailResult(current, result);
            }
        }, e -> tailPollInFlight = false);
    }

    private void onTailResult(MultiAccountTail current, MultiAccountTail.Result result) {
        if (result.poll().failed()) {
            if (MonitorFailure.of(result.poll().failure()) == MonitorFailure.UNAVAILABLE) {
                current.drop(result.accountSid());
                status.set("Live tail skips " + accountLabels.getOrDefault(result.accountSid(), result.accountSid())
                        + ": no Debugger access");
            } else {
                status.set("Live tail: " + result.poll().failure().getMessage() + " (retrying, slower)");
            }
            return;
        }
        List<Alert> fresh = result.poll().fresh();
        if (fresh.isEmpty()) {
            return;
        }
        if (paused.get()) {
            pausedBuffer.addAll(fresh);
            if (pausedBuffer.size() > MAX_ROWS) {
                pausedBuffer.subList(0, pausedBuffer.size() - MAX_ROWS).clear();
            }
            newWhilePaused.set(newWhilePaused.get() + fresh.size());
        } else {
            prepend(fresh);
        }
    }

    private void flushPaused() {
        prepend(new ArrayList<>(pausedBuffer));
        pausedBuffer.clear();
        newWhilePaused.set(0);
    }

    /** Adds tail alerts (oldest first) on top of the newest-first list, skipping any the list already has. */
    private void prepend(List<Alert> oldestFirst) {
        List<AlertRow> add = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            Alert a = oldestFirst.get(i);
            if (rowSids.add(a.sid())) {
                add.add(row(a));
            }
        }
        if (add.isEmpty()) {
            return;
        }
        rows.addAll(0, add);
        if (rows.size() > MAX_ROWS) {
            rows.remove(MAX_ROWS, rows.size());
        }
        regroup();
    }

    // ---- audit events

    /** Loads Monitor events for the chosen account(s) and date range. */
    public void loadEvents() {
        MonitorDateRange.Result range = MonitorDateRange.days(fromDay.get(), toDay.get(), services.clock(), services.zone());
        if (!range.ok() || unavailable.get()) {
            eventsStatus.set(range.ok() ? emptyMessage.get() : range.error());
            return;
        }
        List<String> scope = scope();
        eventsStatus.set("Loading audit events…");
        tasks.run("debugger-events", () -> {
            List<AuditEvent> all = new ArrayList<>();
            for (String sid : scope) {
                all.addAll(services.events().list(EventQuery.forAccount(sid, range.start(), range.end())));
            }
            all.sort(Comparator.comparing(AuditEvent::eventDate, Comparator.nullsLast(Comparator.reverseOrder())));
            return all;
        }, list -> {
            events.setAll(list);
            eventsStatus.set(list.isEmpty() ? "No audit events in this range." : list.size() + " audit events");
        }, e -> eventsStatus.set(MonitorFailure.of(e) == MonitorFailure.UNAVAILABLE
                ? "Audit events are not available for this account." : "Could not load audit events: " + e.getMessage()));
    }

    public String eventTime(AuditEvent e) {
        return format(e.eventDate());
    }

    // ---- properties

    public ObservableList<AccountChoice> accountChoices() { return accountChoices; }
    public ObjectProperty<AccountChoice> accountProperty() { return account; }
    public StringProperty levelProperty() { return level; }
    public ObjectProperty<LocalDate> fromDayProperty() { return fromDay; }
    public ObjectProperty<LocalDate> toDayProperty() { return toDay; }
    public LocalDate earliestDay() { return MonitorDateRange.earliestDay(services.clock(), services.zone()); }
    public StringProperty codeFilterProperty() { return codeFilter; }
    public StringProperty textFilterProperty() { return textFilter; }
    public StringProperty rangeErrorProperty() { return rangeError; }
    public StringProperty statusProperty() { return status; }
    public StringProperty emptyMessageProperty() { return emptyMessage; }
    public BooleanProperty unavailableProperty() { return unavailable; }
    public BooleanProperty loadingProperty() { return loading; }
    public ObservableList<AlertRow> rows() { return visibleRows; }
    public ObservableList<ErrorGroup> groups() { return groups; }
    public ObjectProperty<AlertRow> selectedProperty() { return selected; }
    public ObjectProperty<AlertDetailModel> detailProperty() { return detail; }
    public StringProperty detailErrorProperty() { return detailError; }
    public BooleanProperty detailLoadingProperty() { return detailLoading; }
    public StringProperty bodyShownProperty() { return bodyShown; }
    public StringProperty bodyNoteProperty() { return bodyNote; }
    public BooleanProperty bodyTruncatedProperty() { return bodyTruncated; }
    public BooleanProperty liveTailProperty() { return liveTail; }
    public BooleanProperty pausedProperty() { return paused; }
    public IntegerProperty newWhilePausedProperty() { return newWhilePaused; }
    public ObservableList<AuditEvent> events() { return events; }
    public StringProperty eventsStatusProperty() { return eventsStatus; }
    public String rangeRule() { return MonitorDateRange.RULE; }
}
