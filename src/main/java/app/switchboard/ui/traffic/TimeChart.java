package app.switchboard.ui.traffic;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A time-series chart drawn on one Canvas: a title and legend, a y axis with round ticks, a time axis
 * with clock labels, lines (plain or step), horizontal reference lines, and markers on the time axis that
 * aggregate per few pixels. Hovering shows a crosshair and the exact values; clicking a marker reports its
 * reference. Drawn only when given new data or resized, in one pass, so a tick costs one redraw per chart
 * whatever the number of events behind it. Colours follow the theme through a hidden label's text fill.
 */
final class TimeChart extends Region {

    enum Style { LINE, STEP, DASHED }

    /** One line: bucket {@code i} is at {@code startMs + i * stepMs}; NaN leaves a gap (after holdMs for steps). */
    record Line(String name, Color color, Style style, long startMs, long stepMs, float[] values,
                String[] references, long holdMs) {
    }

    record Reference(double value, String label, Color color) {
    }

    record Marker(long timeMs, int count, String reference) {
    }

    private static final double LEFT = 56;
    private static final double RIGHT = 16;
    private static final double TOP = 46;
    private static final double BOTTOM = 26;
    private static final double MARKER_MERGE_PX = 8;
    private static final long[] TIME_STEPS = {1_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
        600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000};
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    static final Color ALERT = Color.web("#e02f44");

    private final Canvas canvas = new Canvas();
    private final Label themeProbe = new Label();
    private final String title;
    private final DoubleFunction<String> format;
    private final Consumer<String> onMarker;
    private final ZoneId zone;
    private String subtitle = "";
    private long startMs;
    private long endMs = 1;
    private List<Line> lines = List.of();
    private List<Reference> references = List.of();
    private List<Marker> markers = List.of();
    private List<Marker> drawnMarkers = List.of();
    private double hoverX = -1;
    private double yMax = 1;

