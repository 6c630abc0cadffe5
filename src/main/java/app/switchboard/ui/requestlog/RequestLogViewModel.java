package app.switchboard.ui.requestlog;

import app.switchboard.requestlog.CurlCommand;
import app.switchboard.requestlog.FetchAdvice;
import app.switchboard.requestlog.RequestDetail;
import app.switchboard.requestlog.RequestLogQueries;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.Timeline;
import app.switchboard.requestlog.filter.Field;
import app.switchboard.requestlog.filter.FilterCompletion;
import app.switchboard.requestlog.filter.FilterException;
import app.switchboard.requestlog.filter.SqlFilter;
import app.switchboard.requestlog.har.HarExporter;
import app.switchboard.requestlog.har.HarFormatException;
import app.switchboard.requestlog.har.HarImporter;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The request-log screen's state: the filter, the rows loaded so far (pages of {@value #PAGE}, never
 * the whole log), counts, timeline, the selected record's detail, fetching advice; live rows are
 * pulled on a tick, at most {@value #LIVE_MAX} per tick, and the list is kept under {@value #MAX_ROWS}.
 */
public final class RequestLogViewModel {

    static final int PAGE = 200;
    static final int LIVE_MAX = 200;
    static final int MAX_ROWS = 20_000;
    static final int TIMELINE_BUCKETS = 90;
    private static final Pattern TIME_RANGE = Pattern.compile("\\s*time>=\\S+ time<=\\S+");

    private final RequestLogStore store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;

    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty filterError = new SimpleStringProperty();
    private final IntegerProperty filterErrorPosition = new SimpleIntegerProperty(-1);
    private final ObservableList<RequestRow> rows = FXCollections.observableArrayList();
    private final LongProperty shownCount = new SimpleLongProperty();
    private final LongProperty totalCount = new SimpleLongProperty();
    private final ObjectProperty<RequestRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RequestDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>();
    private final ObservableList<FetchAdvice> advice = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty live = new SimpleBooleanProperty(true);
    private final StringProperty status = new SimpleStringProperty("");

    private RequestLogQueries queries;
    private SqlFilter current = SqlFilter.all();
    private Map<Field, List<String>> known = Map.of();
    private boolean hasMore;
    private boolean loadingMore;
    private long generation;
    private TaskRunner.Cancellable tick;
    private boolean liveInFlight;

    public RequestLogViewModel(RequestLogStore store, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        selected.addListener((obs, old, row) -> loadDetail(row));
    }

    /** Screen shown: opens a reader, loads the first page and starts the live tick. */
    public void activate() {
        if (queries == null) {
            tasks.run("requestlog-open", store::queries, q -> {
                queries = q;
                applyFilter();
                loadKnownValues();
            }, this::failed);
        }
        if (tick == null) {
            tick = tasks.every(Duration.ofSeconds(1), this::liveTick);
        }
    }

    /** Screen hidden: stops the tick and closes the reader. */
    public void deactivate() {
        if (tick != null) {
            tick.cancel();
            tick = null;
        }
        if (queries != null) {
            RequestLogQueries q = queries;
            queries = null;
            tasks.run("requestlog-close", () -> {
                q.close();
                return null;
            }, ignored -> { }, this::failed);
        }
    }

    /** Parses the filter; shows an inline error, or reloads rows, counts, timeline and advice. */
    public void applyFilter() {
        if (queries == null) {
            return;
        }
        SqlFilter f;
        try {
            f = queries.filter(filterText.get());
        } catch (FilterException e) {
            filterError.set(e.describe());
            filterErrorPosition.set(e.position());
            return;
        }
        filterError.set(null);
        filterErrorPosition.set(-1);
        current = f;
        long gen = ++generation;
        RequestLogQueries q = queries;
        busy.set(true);
        // The page first (milliseconds), then the figures, which may need to read every matching row.
        tasks.run("requestlog-query", () -> q.page(f, Long.MAX_VALUE, PAGE), page -> {
            if (gen != generation) {
                return;
            }
            busy.set(false);
            rows.setAll(page);
            hasMore = page.size() == PAGE;
            if (selected.get() != null && !rows.contains(selected.get())) {
                selected.set(null);
            }
            loadFigures(q, f, gen);
        }, this::failed);
    }

    private void loadFigures(RequestLogQueries q, SqlFilter f, long gen) {
        tasks.run("requestlog-figures", () -> Figures.load(q, f), fig -> {
            if (gen == generation) {
                shownCount.set(fig.shown());
                totalCount.set(fig.total());
                timeline.set(fig.timeline());
                advice.setAll(fig.advice());
            }
        }, this::failed);
    }

    /** Counts, timeline and advice for a filter, read together off the FX thread. */
    private record Figures(long shown, long total, Timeline timeline, List<FetchAdvice> advice) {
        static Figures load(RequestLogQueries q, SqlFilter f) {
            Optional<Instant[]> range = q.timeRange(f);
            Timeline t = range.map(r -> q.timeline(f, r[0], r[1].plusMillis(1), TIMELINE_BUCKETS)).orElse(null);
            return new Figures(q.count(f), q.total(), t, q.fetchAdvice(f, 8));
        }
    }

    /** Loads the next page (older rows), once at a time; the table calls it as the user nears the end. */
    public void loadMore() {
        if (queries == null || !hasMore || loadingMore || rows.isEmpty() || rows.size() >= MAX_ROWS) {
            return;
        }
        loadingMore = true;
        long gen = generation;
        long before = rows.get(rows.size() - 1).id();
        SqlFilter f = current;
        RequestLogQueries q = queries;
        tasks.run("requestlog-page", () -> q.page(f, before, PAGE), page -> {
            loadingMore = false;
            if (gen == generation) {
                rows.addAll(page);
                hasMore = page.size() == PAGE;
            }
        }, e -> {
            loadingMore = false;
            failed(e);
        });
    }

    private void liveTick() {
        if (!live.get() || queries == null || liveInFlight) {
            return;
        }
        long newest = rows.isEmpty() ? 0 : rows.get(0).id();
        long gen = generation;
        SqlFilter f = current;
        RequestLogQueries q = queries;
        liveInFlight = true;
        tasks.run("requestlog-live", () -> new LiveBatch(q.newerThan(f, newest, LIVE_MAX), q.total(), store.health()), batch -> {
            liveInFlight = false;
            if (gen != generation || batch.rows().isEmpty() && batch.total() == totalCount.get()) {
                showHealth(batch.health());
                return;
            }
            rows.addAll(0, batch.rows());
            shownCount.set(shownCount.get() + batch.rows().size());
            totalCount.set(batch.total());
            if (rows.size() > MAX_ROWS) {
                rows.remove(MAX_ROWS, rows.size());
                hasMore = true;
            }
            showHealth(batch.health());
        }, e -> {
            liveInFlight = false;
            failed(e);
        });
    }

    private record LiveBatch(List<RequestRow> rows, long total, RequestLogStore.Health health) { }

    private void showHealth(RequestLogStore.Health h) {
        String text = h.problem() != null ? h.problem()
                : h.dropped() > 0 ? h.dropped() + " records dropped while the log was busy" : "";
        status.set(text);
    }

    private void loadDetail(RequestRow row) {
        if (row == null || queries == null) {
            detail.set(null);
            return;
        }
        RequestLogQueries q = queries;
        tasks.run("requestlog-detail", () -> q.detail(row.id()).orElse(null), d -> {
            if (row.equals(selected.get())) {
                detail.set(d);
            }
        }, this::failed);
    }

    private void loadKnownValues() {
        RequestLogQueries q = queries;
        tasks.run("requestlog-known", q::knownValues, k -> known = k, this::failed);
    }

    /** Suggestions for the filter bar at {@code caret}. */
    public List<FilterCompletion.Suggestion> suggestions(String text, int caret) {
        return FilterCompletion.suggest(text, caret, known);
    }

    /** Narrows the filter to a time range dragged on the timeline (replacing a previous range). */
    public void selectTimeRange(Instant from, Instant to) {
        Instant a = from.isBefore(to) ? from : to;
        Instant b = from.isBefore(to) ? to : from;
        String base = TIME_RANGE.matcher(filterText.get()).replaceAll("").trim();
        filterText.set((base.isEmpty() ? "" : base + " ") + "time>=" + a.truncatedTo(ChronoUnit.SECONDS)
                + " time<=" + b.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        applyFilter();
    }

    /** "Copy as curl" for the selected record, or null; credentials are always variables. */
    public String curlForSelection() {
        return detail.get() == null ? null : CurlCommand.of(detail.get());
    }

    public String requestIdForSelection() {
        return selected.get() == null ? null : selected.get().requestId();
    }

    /** Selects the first attempt or a retry from the detail's retry chain. */
    public void selectInChain(RequestRow row) {
        selected.set(row);
    }

    /** Writes the rows matching the current filter to {@code file} as HAR. */
    public void exportHar(Path file) {
        RequestLogQueries q = queries;
        SqlFilter f = current;
        if (q == null) {
            return;
        }
        busy.set(true);
        tasks.run("requestlog-export", () -> HarExporter.export(q, f, file), n -> {
            busy.set(false);
            dialogs.notify("HAR exported", n + " requests written to " + file.getFileName() + " (secrets redacted).");
        }, this::failed);
    }

    /** Imports a HAR file as its own source and shows only it. */
    public void importHar(Path file) {
        busy.set(true);
        tasks.run("requestlog-import", () -> new HarImporter(clock).importFile(file, store), result -> {
            busy.set(false);
            dialogs.notify("HAR imported", result.imported() + " requests imported from " + file.getFileName()
                    + ", shown as source \"" + result.source() + "\".");
            filterText.set("source=\"" + result.source().replace("\"", "\\\"") + "\"");
            applyFilter();
            loadKnownValues();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        String message = e instanceof HarFormatException || e instanceof app.switchboard.requestlog.RequestLogException
                ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        dialogs.showError("Request log", message, null);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public StringProperty filterErrorProperty() {
        return filterError;
    }

    public IntegerProperty filterErrorPositionProperty() {
        return filterErrorPosition;
    }

    public ObservableList<RequestRow> rows() {
        return rows;
    }

    public LongProperty shownCountProperty() {
        return shownCount;
    }

    public LongProperty totalCountProperty() {
        return totalCount;
    }

    public ObjectProperty<RequestRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RequestDetail> detailProperty() {
        return detail;
    }

    public ObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    public ObservableList<FetchAdvice> advice() {
        return advice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
