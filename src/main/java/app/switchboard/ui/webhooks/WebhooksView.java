package app.switchboard.ui.webhooks;

import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import app.switchboard.webhooks.AuditedWebhook;
import app.switchboard.webhooks.Finding;
import app.switchboard.webhooks.Severity;
import app.switchboard.webhooks.tls.ProbeStatus;
import app.switchboard.webhooks.tls.TlsProbeResult;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** The Webhooks & TLS screen: a header with the audit command, and four tabs. */
public final class WebhooksView extends BorderPane {

    private static final DateTimeFormatter PROBED = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final WebhooksViewModel model;

    public WebhooksView(WebhooksViewModel model) {
        this.model = model;
        getStylesheets().add(WebhooksView.class.getResource("webhooks.css").toExternalForm());
        setTop(header());
        TabPane tabs = new TabPane(
                tab("Inventory", AppIcon.WEBHOOK, inventory()),
                tab("TLS endpoints", AppIcon.LOCK_OUTLINE, endpoints()),
                tab("Accounts", AppIcon.SHIELD_CHECK_OUTLINE, new AccountsPane(model)),
                tab("Signature", AppIcon.SIGNATURE_FREEHAND, new SignaturePane(model)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    /** The audit's status and its action; the screen's name is already in the window's header. */
    private HBox header() {
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("webhooks-muted");
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.setPrefWidth(160);
        Button rerun = new Button("Re-run audit", Icons.of(AppIcon.REFRESH));
        rerun.getStyleClass().add(Styles.ACCENT);
        rerun.disableProperty().bind(model.runningProperty());
        rerun.setOnAction(e -> model.runAudit());
        rerun.setTooltip(new Tooltip("Probe every webhook endpoint again"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(status, spacer, progress, rerun);
        header.getStyleClass().add("webhooks-header");
        return header;
    }

    /** What the audit could not see, under the inventory: shown only when there is something to say. */
    private Label coverageNote() {
        Label note = new Label();
        note.setGraphic(Icons.of(AppIcon.INFORMATION_OUTLINE));
        note.setWrapText(true);
        note.getStyleClass().add("webhooks-muted");
        note.textProperty().bind(model.coverageNoteProperty());
        note.visibleProperty().bind(model.coverageNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private static Tab tab(String title, Ikon icon, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(Icons.of(icon));
        return tab;
    }

    private VBox inventory() {
        TextField filter = new TextField();
        filter.setPromptText("Filter by account, resource, field or URL");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefWidth(340);
        CheckBox problems = new CheckBox("Problems only");
        problems.selectedProperty().bindBidirectional(model.problemsOnlyProperty());
        Label scope = new Label();
        scope.getStyleClass().add("webhooks-muted");
        scope.textProperty().bind(Bindings.createStringBinding(() -> model.selectedAccountProperty().get() == null
                ? "All accounts" : "Account: " + model.selectedAccountProperty().get().accountName(), model.selectedAccountProperty()));
        Button allAccounts = new Button("Show all");
        allAccounts.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        allAccounts.visibleProperty().bind(model.selectedAccountProperty().isNotNull());
        allAccounts.setOnAction(e -> model.selectedAccountProperty().set(null));
        HBox bar = new HBox(10, Icons.of(AppIcon.MAGNIFY), filter, problems, scope, allAccounts);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditedWebhook> table = new TableView<>(model.webhooks());
        table.getColumns().setAll(List.of(
                Cells.graphic("Severity", 105, WebhooksView::webhookSeverity),
                Cells.text("Account", 160, w -> w.webhook().accountName()),
                Cells.text("Type", 155, w -> w.webhook().resourceType().label()),
                Cells.text("Resource", 230, w -> w.webhook().resourceName()),
                Cells.text("Field", 140, w -> w.webhook().field()),
                // What is wrong comes before the long URL, so it is on screen without scrolling.
                Cells.text("Findings", 300, WebhooksView::findingsText),
                urlColumn(),
                Cells.text("Method", 90, w -> w.webhook().method() == null ? "" : w.webhook().method()),
                Cells.graphic("Effective", 135, WebhooksView::effective)));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No webhooks yet: run the audit."));
        table.getStyleClass().add(Styles.STRIPED);
        Label details = detailsLabel("Select a webhook to see every finding with its fix hint.");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> details.setText(w == null ? ""
                : describe(w.url().masked() + " (" + WebhooksViewModel.effectiveText(w) + ")", w.findings())));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(bar, table, coverageNote(), details);
        box.getStyleClass().add("tab-body");
        return box;
    }

    /** A URL whose endpoint was never probed is not "ok" yet: the cached view shows it as unprobed until an audit runs. */
    private static Label webhookSeverity(AuditedWebhook w) {
        Severity worst = w.worst().orElse(null);
        if (worst == null && w.tls() == null && w.url().target().isPresent()) {
            return Badges.badge("not probed", "sev-info");
        }
        return Badges.severity(worst);
    }

    private static TableColumn<AuditedWebhook, String> urlColumn() {
        TableColumn<AuditedWebhook, String> url = Cells.text("URL", 320, w -> w.url().masked());
        url.getStyleClass().add("mono");
        return url;
    }

    private static Label effective(AuditedWebhook w) {
        Label label = new Label(WebhooksViewModel.effectiveText(w));
        if (!w.webhook().effective()) {
            label.getStyleClass().add("overridden");
        }
        return label;
    }

    private static String findingsText(AuditedWebhook w) {
        List<Finding> findings = w.findings();
        if (findings.isEmpty()) {
            return "";
        }
        return findings.get(0).message() + (findings.size() > 1 ? "  (+" + (findings.size() - 1) + " more)" : "");
    }

    private VBox endpoints() {
        TableView<TlsProbeResult> table = new TableView<>(model.endpoints());
        table.getColumns().setAll(List.of(
                Cells.graphic("Severity", 80, WebhooksView::endpointSeverity),
                Cells.text("Endpoint", 215, r -> (r.tls() ? "https://" : "http://") + r.target()),
                Cells.graphic("Status", 165, WebhooksView::statusBadge),
                Cells.text("Protocol", 85, r -> r.protocol() == null ? "—" : r.protocol()),
                Cells.text("Cipher", 265, r -> r.cipherSuite() == null ? "—" : r.cipherSuite()),
                Cells.text("Expires", 140, r -> WebhooksViewModel.expiryText(r, model.clock())),
                Cells.text("Issuer", 250, r -> r.leaf().map(c -> WebhooksViewModel.commonName(c.issuer())).orElse("—")),
                Cells.text("Key", 80, r -> r.leaf().map(c -> c.keyType() + " " + c.keyBits()).orElse("—")),
                Cells.text("Probed", 110, r -> PROBED.format(r.probedAt().atZone(ZoneId.systemDefault())))));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No endpoint probed yet."));
        table.getStyleClass().add(Styles.STRIPED);
        Label details = detailsLabel("Select an endpoint to see its findings and fix hints.");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> details.setText(r == null ? ""
                : describe(r.target() + (r.detail() == null ? "" : ": " + r.detail()), r.findings())));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(table, details);
        box.getStyleClass().add("tab-body");
        return box;
    }

    /**
     * A reachable plain-http endpoint has no TLS finding of its own, but "ok" next to it would mislead: it gets the
     * severity of the URLs' PLAIN_HTTP finding.
     */
    private static Label endpointSeverity(TlsProbeResult r) {
        Severity worst = Finding.worst(r.findings()).orElse(null);
        return Badges.severity(r.tls() || worst != null ? worst : Severity.HIGH);
    }

    private static Label statusBadge(TlsProbeResult r) {
        boolean ok = r.status() == ProbeStatus.TLS_OK || r.status() == ProbeStatus.HTTP_REACHABLE;
        String text = r.certificateFailing() ? r.chainStatus().label() : r.status().label();
        return Badges.badge(text, ok ? (r.tls() ? "sev-ok" : "sev-high") : "sev-critical");
    }

    private static Label detailsLabel(String prompt) {
        Label details = new Label(prompt);
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("webhooks-muted");
        return details;
    }

    private static String describe(String subject, List<Finding> findings) {
        StringBuilder sb = new StringBuilder(subject);
        if (findings.isEmpty()) {
            sb.append("\n• no findings");
        }
        for (Finding f : findings) {
            sb.append("\n• ").append(f.severity().label()).append(": ").append(f.message()).append(" — ").append(f.fixHint());
        }
        return sb.toString();
    }
}
