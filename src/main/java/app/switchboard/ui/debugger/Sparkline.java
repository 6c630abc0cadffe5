package app.switchboard.ui.debugger;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/** A tiny bar chart of counts per day; bars share the tallest day's scale. */
final class Sparkline extends Region {

    private static final double BAR_GAP = 2;

    private List<Integer> values = List.of();

    Sparkline() {
        getStyleClass().add("sparkline");
        setPrefSize(84, 22);
        setMinSize(84, 22);
        setMaxSize(84, 22);
    }

    void setValues(List<Integer> counts) {
        values = counts == null ? List.of() : counts;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        if (values.isEmpty()) {
            return;
        }
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        double w = getWidth();
        double h = getHeight();
        double barWidth = Math.max(1, (w - BAR_GAP * (values.size() - 1)) / values.size());
        for (int i = 0; i < values.size(); i++) {
            int v = values.get(i);
            double barHeight = max == 0 ? 0 : Math.max(v > 0 ? 2 : 1, h * v / max);
            Rectangle bar = new Rectangle(i * (barWidth + BAR_GAP), h - Math.max(1, barHeight), barWidth, Math.max(1, barHeight));
            bar.getStyleClass().add(v > 0 ? "sparkline-bar" : "sparkline-empty");
            getChildren().add(bar);
        }
    }
}