    TimeChart(String title, DoubleFunction<String> format, Consumer<String> onMarker, ZoneId zone) {
        this.title = title;
        this.format = format;
        this.onMarker = onMarker;
        this.zone = zone;
        getStyleClass().add("time-chart");
        themeProbe.setManaged(false);
        themeProbe.setVisible(false);
        getChildren().addAll(canvas, themeProbe);
        setMinHeight(150);
        setPrefHeight(220);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hoverX = -1;
            draw();
        });
        canvas.setOnMouseClicked(this::click);
    }

    void setData(long startMs, long endMs, List<Line> lines, List<Reference> references, List<Marker> markers,
                 String subtitle) {
        this.startMs = startMs;
        this.endMs = Math.max(endMs, startMs + 1);
        this.lines = lines;
        this.references = references;
        this.markers = markers;
        this.subtitle = subtitle;
        draw();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private Color foreground() {
        themeProbe.applyCss();
        return themeProbe.getTextFill() instanceof Color c ? c : Color.BLACK;
    }

    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            return;
        }
        Color fg = foreground();
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        yMax = niceCeiling(dataMax() * 1.08); // headroom: a line at the maximum must not merge with the frame
        drawHeader(g, fg, w);
        drawGrid(g, fg, plotW, plotH);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotW, plotH);
        g.clip();
        for (Reference r : references) {
            drawReference(g, r, plotW, plotH);
        }
        for (Line line : lines) {
            drawLine(g, line, plotW, plotH);
        }
        g.restore();
        drawMarkers(g, plotW, plotH);
        if (hoverX >= LEFT && hoverX <= LEFT + plotW) {
            drawHover(g, fg, plotW, plotH);
        }
    }

    private double dataMax() {
        double max = 0;
        for (Line line : lines) {
            for (float v : line.values()) {
                if (!Float.isNaN(v) && v > max) {
                    max = v;
                }
            }
        }
        for (Reference r : references) {
            max = Math.max(max, r.value() * 1.05);
        }
        return max;
    }

    private void drawHeader(GraphicsContext g, Color fg, double w) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(fg);
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.fillText(title, LEFT, 12);
        g.setFont(Font.font(11.5));
        g.setFill(fg.deriveColor(0, 1, 1, 0.7));
        g.setTextAlign(TextAlignment.RIGHT);
        double room = w - RIGHT - LEFT - textWidth(title, Font.font(null, FontWeight.BOLD, 13)) - 24;
        if (textWidth(subtitle, g.getFont()) <= room) { // a narrow chart drops the note rather than overlap
            g.fillText(subtitle, w - RIGHT, 12);
        }
        // legend: one swatch per line, then the reference lines
        g.setTextAlign(TextAlignment.LEFT);
        double x = LEFT;
        double y = 31;
        for (Line line : lines) {
            x = legendItem(g, fg, x, y, line.name(), line.color(), line.style() == Style.DASHED);
        }
        for (Reference r : references) {
            x = legendItem(g, fg, x, y, r.label(), r.color(), true);
        }
        if (!markers.isEmpty()) {
            g.setFill(ALERT);
            triangle(g, x + 6, y + 4, 5);
            g.setFill(fg.deriveColor(0, 1, 1, 0.85));
            g.fillText("429", x + 15, y);
        }
    }

    private double legendItem(GraphicsContext g, Color fg, double x, double y, String name, Color color, boolean dashed) {
        g.setStroke(color);
        g.setLineWidth(2.5);
        g.setLineDashes(dashed ? new double[] {4, 3} : null);
        g.strokeLine(x, y, x + 16, y);
        g.setLineDashes(null);
        g.setFill(fg.deriveColor(0, 1, 1, 0.85));
        g.fillText(name, x + 21, y);
        return x + 21 + textWidth(name, g.getFont()) + 16;
    }

    private static final Text MEASURE = new Text();

    private static double textWidth(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    private void drawGrid(GraphicsContext g, Color fg, double plotW, double plotH) {
        Color grid = fg.deriveColor(0, 1, 1, 0.10);
        Color label = fg.deriveColor(0, 1, 1, 0.65);
        g.setLineWidth(1);
        g.setFont(Font.font(11));
        double yStep = yMax / 4;
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            double y = crisp(TOP + plotH - i * plotH / 4);
            g.setStroke(grid);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.setFill(label);
            g.fillText(format.apply(i * yStep), LEFT - 8, y);
        }
        long span = endMs - startMs;
        long step = TIME_STEPS[TIME_STEPS.length - 1];
        for (long s : TIME_STEPS) {
            if (plotW * s / span >= 90) {
                step = s;
                break;
            }
        }
        DateTimeFormatter f = step < 60_000 ? SECONDS : MINUTES;
        long offset = zone.getRules().getOffset(Instant.ofEpochMilli(endMs)).getTotalSeconds() * 1000L;
        long first = Math.floorDiv(startMs + offset, step) * step + step - offset;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long t = first; t <= endMs; t += step) {
            double x = crisp(xOf(t, plotW));
            g.setStroke(grid);
            g.strokeLine(x, TOP, x, TOP + plotH);
            String text = f.format(Instant.ofEpochMilli(t).atZone(zone));
            if (x + textWidth(text, g.getFont()) / 2 <= LEFT + plotW + RIGHT) {
                g.setFill(label);
                g.fillText(text, x, TOP + plotH + 7);
            }
        }
        g.setStroke(fg.deriveColor(0, 1, 1, 0.3));
        g.strokeLine(LEFT, crisp(TOP + plotH), LEFT + plotW, crisp(TOP + plotH));
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    private double xOf(long t, double plotW) {
        return LEFT + (t - startMs) * plotW / (endMs - startMs);
    }

    private double yOf(double v, double plotH) {
        return TOP + plotH - v * plotH / yMax;
    }

    private void drawReference(GraphicsContext g, Reference r, double plotW, double plotH) {
        double y = crisp(yOf(r.value(), plotH));
        g.setStroke(r.color());
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeLine(LEFT, y, LEFT + plotW, y);
        g.setLineDashes(null);
        g.setFill(r.color());
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(r.label(), LEFT + plotW - 4, y - 2);
    }

    private void drawLine(GraphicsContext g, Line line, double plotW, double plotH) {
        float[] v = line.values();
        g.setStroke(line.color());
        g.setLineWidth(line.style() == Style.DASHED ? 1.5 : 2);
        g.setLineDashes(line.style() == Style.DASHED ? new double[] {5, 3} : null);
        g.beginPath();
        boolean open = false;
        double lastY = 0;
        long lastValueAt = Long.MIN_VALUE;
        for (int i = 0; i < v.length; i++) {
            long t = line.startMs() + i * line.stepMs();
            if (t + line.stepMs() <= startMs) {
                continue; // before the chart's left edge (a series may start earlier than the chart)
            }
            double x = Math.max(LEFT, xOf(t, plotW));
            if (Float.isNaN(v[i])) {
                if (open && (line.style() != Style.STEP || t - lastValueAt > line.holdMs())) {
                    g.stroke();
                    g.beginPath();
                    open = false;
                }
                continue;
            }
            double y = yOf(v[i], plotH);
            if (!open) {
                g.moveTo(x, y);
                open = true;
            } else if (line.style() == Style.STEP) {
                g.lineTo(x, lastY);
                g.lineTo(x, y);
            } else {
                g.lineTo(x, y);
            }
            lastY = y;
            lastValueAt = t;
            if (line.style() == Style.STEP) {
                g.lineTo(xOf(t + line.stepMs(), plotW), y);
            }
        }
        g.stroke();
        g.setLineDashes(null);
    }

    private void drawMarkers(GraphicsContext g, double plotW, double plotH) {
        // neighbours closer than a few pixels become one marker with their total: a storm stays readable
        List<Marker> merged = new ArrayList<>();
        double lastX = Double.NEGATIVE_INFINITY;
        for (Marker m : markers) {
            double x = xOf(m.timeMs(), plotW);
            if (x < LEFT || x > LEFT + plotW) {
                continue;
            }
            if (!merged.isEmpty() && x - lastX < MARKER_MERGE_PX) {
                Marker prev = merged.remove(merged.size() - 1);
                merged.add(new Marker(prev.timeMs(), prev.count() + m.count(), prev.reference()));
            } else {
                merged.add(m);
                lastX = x;
            }
        }
        drawnMarkers = merged;
        double base = TOP + plotH;
        for (Marker m : merged) {
            double x = xOf(m.timeMs(), plotW);
            g.setStroke(ALERT.deriveColor(0, 1, 1, 0.25));
            g.setLineWidth(1);
            g.strokeLine(crisp(x), TOP, crisp(x), base);
            g.setFill(ALERT);
            triangle(g, x, base - 1, m.count() > 9 ? 6 : 5);
        }
    }

    private static void triangle(GraphicsContext g, double x, double baseY, double r) {
        g.fillPolygon(new double[] {x - r, x + r, x}, new double[] {baseY, baseY, baseY - 1.6 * r}, 3);
    }

    private void drawHover(GraphicsContext g, Color fg, double plotW, double plotH) {
        long t = startMs + (long) ((hoverX - LEFT) * (endMs - startMs) / plotW);
        List<String> rows = new ArrayList<>();
        rows.add(DateTimeFormatter.ofPattern("HH:mm:ss").format(Instant.ofEpochMilli(t).atZone(zone)));
        String reference = null;
        for (Line line : lines) {
            int i = (int) Math.floorDiv(t - line.startMs(), line.stepMs());
            if (i < 0 || i >= line.values().length || Float.isNaN(line.values()[i])) {
                continue;
            }
            rows.add(line.name() + ": " + format.apply(line.values()[i]));
            g.setFill(line.color());
            g.fillOval(hoverX - 3.5, yOf(line.values()[i], plotH) - 3.5, 7, 7);
            if (reference == null && line.references() != null) {
                reference = line.references()[i];
            }
        }
        Marker near = markerAt(hoverX);
        if (near != null) {
            rows.add(near.count() + " x 429, first " + near.reference() + " (click to open)");
        } else if (reference != null) {
            rows.add("request " + reference);
        }
        g.setStroke(fg.deriveColor(0, 1, 1, 0.4));
        g.setLineWidth(1);
        g.strokeLine(crisp(hoverX), TOP, crisp(hoverX), TOP + plotH);
        g.setFont(Font.font(11.5));
        double boxW = 12 + rows.stream().mapToDouble(r -> textWidth(r, g.getFont())).max().orElse(0);
        double boxH = 8 + rows.size() * 16;
        double bx = hoverX + 12 + boxW > LEFT + plotW ? hoverX - 12 - boxW : hoverX + 12;
        double by = TOP + 6;
        g.setFill(fg.deriveColor(0, 1, 1, 0.88).invert().deriveColor(0, 1, 1, 0.95));
        g.fillRoundRect(bx, by, boxW, boxH, 6, 6);
        g.setStroke(fg.deriveColor(0, 1, 1, 0.25));
        g.strokeRoundRect(bx, by, boxW, boxH, 6, 6);
        g.setFill(fg);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < rows.size(); i++) {
            g.fillText(rows.get(i), bx + 6, by + 5 + i * 16);
        }
    }

    private Marker markerAt(double x) {
        double plotW = canvas.getWidth() - LEFT - RIGHT;
        for (Marker m : drawnMarkers) {
            if (Math.abs(xOf(m.timeMs(), plotW) - x) <= MARKER_MERGE_PX / 2 + 2) {
                return m;
            }
        }
        return null;
    }

    /** The x of a time on the canvas as last drawn (tests click markers with it). */
    double xOfTime(long timeMs) {
        return xOf(timeMs, canvas.getWidth() - LEFT - RIGHT);
    }

    /** Shows the hover readout at {@code x} (also used by tests and the snapshot harness). */
    void hoverAt(double x) {
        hoverX = x;
        draw();
    }

    private void hover(MouseEvent e) {
        hoverAt(e.getX());
    }

    private void click(MouseEvent e) {
        Marker m = markerAt(e.getX());
        if (m != null && m.reference() != null) {
            onMarker.accept(m.reference());
        }
    }

    /** Round upper bound for the y axis: 4 ticks of 1, 2, 2.5, 3 or 5 times a power of ten. */
    static double niceCeiling(double max) {
        if (!(max > 0)) {
            return 4;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max / 4)));
        for (double f : new double[] {1, 2, 2.5, 3, 5, 10}) {
            if (4 * f * magnitude >= max) {
                return 4 * f * magnitude;
            }
        }
        return 40 * magnitude;
    }
}
