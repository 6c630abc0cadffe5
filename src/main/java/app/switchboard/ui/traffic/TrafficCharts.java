package app.switchboard.ui.traffic;

import app.switchboard.traffic.AccountSeries;
import app.switchboard.traffic.Threshold;
import app.switchboard.traffic.WindowSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The three charts of the traffic screen, fed from one {@link TrafficFrame}: concurrency (step line of
 * the max per bucket, limit and alert lines, 429 markers), durations (server vs round trip) and rates.
 * One account gets a colour per metric; several accounts get a colour each and a dash per metric.
 */
final class TrafficCharts extends VBox {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TimeChart concurrency;
    private final TimeChart durations;
    private final TimeChart rates;
    private final ZoneId zone;

    TrafficCharts(Consumer<String> onMarker, ZoneId zone) {
        this.zone = zone;
        concurrency = new TimeChart("Concurrent requests (Twilio-Concurrent-Requests)", v -> String.format("%.0f", v),
                onMarker, zone);
        durations = new TimeChart("Twilio server duration vs client round trip", TrafficCharts::millis, onMarker,
                zone);
        rates = new TimeChart("Request rate and error rate", TrafficCharts::perSecond, onMarker, zone);
        setSpacing(12);
        for (TimeChart c : List.of(concurrency, durations, rates)) {
            c.getStyleClass().add("traffic-chart");
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        getChildren().addAll(concurrency, durations, rates);
    }

    TimeChart concurrencyChart() {
        return concurrency;
    }

    void show(TrafficFrame frame) {
        List<AccountSeries> all = frame.series();
        boolean single = all.size() == 1;
        List<TimeChart.Line> conc = new ArrayList<>();
        List<TimeChart.Line> dur = new ArrayList<>();
        List<TimeChart.Line> rate = new ArrayList<>();
        List<TimeChart.Reference> refs = new ArrayList<>();
        List<TimeChart.Marker> markers = new ArrayList<>();
        for (int a = 0; a < all.size(); a++) {
            AccountSeries s = all.get(a);
            Color color = TrafficPalette.account(a);
            String name = TrafficPalette.shortSid(s.accountSid());
            long hold = Math.max(30_000, 3 * s.stepMs()); // a step holds between the sampler's probes
            conc.add(line(single ? "concurrent (max per " + stepLabel(s.stepMs()) + ")" : name, color,
                    TimeChart.Style.STEP, s, s.concurrencyMax(), s.peakReference(), hold));
            Color second = single ? TrafficPalette.SECOND : color;
            dur.add(line(single ? "server p50" : name + " server p50", color, TimeChart.Style.LINE, s,
                    s.serverP50(), null, 0));
            dur.add(line(single ? "round trip p50" : name + " round trip p50", second, TimeChart.Style.DASHED, s,
                    s.clientP50(), null, 0));
            if (single) {
                dur.add(line("server p95", color.deriveColor(0, 0.6, 1.15, 0.7), TimeChart.Style.DASHED, s,
                        s.serverP95(), null, 0));
                dur.add(line("round trip p95", second.deriveColor(0, 0.6, 1.15, 0.7), TimeChart.Style.DASHED, s,
                        s.clientP95(), null, 0));
            }
            rate.add(line(single ? "requests/s" : name + " req/s", color, TimeChart.Style.LINE, s,
                    perSecond(s, s.requests()), null, 0));
            rate.add(line(single ? "errors/s (4xx, 5xx, failed)" : name + " errors/s", single ? TimeChart.ALERT : color,
                    single ? TimeChart.Style.LINE : TimeChart.Style.DASHED, s, perSecond(s, s.errors()),
                    null, 0));
            Threshold t = frame.thresholds().get(s.accountSid());
            if (t != null) {
                refs.add(new TimeChart.Reference(t.limit(), (single ? "" : name + " ") + "limit " + t.limit(),
                        TimeChart.ALERT));
                if (single && t.level() < t.limit()) { // a small limit rounds its alert level up onto the limit line
                    refs.add(new TimeChart.Reference(t.level(), "alert at " + Math.round(t.share() * 100) + "%",
                            TrafficPalette.WARNING));
                }
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.throttled()[i] > 0) {
                    markers.add(new TimeChart.Marker(s.timeOf(i), s.throttled()[i], s.firstThrottled()[i]));
                }
            }
        }
        markers.sort(Comparator.comparingLong(TimeChart.Marker::timeMs));
        long start = frame.startMs();
        long end = frame.endMs();
        concurrency.setData(start, end, conc, refs, markers, windowNote(frame));
        durations.setData(start, end, dur, List.of(), List.of(), percentileNote(all));
        rates.setData(start, end, rate, List.of(), markers, totalsNote(all));
    }

