package app.switchboard.ui.webhooks;

import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import app.switchboard.webhooks.AccountSummary;
import app.switchboard.webhooks.Attestation;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The matrix of every (sub)account and the security panel of the selected one. */
final class AccountsPane extends HBox {

    private final WebhooksViewModel model;

    AccountsPane(WebhooksViewModel model) {
        this.model = model;
        TableView<AccountSummary> matrix = matrix();
        HBox.setHgrow(matrix, Priority.ALWAYS);
        VBox panel = securityPanel();
        getChildren().setAll(matrix, panel);
        getStyleClass().add("tab-body");
    }

    private TableView<AccountSummary> matrix() {
        TableView<AccountSummary> table = new TableView<>(model.accounts());
        table.getColumns().setAll(List.of(
                Cells.text("Account", 175, a -> (a.subaccount() ? "   ↳ " : "") + a.accountName()),
                Cells.count("Webhooks", 98, AccountSummary::webhooks, "count-zero"),
                Cells.count("http", 58, AccountSummary::httpWebhooks, "count-bad"),
                Cells.count("Credentials", 110, AccountSummary::credentialsInUrl, "count-warn"),
                Cells.count("Bad certs", 98, AccountSummary::failingCertificates, "count-bad"),
                Cells.count("Expiring", 92, AccountSummary::expiringSoon, "count-warn"),
                Cells.count("Unreachable", 115, AccountSummary::unreachable, "count-bad"),
                Cells.graphic("SSL validation", 150, a -> attestationBadge(a.attestation())),
                Cells.graphic("Worst", 90, a -> a.error() != null ? Badges.badge("not loaded", "sev-info") : Badges.severity(a.worst()))));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No accounts yet: run the audit."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedAccountProperty().set(b);
            }
        });
        model.selectedAccountProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        return table;
    }

    static Label attestationBadge(Attestation attestation) {
        String date = attestation.date() == null ? "" : " · " + attestation.date();
        switch (attestation.state()) {
            case ON:
                return Badges.badge("On" + date, "sev-ok");
            case OFF:
                return Badges.badge("Off" + date, "sev-critical");
            default:
                return Badges.badge("Unknown", "sev-info");
        }
    }

    private VBox securityPanel() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        Label sid = new Label();
        sid.getStyleClass().addAll("webhooks-muted", "mono");
        List<StatCard> cards = List.of(new StatCard("Webhooks", AccountSummary::webhooks, false),
                new StatCard("Over http", AccountSummary::httpWebhooks, true),
                new StatCard("Failing certificates", AccountSummary::failingCertificates, true),
                new StatCard("Expiring ≤ 30 days", AccountSummary::expiringSoon, true),
                new StatCard("Credentials in URL", AccountSummary::credentialsInUrl, true),
                new StatCard("Unreachable", AccountSummary::unreachable, true));
        GridPane stats = new GridPane();
        stats.setHgap(8);
        stats.setVgap(8);
        for (int i = 0; i < cards.size(); i++) {
            stats.add(cards.get(i), i % 2, i / 2);
        }

        Label attestTitle = new Label("SSL certificate validation");
        attestTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label attestHint = new Label("Twilio has no API for this Console setting (on by default for accounts since Oct 2015). "
                + "Check it in the Console and record what you saw.");
        attestHint.setWrapText(true);
        attestHint.getStyleClass().addAll("webhooks-muted", Styles.TEXT_SMALL);
        ToggleGroup group = new ToggleGroup();
        ToggleButton on = toggle("On", Attestation.State.ON, group, Styles.LEFT_PILL);
        ToggleButton off = toggle("Off", Attestation.State.OFF, group, Styles.CENTER_PILL);
        ToggleButton unknown = toggle("Unknown", Attestation.State.UNKNOWN, group, Styles.RIGHT_PILL);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.attestationStateProperty().set((Attestation.State) b.getUserData());
            }
        });
        model.attestationStateProperty().addListener((o, a, s) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == s).findFirst().ifPresent(group::selectToggle));
        group.selectToggle(unknown);
        DatePicker date = new DatePicker();
        date.setPromptText("Checked on (today)");
        date.valueProperty().bindBidirectional(model.attestationDateProperty());
        date.setPrefWidth(185);
        Button save = new Button("Save", Icons.of(AppIcon.CHECK_CIRCLE));
        save.setOnAction(e -> model.saveAttestation());
        HBox toggles = new HBox(on, off, unknown);
        HBox dateRow = new HBox(8, date, save);
        dateRow.setAlignment(Pos.CENTER_LEFT);

        VBox details = new VBox(10, new VBox(2, title, sid), stats, attestTitle, toggles, dateRow, attestHint);
        Label empty = new Label("Select an account in the matrix to see its security settings.");
        empty.setWrapText(true);
        empty.getStyleClass().add("webhooks-muted");
        VBox panel = new VBox(empty);
        panel.getStyleClass().add("security-panel");
        panel.setPrefWidth(340);
        panel.setMinWidth(300);
        model.selectedAccountProperty().addListener((o, a, account) -> {
            if (account == null) {
                panel.getChildren().setAll(empty);
                return;
            }
            title.setText(account.accountName() + (account.subaccount() ? " (subaccount)" : ""));
            sid.setText(account.accountSid());
            cards.forEach(card -> card.show(account));
            panel.getChildren().setAll(details);
        });
        return panel;
    }

    private static ToggleButton toggle(String text, Attestation.State state, ToggleGroup group, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(state);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        return button;
    }

    /** One figure of the security panel; alarming figures turn red when not zero. */
    private static final class StatCard extends VBox {
        private final Label number = new Label("0");
        private final Function<AccountSummary, Integer> value;
        private final boolean alarming;

        StatCard(String caption, Function<AccountSummary, Integer> value, boolean alarming) {
            this.value = value;
            this.alarming = alarming;
            number.getStyleClass().add("stat-value");
            Label label = new Label(caption);
            label.getStyleClass().addAll("webhooks-muted", Styles.TEXT_SMALL);
            getChildren().setAll(number, label);
            getStyleClass().add("stat-card");
            setPrefWidth(150);
        }

        void show(AccountSummary account) {
            int n = value.apply(account);
            number.setText(Integer.toString(n));
            number.getStyleClass().remove("count-bad");
            if (alarming && n > 0) {
                number.getStyleClass().add("count-bad");
            }
        }
    }
}
