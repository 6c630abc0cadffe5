package app.switchboard.ui.webhooks;

import app.switchboard.ui.common.DialogService;
import app.switchboard.ui.common.TaskRunner;
import app.switchboard.webhooks.AccountSummary;
import app.switchboard.webhooks.Attestation;
import app.switchboard.webhooks.AttestationStore;
import app.switchboard.webhooks.AuditReport;
import app.switchboard.webhooks.AuditService;
import app.switchboard.webhooks.AuditedWebhook;
import app.switchboard.webhooks.Severity;
import app.switchboard.webhooks.WebhookUrl;
import app.switchboard.webhooks.signature.SignatureValidator;
import app.switchboard.webhooks.tls.TlsProbeResult;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Webhooks & TLS screen: inventory, TLS endpoints, the per-account security matrix with the attested
 * "SSL certificate validation" setting, and the signature validator. Holds no Nodes.
 */
public final class WebhooksViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    /** The verdict line of the signature tab. */
    public enum Verdict { NONE, VALID, INVALID, SIGNED, ERROR }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AuditService audits;
    private final AttestationStore attestations;
    private final Clock clock;

    private final ObservableList<AuditedWebhook> webhooks = FXCollections.observableArrayList();
    private final FilteredList<AuditedWebhook> visibleWebhooks = new FilteredList<>(webhooks);
    private final ObservableList<TlsProbeResult> endpoints = FXCollections.observableArrayList();
    private final ObservableList<AccountSummary> accounts = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<AccountSummary> selectedAccount = new SimpleObjectProperty<>();
    private final ObjectProperty<Attestation.State> attestationState = new SimpleObjectProperty<>(Attestation.State.UNKNOWN);
    private final ObjectProperty<LocalDate> attestationDate = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No audit yet");
    private final ReadOnlyStringWrapper coverageNote = new ReadOnlyStringWrapper("");

    private final StringProperty signatureUrl = new SimpleStringProperty("");
    private final ObservableList<ParamRow> params = FXCollections.observableArrayList();
    private final BooleanProperty jsonBody = new SimpleBooleanProperty(false);
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty signature = new SimpleStringProperty("");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>(Verdict.NONE);
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signedString = new ReadOnlyStringWrapper("");

    // Written by probe threads, read on the tick: progress never costs one runLater per probe.
    private final AtomicInteger probesDone = new AtomicInteger();
    private final AtomicInteger probesTotal = new AtomicInteger();
    private TaskRunner.Cancellable progressTick;

    public WebhooksViewModel(TaskRunner runner, DialogService dialogs, AuditService audits,
                             AttestationStore attestations, Clock clock) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.audits = audits;
        this.attestations = attestations;
        this.clock = clock;
        filter.addListener((o, a, b) -> refilter());
        problemsOnly.addListener((o, a, b) -> refilter());
        selectedAccount.addListener((o, old, account) -> {
            Attestation current = account == null ? Attestation.UNKNOWN : account.attestation();
            attestationState.set(current.state());
            attestationDate.set(current.date());
            refilter();
        });
    }

    /**
     * Shows the cached results; when nothing was ever probed (a first visit, or the demo), runs the audit
     * right away. Busy until then, so the screen counts as ready only with results on it.
     */
    public void activate() {
        if (!webhooks.isEmpty() || running.get()) {
            return;
        }
        running.set(true);
        status.set("Loading inventory…");
        runner.run("webhooks-cached", audits::cached, report -> {
            show(report, "Cached results");
            if (report.endpoints().isEmpty() && !report.webhooks().isEmpty()) {
                startAudit();
            } else {
                running.set(false);
            }
        }, e -> {
            running.set(false);
            failed(e);
        });
    }

    /** Leaving the screen forgets the pasted auth token and stops progress updates. */
    public void deactivate() {
        token.set("");
        if (progressTick != null) {
            progressTick.cancel();
            progressTick = null;
        }
    }

    public void runAudit() {
        if (running.get()) {
            return;
        }
        running.set(true);
        startAudit();
    }

    private void startAudit() {
        probesDone.set(0);
        probesTotal.set(0);
        progress.set(-1);
        status.set("Auditing…");
        progressTick = runner.every(Duration.ofMillis(200), this::drainProgress);
        runner.run("webhooks-audit", () -> audits.run((done, total) -> {
            probesTotal.set(total);
            probesDone.set(done);
        }), report -> {
            stopProgress();
            show(report, "Audited");
        }, e -> {
            stopProgress();
            failed(e);
        });
    }

    private void drainProgress() {
        int total = probesTotal.get();
        if (total > 0) {
            progress.set(probesDone.get() / (double) total);
            status.set("Probing " + probesDone.get() + " of " + total + " endpoints…");
        }
    }

    private void stopProgress() {
        running.set(false);
        progress.set(0);
        if (progressTick != null) {
            progressTick.cancel();
            progressTick = null;
        }
    }

    private void show(AuditReport report, String what) {
        String selectedSid = selectedAccount.get() == null ? null : selectedAccount.get().accountSid();
        webhooks.setAll(report.webhooks());
        endpoints.setAll(report.endpoints());
        accounts.setAll(report.summaries());
        coverageNote.set(String.join("\n", report.notes()));
        selectedAccount.set(accounts.stream().filter(a -> a.accountSid().equals(selectedSid)).findFirst().orElse(null));
        long problems = report.webhooks().stream().filter(w -> w.worst().map(s -> s.compareTo(Severity.MEDIUM) <= 0).orElse(false)).count();
        String endpointsText = report.endpoints().isEmpty() && !report.webhooks().isEmpty()
                ? "endpoints not probed yet (Re-run audit)" : report.endpoints().size() + " endpoints";
        status.set(what + " " + TIME.format(report.finishedAt().atZone(ZoneId.systemDefault())) + " · "
                + report.webhooks().size() + " webhooks · " + endpointsText + " · " + problems + " with problems");
    }

    private void failed(Throwable e) {
        running.set(false);
        status.set("Audit failed");
        dialogs.showError("Webhook audit failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), null);
    }

    private void refilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        AccountSummary account = selectedAccount.get();
        boolean onlyProblems = problemsOnly.get();
        visibleWebhooks.setPredicate(w -> (account == null || w.webhook().accountSid().equals(account.accountSid()))
                && (!onlyProblems || w.worst().map(s -> s.compareTo(Severity.MEDIUM) <= 0).orElse(false))
                && (text.isEmpty() || searchable(w).contains(text)));
    }

    private static String searchable(AuditedWebhook w) {
        return (w.webhook().accountName() + " " + w.webhook().resourceType().label() + " " + w.webhook().resourceName() + " " + w.webhook().resourceSid() + " "
                + w.webhook().field() + " " + w.url().masked()).toLowerCase(Locale.ROOT);
    }

    /** Records the admin's attestation for the selected account, dated today unless a date was picked. */
    public void saveAttestation() {
        AccountSummary account = selectedAccount.get();
        if (account == null) {
            return;
        }
        LocalDate date = attestationState.get() == Attestation.State.UNKNOWN ? null
                : attestationDate.get() != null ? attestationDate.get() : LocalDate.now(clock);
        Attestation attestation = new Attestation(attestationState.get(), date);
        runner.run("webhooks-attest", () -> {
            attestations.set(account.accountSid(), attestation);
            return attestation;
        }, saved -> {
            AccountSummary updated = new AccountSummary(account.accountSid(), account.accountName(), account.parentSid(),
                    account.webhooks(), account.httpWebhooks(), account.credentialsInUrl(), account.failingCertificates(),
                    account.expiringSoon(), account.unreachable(), account.worst(), saved, account.error());
            int i = accounts.indexOf(account);
            if (i >= 0) {
                accounts.set(i, updated);
            }
            selectedAccount.set(updated);
        }, e -> dialogs.showError("Could not save the attestation", e.getMessage(), null));
    }

    // ---- signature tab ----

    public void addParam() {
        params.add(new ParamRow("", ""));
    }

    /** Fills the parameter table from a raw form body ({@code a=1&b=2}, URL-encoded). */
    public void importFormBody(String formBody) {
        List<ParamRow> rows = new ArrayList<>();
        for (String pair : formBody.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            rows.add(new ParamRow(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        params.setAll(rows);
    }

    public void verifySignature() {
        SignatureValidator validator = validatorOrComplain();
        if (validator == null) {
            return;
        }
        SignatureValidator.Verdict v = validator.verify(signatureRequest(), signature.get());
        verdict.set(v.valid() ? Verdict.VALID : Verdict.INVALID);
        verdictText.set(v.valid() ? "Valid: matches the " + v.matched().label()
                : v.bodyHashProblem() != null ? "Invalid: " + v.bodyHashProblem()
                : "Invalid: expected " + v.expectedSignature());
        signedString.set(WebhookUrl.maskCredentialsIn(v.signedString()));
    }

    public void computeSignature() {
        SignatureValidator validator = validatorOrComplain();
        if (validator == null) {
            return;
        }
        SignatureValidator.Request request = signatureRequest();
        String computed = validator.sign(request);
        signature.set(computed);
        verdict.set(Verdict.SIGNED);
        verdictText.set("Signature: " + computed);
        signedString.set(WebhookUrl.maskCredentialsIn(SignatureValidator.signedString(request)));
    }

    private SignatureValidator validatorOrComplain() {
        String problem = signatureUrl.get() == null || signatureUrl.get().isBlank() ? "Enter the URL Twilio requested."
                : token.get() == null || token.get().isEmpty() ? "Enter the account's Auth Token." : null;
        if (problem != null) {
            verdict.set(Verdict.ERROR);
            verdictText.set(problem);
            signedString.set("");
            return null;
        }
        return new SignatureValidator(token.get());
    }

    private SignatureValidator.Request signatureRequest() {
        String url = signatureUrl.get().strip();
        if (jsonBody.get()) {
            return SignatureValidator.Request.json(url, body.get().getBytes(StandardCharsets.UTF_8));
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (ParamRow p : params) {
            if (!p.nameProperty().get().isBlank()) {
                pairs.add(Map.entry(p.nameProperty().get(), p.valueProperty().get()));
            }
        }
        return SignatureValidator.Request.form(url, pairs);
    }

    // ---- display helpers the view binds cells to (kept here so they are tested) ----

    public static String effectiveText(AuditedWebhook w) {
        return w.webhook().effective() ? "effective" : "overridden by " + w.webhook().overriddenBy();
    }

    public static String expiryText(TlsProbeResult r, Clock clock) {
        return r.daysUntilExpiry(clock.instant()).map(d -> d < 0 ? "expired " + (-d) + " d ago" : d + " d").orElse("—");
    }

    /** {@code CN=R11,O=Let's Encrypt,C=US} → {@code R11 (Let's Encrypt)}: what an admin recognises. */
    public static String commonName(String distinguishedName) {
        String cn = null;
        String org = null;
        for (String part : distinguishedName.split(",(?=[A-Za-z]+=)")) {
            String p = part.strip();
            if (p.startsWith("CN=")) {
                cn = p.substring(3);
            } else if (p.startsWith("O=")) {
                org = p.substring(2);
            }
        }
        if (cn == null) {
            return distinguishedName;
        }
        return org == null || cn.contains(org) ? cn : cn + " (" + org + ")";
    }

    public Clock clock() {
        return clock;
    }

    public ObservableList<AuditedWebhook> webhooks() {
        return visibleWebhooks;
    }

    public ObservableList<TlsProbeResult> endpoints() {
        return endpoints;
    }

    public ObservableList<AccountSummary> accounts() {
        return accounts;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }

    public ObjectProperty<AccountSummary> selectedAccountProperty() {
        return selectedAccount;
    }

    public ObjectProperty<Attestation.State> attestationStateProperty() {
        return attestationState;
    }

    public ObjectProperty<LocalDate> attestationDateProperty() {
        return attestationDate;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last audit could not see (empty when it saw everything), one note a line. */
    public ReadOnlyStringProperty coverageNoteProperty() {
        return coverageNote.getReadOnlyProperty();
    }

    public StringProperty signatureUrlProperty() {
        return signatureUrl;
    }

    public ObservableList<ParamRow> params() {
        return params;
    }

    public BooleanProperty jsonBodyProperty() {
        return jsonBody;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signedStringProperty() {
        return signedString.getReadOnlyProperty();
    }
}