    private static TimeChart.Line line(String name, Color color, TimeChart.Style style, AccountSeries s,
                                       float[] values, String[] references, long hold) {
        return new TimeChart.Line(name, color, style, s.startMs(), s.stepMs(), values, references, hold);
    }

    /**
     * Rates per bucket from the series' first bucket with data (before it Switchboard saw nothing, which is not
     * a rate of zero); the last bucket is still filling, so it is left out rather than shown as a drop.
     */
    private static float[] perSecond(AccountSeries s, int[] counts) {
        float[] out = new float[counts.length];
        Arrays.fill(out, Float.NaN);
        for (int i = s.firstWithData(); i < counts.length - 1; i++) {
            out[i] = counts[i] * 1000f / s.stepMs();
        }
        return out;
    }

    private String windowNote(TrafficFrame frame) {
        if (frame.shorterThanWindow()) {
            return "since " + SINCE.format(Instant.ofEpochMilli(frame.startMs()).atZone(zone))
                    + " (window " + frame.window().label() + ")";
        }
        return "last " + frame.window().label();
    }

    /** Window percentiles: spelled out for one account, compact for two or more (which may not all fit). */
    private static String percentileNote(List<AccountSeries> all) {
        if (all.size() == 1) {
            WindowSummary w = all.get(0).summary();
            return "server p50/p95/p99 " + triple(w.serverMs()) + "    round trip " + triple(w.clientMs());
        }
        StringBuilder b = new StringBuilder("p50/p95/p99");
        for (AccountSeries s : all.subList(0, Math.min(3, all.size()))) {
            WindowSummary w = s.summary();
            b.append("   ").append(TrafficPalette.shortSid(s.accountSid())).append(' ')
                    .append(triple(w.serverMs())).append(" (rt ").append(triple(w.clientMs())).append(')');
        }
        return b.toString();
    }

    private static String triple(double[] p) {
        return millisPlain(p[0]) + " / " + millisPlain(p[1]) + " / " + millisPlain(p[2]) + " ms";
    }

    private static String totalsNote(List<AccountSeries> all) {
        long requests = 0;
        long errors = 0;
        long throttled = 0;
        for (AccountSeries s : all) {
            requests += s.summary().requests();
            errors += s.summary().errors();
            throttled += s.summary().throttled();
        }
        return String.format(Locale.ROOT, "%,d requests, %,d errors, %,d x 429 in window", requests, errors,
                throttled);
    }

    private static String stepLabel(long stepMs) {
        return stepMs < 60_000 ? stepMs / 1000 + " s" : stepMs / 60_000 + " min";
    }

    static String millis(double v) {
        if (v == 0) {
            return "0";
        }
        return v >= 1000 ? String.format(Locale.ROOT, "%.1f s", v / 1000) : millisPlain(v) + " ms";
    }

    private static String millisPlain(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
    }

    static String perSecond(double v) {
        if (v == 0) {
            return "0";
        }
        return v < 10 && v != Math.rint(v) ? String.format(Locale.ROOT, "%.1f/s", v)
                : String.format(Locale.ROOT, "%.0f/s", v);
    }
}
