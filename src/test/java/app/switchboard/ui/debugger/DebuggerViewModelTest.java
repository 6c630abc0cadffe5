package app.switchboard.ui.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.debugger.Alert;
import app.switchboard.debugger.AlertDetail;
import app.switchboard.debugger.AlertQuery;
import app.switchboard.debugger.AlertSource;
import app.switchboard.debugger.ErrorCatalog;
import app.switchboard.debugger.ErrorGroup;
import app.switchboard.debugger.Fixtures;
import app.switchboard.debugger.MonitorException;
import app.switchboard.debugger.ResponseBody;
import app.switchboard.ui.common.DirectTaskRunner;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebuggerViewModelTest {

    private final DebuggerDemoData demo = new DebuggerDemoData();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final DebuggerViewModel vm = demo.viewModel(tasks);

    private AlertRow rowOf(String sid) {
        return vm.rows().stream().filter(r -> r.alert().sid().equals(sid)).findFirst().orElseThrow();
    }

    @Test
    void listsAlertsOfEveryAccountNewestFirstWithDecodedColumns() {
        vm.activate();
        assertEquals(4, vm.accountChoices().size(), "all + main + 2 subaccounts");
        assertTrue(vm.rows().size() > 100);
        AlertRow real = rowOf("NO00ed1fb4aa449be2434d54ec8e492349");
        assertEquals("HTTP retrieval failure", real.title());
        assertEquals("HTTP 405 from https://kev.inburke.com/zombo/zombocom.mp3", real.message());
        assertEquals("Acme Production", real.account());
        assertTrue(vm.statusProperty().get().contains("from 3 accounts"), vm.statusProperty().get());
        List<AlertRow> rows = vm.rows();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).alert().occurredAt().compareTo(rows.get(i).alert().occurredAt()) >= 0);
        }
    }

    @Test
    void selectingARowFetchesAndDecodesTheDetail() {
        vm.activate();
        vm.selectedProperty().set(rowOf("NO00ed1fb4aa449be2434d54ec8e492349"));
        AlertDetailModel d = vm.detailProperty().get();
        assertEquals("Called", d.requestVariables().get(0).name());
        assertEquals("+19252717005", d.requestVariables().get(0).value());
        assertTrue(d.requestHeaders().isEmpty());
        assertEquals("Transfer-Encoding", d.responseHeaders().get(0).name());
        assertEquals(ResponseBody.Kind.HTML, d.body().kind());
        assertTrue(vm.bodyShownProperty().get().contains("405 Not Allowed"));
        assertEquals("POST https://kev.inburke.com/zombo/zombocom.mp3", d.request());

        vm.openDocs();
        assertEquals(List.of("https://www.twilio.com/docs/errors/11200"), demo.opened);
        vm.showInRequestLog();
        assertEquals(List.of("CA6d27370cbbfb605521fe8800bb73f2d2"), demo.requestLogJumps);
    }

    @Test
    void aFailedFetchStillShowsTheListFieldsAndSaysWhy() {
        vm.activate();
        AlertRow row = vm.row(Fixtures.alert("NOdeadbeef", DebuggerDemoData.MAIN.sid(), "11200",
                DebuggerDemoData.NOW, DebuggerDemoData.NOW));
        vm.selectedProperty().set(row);
        assertEquals("11200", vm.detailProperty().get().error().code());
        assertTrue(vm.detailErrorProperty().get().startsWith("Could not fetch the request and response"));
    }

    @Test
    void aHugeBodyIsTruncatedUntilShowAll() {
        String big = "x".repeat(5 * 1024 * 1024);
        Alert a = Fixtures.alert("NObig0000000000000000000000000001", DebuggerDemoData.MAIN.sid(), "11750",
                DebuggerDemoData.NOW.minusSeconds(30), DebuggerDemoData.NOW.minusSeconds(30));
        demo.monitor.addDetail(new AlertDetail(a, null, null, "Content-Type=text%2Fplain", big));
        vm.activate();
        vm.selectedProperty().set(rowOf(a.sid()));
        assertTrue(vm.bodyTruncatedProperty().get());
        assertTrue(vm.bodyShownProperty().get().length() < 100_000);
        assertTrue(vm.bodyNoteProperty().get().startsWith("Showing 65,536 of 5,242,880"));
        vm.showAllBody();
        assertEquals(big.length(), vm.bodyShownProperty().get().length());
        assertFalse(vm.bodyTruncatedProperty().get());
    }

    @Test
    void refusesDatesOlderThan30DaysWithoutQuerying() {
        vm.activate();
        int before = demo.monitor.listCalls();
        vm.fromDayProperty().set(LocalDate.of(2026, 10, 1));
        assertTrue(vm.rangeErrorProperty().get().contains("30 days"));
        assertEquals(before, demo.monitor.listCalls());
        vm.fromDayProperty().set(LocalDate.of(2026, 11, 20));
        assertNull(vm.rangeErrorProperty().get());
        assertEquals(before + 3, demo.monitor.listCalls());
    }

    @Test
    void anIe1ProfileGetsOneExplanationAndNoRequests() {
        DebuggerViewModel ie = new DebuggerViewModel(tasks, demo.services("ie1"), u -> { }, f -> { });
        ie.activate();
        ie.refresh();
        ie.liveTailProperty().set(true);
        tasks.tick();
        assertEquals(0, demo.monitor.listCalls());
        assertTrue(ie.unavailableProperty().get());
        assertTrue(ie.emptyMessageProperty().get().contains("only in the US1 region"), ie.emptyMessageProperty().get());
    }

    @Test
    void notFoundFromEveryAccountIsOneExplanationNotAnErrorPerAccount() {
        List<String> dialogs = new ArrayList<>();
        AlertSource noDebugger = new AlertSource() {
            @Override
            public List<Alert> list(AlertQuery query) {
                throw new MonitorException("The requested resource /Alerts was not found", 404, 20404);
            }

            @Override
            public AlertDetail fetch(String accountSid, String alertSid) {
                throw new MonitorException("not found", 404, 20404);
            }
        };
        DebuggerServices s = demo.services(null);
        DebuggerViewModel v = new DebuggerViewModel(tasks, new DebuggerServices(noDebugger, s.events(), s.accounts(),
                s.catalog(), null, s.clock(), ZoneOffset.UTC), dialogs::add, f -> { });
        v.activate();
        assertTrue(v.unavailableProperty().get());
        assertTrue(v.emptyMessageProperty().get().startsWith("Monitor answered \"not found\" for these accounts."));
        assertEquals("Debugger unavailable for this account", v.statusProperty().get());
    }

    @Test
    void oneUnreadableSubaccountIsSummarisedInTheStatus() {
        AlertSource partly = new AlertSource() {
            @Override
            public List<Alert> list(AlertQuery query) {
                if (query.accountSid().equals(DebuggerDemoData.MARKETING.sid())) {
                    throw new MonitorException("not found", 404, 20404);
                }
                return demo.monitor.list(query);
            }

            @Override
            public AlertDetail fetch(String accountSid, String alertSid) {
                return demo.monitor.fetch(accountSid, alertSid);
            }
        };
        DebuggerServices s = demo.services(null);
        DebuggerViewModel v = new DebuggerViewModel(tasks, new DebuggerServices(partly, s.events(), s.accounts(),
                s.catalog(), null, s.clock(), ZoneOffset.UTC), u -> { }, f -> { });
        v.activate();
        assertFalse(v.unavailableProperty().get());
        assertTrue(v.statusProperty().get().endsWith("1 of 3 accounts could not be read (no Debugger access)"),
                v.statusProperty().get());
    }

    @Test
    void groupsCountPerCodeAndClickingOneFilters() {
        vm.activate();
        ErrorGroup top = vm.groups().get(0);
        assertEquals(7, top.perDay().size());
        int total = vm.rows().size();
        assertEquals(total, vm.groups().stream().mapToInt(ErrorGroup::count).sum());
        assertTrue(top.count() >= vm.groups().get(1).count(), "busiest first");
        vm.filterByGroup(top);
        assertEquals(top.code(), vm.codeFilterProperty().get());
        assertEquals(top.count(), vm.rows().size());
        vm.filterByGroup(top);
        assertEquals(total, vm.rows().size(), "clicking the active group clears the filter");
        vm.textFilterProperty().set("kev.inburke");
        assertEquals(1, vm.rows().size());
    }

    @Test
    void liveTailAddsEachNewAlertOnceAndCountsWhilePaused() {
        vm.activate();
        int before = vm.rows().size();
        vm.liveTailProperty().set(true);
        tasks.tick(); // first poll of the first account: nothing new
        String sub = DebuggerDemoData.SUPPORT.sid();
        for (int i = 1; i <= 3; i++) {
            demo.clock.advance(Duration.ofSeconds(1));
            var at = demo.clock.instant();
            demo.monitor.add(Fixtures.alert(String.format("NOtail%026d", i), sub, "11205", at, at), at);
        }
        for (int i = 0; i < 6; i++) {
            demo.clock.advance(Duration.ofSeconds(1));
            tasks.tick();
        }
        assertEquals(before + 3, vm.rows().size());
        assertEquals("NOtail00000000000000000000000003", vm.rows().get(0).alert().sid(), "newest on top");

        vm.pausedProperty().set(true);
        var at = demo.clock.instant();
        demo.monitor.add(Fixtures.alert("NOtail00000000000000000000000004", sub, "11205", at, at), at);
        for (int i = 0; i < 6; i++) {
            demo.clock.advance(Duration.ofSeconds(1));
            tasks.tick();
        }
        assertEquals(1, vm.newWhilePausedProperty().get());
        assertEquals(before + 3, vm.rows().size(), "nothing moves while paused");
        vm.pausedProperty().set(false);
        assertEquals(0, vm.newWhilePausedProperty().get());
        assertEquals(before + 4, vm.rows().size());

        vm.liveTailProperty().set(false);
        int calls = demo.monitor.listCalls();
        tasks.tick();
        assertEquals(calls, demo.monitor.listCalls(), "no polling after the tail is off");
    }

    @Test
    void theTailResumesWhenTheScreenIsShownAgain() {
        vm.activate();
        vm.liveTailProperty().set(true);
        vm.deactivate();
        int calls = demo.monitor.listCalls();
        tasks.tick();
        assertEquals(calls, demo.monitor.listCalls(), "hidden screen does not poll");
        vm.activate();
        calls = demo.monitor.listCalls();
        tasks.tick();
        assertEquals(calls + 1, demo.monitor.listCalls());
    }

    @Test
    void tailPollsAtMostOnceATick() {
        vm.activate();
        vm.liveTailProperty().set(true);
        int calls = demo.monitor.listCalls();
        for (int i = 0; i < 10; i++) {
            demo.clock.advance(Duration.ofSeconds(1));
            tasks.tick();
        }
        int polls = demo.monitor.listCalls() - calls;
        assertTrue(polls <= 10 && polls >= 5, "polls " + polls);
    }

    @Test
    void loadsAuditEvents() {
        vm.activate();
        vm.loadEvents();
        assertEquals(4, vm.events().size());
        assertEquals("api-key.created", vm.events().get(0).eventType(), "newest first");
        assertEquals("4 audit events", vm.eventsStatusProperty().get());
    }

    @Test
    void unknownCodesStillGetATitleAndDocsLink() {
        assertEquals("Twilio error 64999", ErrorCatalog.bundled().lookup("64999").title());
    }
}
