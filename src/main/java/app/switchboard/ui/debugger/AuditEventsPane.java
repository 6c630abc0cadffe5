package app.switchboard.ui.debugger;

import app.switchboard.debugger.AuditEvent;
import app.switchboard.debugger.EventFormatter;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Monitor events: who created, changed or deleted what, from where. */
final class AuditEventsPane extends BorderPane {

    AuditEventsPane(DebuggerViewModel vm) {
        TableView<AuditEvent> table = new TableView<>(vm.events());
        table.getColumns().setAll(List.of(
                Tables.fixed(Tables.column("Date", 172, vm::eventTime)),
                Tables.fixed(Tables.column("Event", 190, AuditEvent::eventType)),
                Tables.column("Actor", 260, EventFormatter::actor),
                Tables.fixed(Tables.column("Source", 80, AuditEvent::source)),
                Tables.fixed(Tables.column("Source IP", 130, AuditEvent::sourceIpAddress)),
                Tables.column("Resource", 280, AuditEvent::resourceSid),
                Tables.column("Description", 200, AuditEvent::description)));
        Tables.styleDense(table);
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.eventsStatusProperty());
        table.setPlaceholder(placeholder);
        table.setContextMenu(Tables.copyMenu(table,
                Map.entry("Copy resource SID", AuditEvent::resourceSid),
                Map.entry("Copy actor SID", AuditEvent::actorSid),
                Map.entry("Copy source IP", AuditEvent::sourceIpAddress)));

        Button reload = new Button("Reload", Icons.of(AppIcon.REFRESH));
        reload.setOnAction(e -> vm.loadEvents());
        Label status = new Label();
        status.textProperty().bind(vm.eventsStatusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Label note = new Label("Same accounts and dates as the alert filters. Twilio keeps events 30 days (13 months on some editions).");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(10, reload, status, AlertDetailPane.spacer(), note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);
        setCenter(table);
    }
}
