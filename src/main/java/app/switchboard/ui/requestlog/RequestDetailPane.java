package app.switchboard.ui.requestlog;

import app.switchboard.requestlog.RequestDetail;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.twilio.RequestRecord.Header;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected request: summary, timing split, retry chain, headers and bodies (JSON pretty-printed, searchable). */
final class RequestDetailPane extends StackPane {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS zzz").withZone(ZoneId.systemDefault());

    private final RequestLogViewModel vm;
    private final Label method = new Label();
    private final Label url = new Label();
    private final Label status = new Label();
    private final GridPane facts = new GridPane();
    private final TimingBar timing = new TimingBar();
    private final ListView<RequestRow> chain = new ListView<>();
    private final TextArea requestText = body();
    private final TextArea responseText = body();
    private final VBox content = new VBox();
    private final Label empty = new Label("Select a request to see its headers, bodies and timing.");
    final Button copyRid = new Button("Copy request id", Icons.of(AppIcon.CONTENT_COPY));
    final Button copyCurl = new Button("Copy as curl", Icons.of(AppIcon.CONSOLE));

    RequestDetailPane(RequestLogViewModel vm, Consumer<String> clipboard) {
        this.vm = vm;
        getStyleClass().add("request-detail");
        method.getStyleClass().addAll("method-badge");
        url.getStyleClass().add("mono");
        url.setWrapText(true);
        status.getStyleClass().add("status-pill");
        copyRid.getStyleClass().addAll(Styles.SMALL);
        copyCurl.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        copyCurl.setId("copy-curl");
        copyRid.setOnAction(e -> clipboard.accept(vm.requestIdForSelection()));
        copyCurl.setOnAction(e -> clipboard.accept(vm.curlForSelection()));
        copyCurl.setTooltip(new Tooltip("Credentials are written as $TWILIO_API_KEY:$TWILIO_API_SECRET, never the secret"));

        HBox title = new HBox(8, method, status);
        title.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(6, copyRid, copyCurl);
        facts.setHgap(12);
        facts.setVgap(3);
        chain.setPrefHeight(90);
        chain.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        chain.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RequestRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : String.format(Locale.ROOT, "attempt %d  ·  %d%s  ·  %.0f ms  ·  %s",
                        r.attempt(), r.status(), r.twilioCode() == null ? "" : " (" + r.twilioCode() + ")",
                        r.roundTripMillis(), r.requestId() == null ? "no request id" : r.requestId()));
                getStyleClass().removeAll("mono");
                getStyleClass().add("mono");
            }
        });
        chain.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && !r.equals(vm.selectedProperty().get())) {
                vm.selectInChain(r);
            }
        });

        VBox overview = new VBox(10, section("Timing"), timing, section("Request"), facts, section("Retry chain"), chain);
        overview.setPadding(new Insets(10));
        TabPane tabs = new TabPane(new Tab("Overview", overview), new Tab("Request", searchable(requestText)),
                new Tab("Response", searchable(responseText)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox head = new VBox(6, title, url, actions);
        head.setPadding(new Insets(10, 10, 6, 10));
        content.getChildren().addAll(head, tabs);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        // The pane may be narrow: the hint wraps instead of ending in an ellipsis.
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        getChildren().addAll(empty, content);
        vm.detailProperty().addListener((o, a, d) -> show(d));
        show(null);
    }

    private void show(RequestDetail d) {
        content.setVisible(d != null);
        empty.setVisible(d == null);
        if (d == null) {
            return;
        }
        RequestRow r = d.row();
        method.setText(r.method());
        url.setText(r.url());
        status.setText(r.status() == 0 ? "no response" : Integer.toString(r.status()));
        status.getStyleClass().removeIf(s -> s.startsWith("status-"));
        status.getStyleClass().addAll("status-pill", StatusStyle.of(r));
        timing.show(r.roundTripMillis(), r.twilioDurationSeconds());
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "Time", TIME.format(r.time()));
        row = fact(row, "Account", r.account());
        row = fact(row, "Credential", r.credential());
        row = fact(row, "Request id", r.requestId());
        row = fact(row, "Twilio code", r.twilioCode() == null ? null : r.twilioCode() + "  ·  twilio.com/docs/errors/" + r.twilioCode());
        row = fact(row, "Concurrency", r.concurrency() == null ? null : r.concurrency().toString());
        row = fact(row, "Bytes", d.requestBytes() + " sent, " + d.responseBytes() + " received");
        row = fact(row, "Failure", r.failure());
        fact(row, "Source", r.imported() ? r.source() : null);
        chain.getItems().setAll(d.retryChain());
        chain.getSelectionModel().select(r);
        requestText.setText(headers(d.requestHeaders()) + "\n" + pretty(d.requestBody()));
        responseText.setText(headers(d.responseHeaders()) + "\n" + pretty(d.responseBody()));
    }

    private int fact(int row, String name, String value) {
        if (value == null) {
            return row;
        }
        Label k = new Label(name);
        k.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.getStyleClass().add("mono");
        facts.addRow(row, k, v);
        return row + 1;
    }

    private static String headers(List<Header> headers) {
        StringBuilder sb = new StringBuilder();
        headers.forEach(h -> sb.append(h.name()).append(": ").append(h.value()).append('\n'));
        return sb.toString();
    }

    /** JSON bodies indented; anything else (forms, cut bodies, non-JSON errors) as it is. */
    static String pretty(String body) {
        if (body == null) {
            return "(no body)";
        }
        String b = body.trim();
        if (b.startsWith("{") || b.startsWith("[")) {
            try {
                return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(JsonParser.parseString(b));
            } catch (RuntimeException notJson) {
                return body;
            }
        }
        return body.replace("&", "\n&");
    }

    private static TextArea body() {
        TextArea t = new TextArea();
        t.setEditable(false);
        t.getStyleClass().add("mono");
        VBox.setVgrow(t, Priority.ALWAYS);
        return t;
    }

    /** A text area with a find box: Enter jumps to the next match. */
    private static VBox searchable(TextArea area) {
        TextField find = new TextField();
        find.setPromptText("Find in headers and body");
        find.getStyleClass().add(Styles.SMALL);
        Label hits = new Label();
        hits.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        find.setOnAction(e -> {
            String needle = find.getText().toLowerCase(Locale.ROOT);
            String text = area.getText().toLowerCase(Locale.ROOT);
            if (needle.isEmpty()) {
                return;
            }
            int from = text.indexOf(needle, area.getSelection().getEnd());
            int at = from >= 0 ? from : text.indexOf(needle);
            hits.setText(at < 0 ? "not found" : "");
            if (at >= 0) {
                area.selectRange(at, at + needle.length());
            }
        });
        HBox bar = new HBox(6, Icons.of(AppIcon.MAGNIFY), find, hits);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(find, Priority.ALWAYS);
        VBox box = new VBox(6, bar, area);
        box.setPadding(new Insets(8));
        return box;
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, Styles.TEXT_MUTED);
        return l;
    }

    /** Round trip split into Twilio's server time and the rest (network and queueing). */
    static final class TimingBar extends VBox {
        private final Region server = new Region();
        private final Region network = new Region();
        private final Label legend = new Label();

        TimingBar() {
            super(4);
            server.getStyleClass().add("timing-server");
            network.getStyleClass().add("timing-network");
            HBox bar = new HBox(server, network);
            bar.getStyleClass().add("timing-bar");
            bar.setPrefHeight(12);
            legend.getStyleClass().addAll(Styles.TEXT_SMALL, "mono");
            legend.setWrapText(true);
            getChildren().addAll(bar, legend);
            widthProperty().addListener((o, a, b) -> requestLayout());
        }

        void show(double roundTripMs, Double serverSeconds) {
            double serverMs = serverSeconds == null ? 0 : Math.min(roundTripMs, serverSeconds * 1000);
            double share = roundTripMs <= 0 ? 0 : serverMs / roundTripMs;
            server.prefWidthProperty().bind(widthProperty().multiply(share));
            network.prefWidthProperty().bind(widthProperty().multiply(1 - share));
            legend.setText(serverSeconds == null
                    ? String.format(Locale.ROOT, "round trip %.1f ms  (no Twilio-Request-Duration)", roundTripMs)
                    : String.format(Locale.ROOT, "Twilio server %.0f ms + network/queue %.1f ms = round trip %.1f ms",
                    serverMs, roundTripMs - serverMs, roundTripMs));
        }
    }
}
