package app.switchboard.ui.traffic;

import app.switchboard.traffic.AccountSeries;
import app.switchboard.AtomicFiles;
import app.switchboard.traffic.Sampler;
import app.switchboard.traffic.Threshold;
import app.switchboard.traffic.TrafficAlert;
import app.switchboard.traffic.TrafficCsv;
import app.switchboard.traffic.TrafficHistory;
import app.switchboard.traffic.TrafficMonitor;
import app.switchboard.traffic.TrafficWindow;
import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live traffic screen: which accounts and window to show, pause, limits, exports. On every tick it
 * drains the recorder, turns alerts into notifications and, while the screen is shown and not paused,
 * builds one immutable {@link TrafficFrame} for the charts. The tick keeps draining while the screen is
 * hidden so thresholds still notify; only {@link #dispose()} stops it.
 */
public final class TrafficViewModel {

    public static final Duration TICK = Duration.ofMillis(500);
    /** More alerts than this in one tick become one summary notification. */
    static final int MAX_NOTIFICATIONS_PER_TICK = 2;

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final TrafficMonitor monitor;
    private final Sampler sampler;
    private final Clock clock;
    private final Consumer<String> openRequest;

    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObservableList<String> selectedAccounts = FXCollections.observableArrayList();
    private final ObjectProperty<TrafficWindow> window = new SimpleObjectProperty<>(TrafficWindow.FIVE_MINUTES);
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final ObjectProperty<TrafficFrame> frame;
    private final StringProperty status = new SimpleStringProperty("");
    private TaskRunner.Cancellable tick;
    private boolean active;

    public TrafficViewModel(TaskRunner runner, DialogService dialogs, TrafficMonitor monitor, Sampler sampler,
                            Clock clock, Consumer<String> openRequest) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.monitor = monitor;
        this.sampler = sampler;
        this.clock = clock;
        this.openRequest = openRequest;
        this.frame = new SimpleObjectProperty<>(TrafficFrame.empty(window.get(), clock.millis()));
        window.addListener((obs, old, now) -> refreshFrame());
        selectedAccounts.addListener((javafx.collections.ListChangeListener<String>) c -> refreshFrame());
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    /** The accounts charted, in the order that gives them their colours. */
    public ObservableList<String> selectedAccounts() {
        return selectedAccounts;
    }

    public ObjectProperty<TrafficWindow> windowProperty() {
        return window;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyObjectProperty<TrafficFrame> frameProperty() {
        return frame;
    }

    /** One line about what the screen is doing (restoring history, dropped samples), or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public void activate() {
        active = true;
        if (tick == null) {
            tick = runner.every(TICK, this::tick);
        }
        tick();
    }

    public void deactivate() {
        active = false;
    }

    /** Stops the tick for good (the app is closing). */
    public void dispose() {
        active = false;
        if (tick != null) {
            tick.cancel();
            tick = null;
        }
    }

    /** Starts probing an account and charts it. */
    public void watch(String accountSid) {
        monitor.track(accountSid);
        sampler.watch(accountSid);
        if (!accounts.contains(accountSid)) {
            accounts.add(accountSid);
        }
        if (!selectedAccounts.contains(accountSid)) {
            selectedAccounts.add(accountSid);
        }
    }

    /** The account was removed from the workspace: stop probing it and drop its charts. */
    public void removeAccount(String accountSid) {
        sampler.unwatch(accountSid);
        monitor.remove(accountSid);
        selectedAccounts.remove(accountSid);
        accounts.remove(accountSid);
    }

    public Duration samplingInterval() {
        return sampler.interval();
    }

    /** Sets how often each watched account is probed; refuses (and says why) below one second. */
    public boolean setSamplingInterval(Duration interval) {
        try {
            sampler.setInterval(interval);
            return true;
        } catch (IllegalArgumentException e) {
            dialogs.showError("Sampling interval", e.getMessage(), null);
            return false;
        }
    }

    public void togglePause() {
        paused.set(!paused.get());
        if (paused.get()) {
            sampler.pause();
            status.set("Paused: the charts are frozen and no probes are sent; requests are still recorded.");
        } else {
            sampler.resume();
            status.set("");
            refreshFrame();
        }
    }

    /**
     * Sets an account's known concurrency limit from what the user typed; blank clears it.
     * @return false (after telling the user why) when the text is not a usable limit
     */
    public boolean setLimit(String accountSid, String text, double share) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            monitor.setThreshold(accountSid, null);
            refreshFrame();
            return true;
        }
        try {
            monitor.setThreshold(accountSid, new Threshold(Integer.parseInt(t), share, Threshold.DEFAULT_HOLD));
        } catch (NumberFormatException e) {
            dialogs.showError("Concurrency limit", "\"" + t + "\" is not a whole number of requests.", null);
            return false;
        } catch (IllegalArgumentException e) {
            dialogs.showError("Concurrency limit", e.getMessage(), null);
            return false;
        }
        refreshFrame();
        return true;
    }

    /** Opens a request (a 429 marker, a hovered sample) in the request log. */
    public void openRequest(String reference) {
        if (reference != null) {
            openRequest.accept(reference);
        }
    }

    /** Writes the samples of the visible window to {@code target} (atomically), in the background. */
    public void exportCsv(Path target) {
        List<AccountSeries> series = frame.get().series();
        export("Samples", target, file -> TrafficCsv.write(file, series));
    }

    /**
     * Writes a file the view produced (the chart as PNG) atomically in the background; the view encodes,
     * this reports success or failure.
     */
    public void export(String what, Path target, AtomicFiles.PathWriter writer) {
        runner.run("traffic-export", () -> {
            AtomicFiles.replaceWith(target, writer);
            return target;
        }, done -> dialogs.notify("Exported", what + " written to " + done),
                e -> dialogs.showError("Export failed", "Could not write " + target + ": " + e.getMessage(), null));
    }

    /** Rebuilds the last 24 h from the request log (after a restart), in the background. */
    public void restoreHistory(TrafficHistory history) {
        monitor.beginRestore();
        status.set("Rebuilding the last 24 h from the request log...");
        runner.run("traffic-history", () -> TrafficMonitor.load(history, clock), snapshot -> {
            monitor.adopt(snapshot);
            status.set("");
            tick();
        }, e -> {
            monitor.abandonRestore();
            status.set("");
            dialogs.showError("Traffic history", "The last 24 h could not be read from the request log: "
                    + e.getMessage(), null);
        });
    }

    /** Drains, notifies, and rebuilds the chart frame. Public for the benchmark. */
    public void tick() {
        notifyAlerts(monitor.drain());
        for (String sid : monitor.accounts()) {
            if (!accounts.contains(sid)) {
                accounts.add(sid);
            }
        }
        if (selectedAccounts.isEmpty() && !accounts.isEmpty()) {
            selectedAccounts.add(accounts.get(0)); // never open on an empty chart when there is traffic
        }
        refreshFrame();
    }

    private void refreshFrame() {
        if (!active || paused.get()) {
            return;
        }
        List<AccountSeries> series = new ArrayList<>();
        Map<String, Threshold> thresholds = new HashMap<>();
        for (String sid : selectedAccounts) {
            monitor.series(sid, window.get()).ifPresent(series::add);
            monitor.threshold(sid).ifPresent(t -> thresholds.put(sid, t));
        }
        frame.set(new TrafficFrame(window.get(), clock.millis(), List.copyOf(series), Map.copyOf(thresholds)));
    }

    private void notifyAlerts(List<TrafficAlert> alerts) {
        if (alerts.size() <= MAX_NOTIFICATIONS_PER_TICK) {
            alerts.forEach(a -> dialogs.notify(a.title(), a.message()));
            return;
        }
        StringBuilder text = new StringBuilder();
        alerts.stream().limit(MAX_NOTIFICATIONS_PER_TICK).forEach(a -> text.append(a.message()).append('\n'));
        text.append("and ").append(alerts.size() - MAX_NOTIFICATIONS_PER_TICK).append(" more.");
        dialogs.notify(alerts.size() + " traffic alerts", text.toString());
    }
}
