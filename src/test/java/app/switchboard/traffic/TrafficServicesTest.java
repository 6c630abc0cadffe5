package app.switchboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The traffic services over the real client and sandbox: the sampler's probes reach the charts; close detaches. */
class TrafficServicesTest {

    private static Sandbox sandbox;
    private static TwilioClient twilio;
    private static AccountClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        twilio = TwilioClient.create();
        DemoAccount demo = sandbox.demoAccount();
        client = twilio.account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    @AfterAll
    static void stop() {
        twilio.close();
        sandbox.close();
    }

    @Test
    void theSamplerProbesAWatchedSubaccountAndCloseStopsRecording() throws Exception {
        String sub = client.accounts().list().stream().filter(a -> a.isSubaccount() && "active".equals(a.status()))
                .findFirst().orElseThrow().sid();
        TrafficServices services = TrafficServices.start(twilio, TwilioSampleProbe.of(client), Clock.systemUTC());
        services.sampler().setInterval(Sampler.MIN_INTERVAL);
        services.sampler().watch(sub);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (requests(services, sub) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(requests(services, sub)).as("a probe of the subaccount was recorded under its SID").isPositive();
        services.close();

        int before = requests(services, sub);
        TwilioSampleProbe.of(client).probe(sub);
        assertThat(requests(services, sub)).as("closed: the recorder no longer listens").isEqualTo(before);
    }

    private static int requests(TrafficServices services, String sid) {
        services.monitor().drain();
        return services.monitor().series(sid, TrafficWindow.FIVE_MINUTES)
                .map(s -> IntStream.of(s.requests()).sum()).orElse(0);
    }
}
