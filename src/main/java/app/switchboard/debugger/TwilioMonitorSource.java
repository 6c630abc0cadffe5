package app.switchboard.debugger;

import app.switchboard.twilio.Account;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.AlertsApi;
import app.switchboard.twilio.MonitorEvent;
import app.switchboard.twilio.MonitorEventsApi;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The Debugger's alerts, audit events and accounts read through the Twilio client (Monitor v1 and v2010
 * Accounts). Every call runs under the account's adaptive limiter, so a tail or a multi-account listing
 * never adds load beyond what the client allows, and every client failure becomes a {@link MonitorException}
 * carrying the HTTP status and Twilio code (the {@link TwilioException} stays its cause, for its user message).
 * Thread-safe.
 */
public final class TwilioMonitorSource implements AlertSource, EventSource, AccountDirectory {

    private final SubaccountClients clients;

    /**
     * @param client  the app's one Twilio client (subaccounts get their own credentials on it)
     * @param account the profile's main account
     */
    public TwilioMonitorSource(TwilioClient client, AccountClient account) {
        this.clients = new SubaccountClients(client, account);
    }

    @Override
    public List<Alert> list(AlertQuery query) {
        AccountClient c = clientFor(query.accountSid()).withPageSize(query.pageSize());
        AlertsApi.Filter filter = new AlertsApi.Filter(query.logLevel(), query.start(), query.end());
        return call(c, () -> {
            List<Alert> out = new ArrayList<>();
            for (app.switchboard.twilio.Alert a : c.alerts().list(filter)) {
                out.add(alert(a));
            }
            return out;
        });
    }

    @Override
    public AlertDetail fetch(String accountSid, String alertSid) {
        AccountClient c = clientFor(accountSid);
        app.switchboard.twilio.Alert a = call(c, () -> c.alerts().fetch(alertSid));
        return new AlertDetail(alert(a), a.requestVariables(), a.requestHeaders(), a.responseHeaders(), a.responseBody());
    }

    @Override
    public List<AuditEvent> list(EventQuery query) {
        AccountClient c = clientFor(query.accountSid()).withPageSize(AlertQuery.MAX_PAGE_SIZE);
        MonitorEventsApi.Filter filter = new MonitorEventsApi.Filter(query.actorSid(), query.eventType(),
                query.resourceSid(), query.sourceIpAddress(), query.start(), query.end());
        return call(c, () -> {
            List<AuditEvent> out = new ArrayList<>();
            for (MonitorEvent e : c.monitorEvents().list(filter)) {
                out.add(new AuditEvent(e.sid(), e.accountSid(), e.eventDate(), e.eventType(), e.actorSid(), e.actorType(),
                        e.source(), e.sourceIpAddress(), e.resourceSid(), e.resourceType(), e.description()));
            }
            return out;
        });
    }

    /**
     * The main account, then its active subaccounts (closed and suspended ones cannot be read). A standard
     * API key may not list accounts (20003) but can still read its own account's alerts, so then the main
     * account alone is returned.
     */
    @Override
    public List<DebuggerAccount> accounts() {
        List<Account> all;
        try {
            all = call(clients.main(), clients::accounts);
        } catch (MonitorException e) {
            if (e.twilioCode() == 20003 || e.httpStatus() == 401 || e.httpStatus() == 403) {
                return List.of(new DebuggerAccount(clients.mainSid(), null, true));
            }
            throw e;
        }
        List<DebuggerAccount> out = new ArrayList<>();
        for (Account a : all) {
            boolean main = a.sid().equals(clients.mainSid());
            if (main || "active".equals(a.status())) {
                out.add(new DebuggerAccount(a.sid(), a.friendlyName(), main));
            }
        }
        return out;
    }

    private AccountClient clientFor(String accountSid) {
        return call(clients.main(), () -> clients.forAccount(accountSid));
    }

    static Alert alert(app.switchboard.twilio.Alert a) {
        return new Alert(a.sid(), a.accountSid(), a.errorCode(), a.logLevel(), a.alertText(), a.dateCreated(),
                a.dateGenerated(), a.dateUpdated(), a.resourceSid(), a.serviceSid(), a.requestMethod(), a.requestUrl(),
                a.moreInfo(), a.apiVersion());
    }

    /** Runs one (possibly paged) read under the account's limiter, translating the client's failures. */
    private static <T> T call(AccountClient account, Callable<T> work) {
        try {
            return account.limiter().run(work);
        } catch (TwilioException e) {
            throw monitorException(e);
        } catch (MonitorException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MonitorException("interrupted", 0, 0, null, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MonitorException(e.getMessage(), 0, 0, null, e);
        }
    }

    /**
     * The client already waited out Retry-After on its own retries before giving up, so none is passed on:
     * the tail's own exponential backoff applies.
     */
    static MonitorException monitorException(TwilioException e) {
        return new MonitorException(e.getMessage(), e.status(), e.code() == null ? 0 : e.code(), null, e);
    }
}
