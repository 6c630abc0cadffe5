package app.switchboard.ui.traffic;

import app.switchboard.traffic.AccountSeries;
import app.switchboard.traffic.WindowSummary;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The numbers above the charts: current concurrency, peak in the window, p95 server duration, req/s,
 * 429s. One big value per tile for one account; one coloured line per account when several are charted.
 */
final class KpiStrip extends HBox {

    private record Kpi(String caption, Function<WindowSummary, String> value) {
    }

    private static final List<Kpi> KPIS = List.of(
            new Kpi("Concurrency now", w -> count(w.currentConcurrency())),
            new Kpi("Peak in window", w -> count(w.peakConcurrency())),
            new Kpi("Server p95", w -> Double.isNaN(w.serverMs()[1]) ? "-" : TrafficCharts.millis(w.serverMs()[1])),
            new Kpi("Requests/s", w -> String.format(Locale.ROOT, "%.1f", w.requestsPerSecond())),
            new Kpi("429s in window", w -> String.format(Locale.ROOT, "%,d", w.throttled())));

    private final VBox[] values = new VBox[KPIS.size()];

    KpiStrip() {
        setSpacing(12);
        for (int i = 0; i < KPIS.size(); i++) {
            Label caption = new Label(KPIS.get(i).caption());
            caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            values[i] = new VBox(2);
            VBox tile = new VBox(4, caption, values[i]);
            tile.getStyleClass().add("kpi-tile");
            tile.setPadding(new Insets(8, 14, 8, 14));
            tile.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;"
                    + " -fx-border-color: -color-border-muted; -fx-border-radius: 6;");
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(tile);
        }
    }

    void show(List<AccountSeries> series) {
        for (int k = 0; k < KPIS.size(); k++) {
            values[k].getChildren().clear();
            if (series.isEmpty()) {
                values[k].getChildren().add(big("-", false));
            }
            for (int a = 0; a < series.size() && a < 4; a++) {
                String text = KPIS.get(k).value().apply(series.get(a).summary());
                boolean alert = k == 4 && series.get(a).summary().throttled() > 0;
                if (series.size() == 1) {
                    values[k].getChildren().add(big(text, alert));
                } else {
                    Label l = new Label(text, new Circle(4, TrafficPalette.account(a)));
                    l.getStyleClass().add(Styles.TEXT_BOLD);
                    if (alert) {
                        l.getStyleClass().add(Styles.DANGER);
                    }
                    values[k].getChildren().add(l);
                }
            }
        }
    }

    private static Label big(String text, boolean alert) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_2);
        if (alert) {
            l.getStyleClass().add(Styles.DANGER);
        }
        return l;
    }

    private static String count(int v) {
        return v < 0 ? "-" : Integer.toString(v);
    }
}
