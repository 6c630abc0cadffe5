package app.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.sandbox.fault.FaultKind;
import app.switchboard.sandbox.world.StatusPage;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code switchboard status} against the sandbox's stand-in page. */
class StatusCommandTest {
    private static Sandbox sandbox;
    private static TwilioClient client;
    private String out;
    private String err;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.forTests().withStatusIndicator(StatusPage.Indicator.MINOR));
        client = TwilioClient.create();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    private int run(String... args) {
        // Deliberately no credentials: the status page needs none.
        Credentials unused = Credentials.apiKey("AC" + "0".repeat(32), "SK" + "0".repeat(32), Secret.of("unused"));
        CliEnvironment env = new CliEnvironment(Map.of(), Clock.systemUTC(), () -> client,
                () -> new DemoEnvironment.Connection(unused, EmbeddedDemo.hostsFor(sandbox.baseUrl())));
        CliRun r = CliRun.of(SwitchboardCommand.commandLine(() -> { }, env), args);
        out = r.out();
        err = r.err();
        int code = r.exit();
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        return code;
    }

    @Test
    void printsThePagesWordsAndSaysItIsTheSandbox() {
        assertEquals(0, run("status", "--demo"), err);
        assertEquals("Twilio status: Minor Service Outage (indicator minor) from the demo sandbox's stand-in page, "
                + "not Twilio's", out.strip());
    }

    @Test
    void jsonCarriesIndicatorDescriptionAndUrl() {
        assertEquals(0, run("status", "--url", sandbox.baseUrl(), "--json"), err);
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        assertEquals("minor", o.get("indicator").getAsString());
        assertEquals("Minor Service Outage", o.get("description").getAsString());
        assertTrue(o.get("problem").isJsonNull());
        assertEquals(sandbox.baseUrl() + "/api/v2/status.json", o.get("url").getAsString());
        assertFalse(o.get("sandbox").getAsBoolean());
    }

    @Test
    void anUnreadablePageExitsOneWithTheReason() {
        sandbox.faults().inject(FaultKind.SERVER_ERROR, 1, "/api/v2/status.json");
        assertEquals(1, run("status", "--demo"));
        assertEquals("", out);
        assertTrue(err.contains("could not read " + sandbox.baseUrl() + "/api/v2/status.json: the status page answered HTTP 500"),
                err);
    }

    @Test
    void plainHttpToTheInternetIsABadUsage() {
        assertEquals(2, run("status", "--url", "http://status.twilio.com"));
        assertTrue(err.contains("read only over https"), err);
    }
}
