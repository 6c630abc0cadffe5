package app.switchboard.ui.requestlog;

import app.switchboard.requestlog.Timeline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Requests per interval as stacked bars coloured by status class, on a Canvas (cheap to redraw
 * whatever the number of requests). Dragging across it selects a time range.
 */
final class TimelineChart extends Region {

    /** Colours per {@link Timeline} class: no response, 2xx, 3xx, 4xx, 5xx. */
    static final Color[] CLASS_COLORS = {
        Color.web("#8c959f"), Color.web("#2da44e"), Color.web("#0969da"), Color.web("#d4a72c"), Color.web("#cf222e")};
    private static final double AXIS = 16;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d HH:mm").withZone(ZoneId.systemDefault());

    private final Canvas canvas = new Canvas();
    private Timeline timeline;
    private double dragStart = -1;
    private double dragEnd = -1;

    TimelineChart(BiConsumer<Instant, Instant> onRange) {
        getStyleClass().add("timeline-chart");
        getChildren().add(canvas);
        setMinHeight(72);
        setPrefHeight(84);
        canvas.setOnMousePressed(e -> {
            dragStart = e.getX();
            dragEnd = e.getX();
            draw();
        });
        canvas.setOnMouseDragged(e -> {
            dragEnd = Math.max(0, Math.min(getWidth(), e.getX()));
            draw();
        });
        canvas.setOnMouseReleased(e -> {
            if (timeline != null && Math.abs(dragEnd - dragStart) > 3) {
                onRange.accept(timeAt(dragStart), timeAt(dragEnd));
            }
            dragStart = -1;
            draw();
        });
    }

    void setTimeline(Timeline t) {
        this.timeline = t;
        draw();
    }

    private Instant timeAt(double x) {
        long span = timeline.to().toEpochMilli() - timeline.from().toEpochMilli();
        return timeline.from().plusMillis((long) (span * Math.max(0, Math.min(1, x / getWidth()))));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(10));
        if (timeline == null || timeline.max() == 0) {
            g.setFill(Color.web("#57606a"));
            g.fillText("No requests in this range", 8, h / 2);
            return;
        }
        double chartH = h - AXIS - 4;
        double barW = w / timeline.buckets();
        long max = timeline.max();
        for (int b = 0; b < timeline.buckets(); b++) {
            double y = chartH + 4;
            for (int cls = 1; cls <= Timeline.CLASSES; cls++) {
                int c = cls % Timeline.CLASSES;   // draw 2xx at the bottom, failures on top
                long n = timeline.counts()[b][c];
                if (n == 0) {
                    continue;
                }
                double bh = Math.max(1, chartH * n / max);
                y -= bh;
                g.setFill(CLASS_COLORS[c]);
                g.fillRect(b * barW + 0.5, y, Math.max(1, barW - 1), bh);
            }
        }
        g.setFill(Color.web("#57606a"));
        for (int i = 0; i <= 4; i++) {
            double x = w * i / 4;
            String label = LABEL.format(timeAt(x));
            double tx = i == 0 ? 4 : i == 4 ? x - 76 : x - 36;
            g.fillText(label, tx, h - 4);
        }
        String scale = "max " + max + " per " + humanBucket(timeline.bucketMillis());
        g.setFill(Color.web("#f6f8fa", 0.85));
        g.fillRect(w - 124, 1, 122, 14);
        g.setFill(Color.web("#57606a"));
        g.fillText(scale, w - 120, 12);
        if (dragStart >= 0) {
            g.setFill(Color.color(0.04, 0.41, 0.85, 0.18));
            g.fillRect(Math.min(dragStart, dragEnd), 0, Math.abs(dragEnd - dragStart), h);
        }
    }

    private static String humanBucket(long ms) {
        if (ms < 60_000) {
            return Math.max(1, ms / 1000) + " s";
        }
        if (ms < 3_600_000) {
            return ms / 60_000 + " min";
        }
        return ms / 3_600_000 + " h";
    }
}
