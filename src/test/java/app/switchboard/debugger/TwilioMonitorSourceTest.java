package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.sandbox.fault.FaultKind;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioException;
import app.switchboard.twilio.TwilioHttp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TwilioMonitorSourceTest {

    private static Sandbox sandbox;
    private static DemoAccount demo;
    private static TwilioClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        demo = sandbox.demoAccount();
        client = new TwilioClient(TwilioHttp.builder().sleeper(d -> { }).build()); // retries without waiting
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    private static AccountClient account(Credentials credentials) {
        return client.account(credentials, EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    private static TwilioMonitorSource mainKey() {
        return new TwilioMonitorSource(client, account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(),
                Secret.of(demo.apiKeySecret()))));
    }

    @Test
    void eachAccountListsItsOwnAlertsAndFetchesTheirDetailUnderItsLimiter() {
        TwilioMonitorSource source = mainKey();
        List<DebuggerAccount> accounts = source.accounts();
        assertTrue(accounts.get(0).main());
        assertEquals(demo.accountSid(), accounts.get(0).sid());
        DebuggerAccount sub = accounts.get(1);
        List<Integer> inFlight = new CopyOnWriteArrayList<>();
        AccountClient subAsSeenByTheClient = client.account(Credentials.authToken(sub.sid(), Secret.of("x")),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
        app.switchboard.twilio.RequestListener listener = r -> inFlight.add(subAsSeenByTheClient.limiter().inFlight());
        client.addListener(listener);
        try {
            List<Alert> alerts = source.list(AlertQuery.forAccount(sub.sid()).withPageSize(50));
            assertFalse(alerts.isEmpty());
            assertTrue(alerts.stream().allMatch(a -> sub.sid().equals(a.accountSid())), "the subaccount's, not the parent's");
            AlertDetail detail = source.fetch(sub.sid(), alerts.get(0).sid());
            assertEquals(alerts.get(0).sid(), detail.alert().sid());
            assertTrue(detail.requestVariables() != null && detail.requestVariables().contains("="));
        } finally {
            client.removeListener(listener);
        }
        assertFalse(inFlight.isEmpty());
        assertTrue(inFlight.stream().allMatch(n -> n == 1), "every request held a permit of the subaccount's limiter: " + inFlight);
    }

    @Test
    void clientFailuresBecomeMonitorExceptionsWithStatusAndCode() {
        sandbox.faults().inject(FaultKind.TOO_MANY_REQUESTS, 50, "/v1/Alerts");
        MonitorException e = assertThrows(MonitorException.class, () -> mainKey().list(AlertQuery.forAccount(null)));
        assertEquals(429, e.httpStatus());
        assertEquals(20429, e.twilioCode());
        assertEquals(MonitorFailure.RATE_LIMITED, MonitorFailure.of(e));
        assertInstanceOf(TwilioException.class, e.getCause());
        sandbox.faults().clear();

        MonitorException missing = assertThrows(MonitorException.class,
                () -> mainKey().fetch(demo.accountSid(), "NO" + "0".repeat(32)));
        assertEquals(MonitorFailure.UNAVAILABLE, MonitorFailure.of(missing));
    }

    @Test
    void aStandardKeyThatMayNotListAccountsStillReadsItsOwnAlerts() {
        TwilioMonitorSource standard = new TwilioMonitorSource(client, account(Credentials.apiKey(demo.accountSid(),
                demo.standardKeySid(), Secret.of(demo.standardKeySecret()))));
        assertEquals(List.of(new DebuggerAccount(demo.accountSid(), null, true)), standard.accounts());
        assertFalse(standard.list(AlertQuery.forAccount(demo.accountSid())).isEmpty());
    }
}
