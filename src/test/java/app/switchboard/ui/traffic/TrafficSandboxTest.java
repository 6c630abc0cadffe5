package app.switchboard.ui.traffic;

import app.switchboard.ui.common.RecordingDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.traffic.AccountSeries;
import app.switchboard.traffic.TrafficServices;
import app.switchboard.traffic.TwilioSampleProbe;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.RetryPolicy;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioException;
import app.switchboard.twilio.TwilioHttp;
import app.switchboard.ui.common.DirectTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The traffic screen fed by real requests: the sampler's probe through the client against a sandbox capped at
 * two concurrent requests, retries off, so a burst is answered with 429s. The charts must show the load and a
 * 429 marker that opens the throttled request; the screen is written to target/snapshots/traffic-sandbox.png.
 */
class TrafficSandboxTest {

    private static final int BURST = 12;

    private static Sandbox sandbox;
    private static TwilioClient twilio;
    private static AccountClient client;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        sandbox = Sandbox.start(SandboxOptions.forTests().withConcurrencyCap(2).withMeanLatency(Duration.ofMillis(60)));
        twilio = new TwilioClient(TwilioHttp.builder().retryPolicy(RetryPolicy.defaults().withMaxAttempts(1)).build());
        DemoAccount demo = sandbox.demoAccount();
        // A standard key: the probe must work with the weakest key a console may be given.
        client = twilio.account(Credentials.apiKey(demo.accountSid(), demo.standardKeySid(), Secret.of(demo.standardKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    @AfterAll
    static void stop() {
        twilio.close();
        sandbox.close();
    }

    @Test
    void chartsTheSandboxsLoadAndMarksThe429sOfABurst() throws Exception {
        String sid = client.accountSid();
        List<String> opened = new CopyOnWriteArrayList<>();
        try (TrafficServices services = TrafficServices.start(twilio, TwilioSampleProbe.of(client), Clock.systemUTC())) {
            TrafficViewModel vm = new TrafficViewModel(new DirectTaskRunner(), new RecordingDialogService(), services.monitor(),
                    services.sampler(), Clock.systemUTC(), opened::add);
            vm.watch(sid);
            vm.setLimit(sid, "2", 0.8);

            TwilioSampleProbe probe = TwilioSampleProbe.of(client);
            probe.probe(sid); // a calm sample first: one request, one record, no error
            int throttled = burst(probe, sid);
            assertThat(throttled).as("the cap of 2 turned part of the burst away").isPositive();
            // Rates leave out the bucket still filling: let the burst's 1 s bucket close, then sample once more.
            Thread.sleep(1_100);
            probe.probe(sid);

            vm.activate();
            AccountSeries series = vm.frameProperty().get().series().get(0);
            assertThat(IntStream.of(series.requests()).sum()).isEqualTo(BURST + 2);
            assertThat(IntStream.of(series.throttled()).sum()).isEqualTo(throttled);
            int bucket = IntStream.range(0, series.size()).filter(i -> series.throttled()[i] > 0).findFirst().orElseThrow();
            assertThat(series.firstThrottled()[bucket]).startsWith("RQ"); // the sandbox's Twilio-Request-Id
            float peak = 0;
            for (float c : series.concurrencyMax()) {
                peak = Float.isNaN(c) ? peak : Math.max(peak, c);
            }
            assertThat(peak).as("Twilio-Concurrent-Requests was charted").isGreaterThanOrEqualTo(1f);

            Path png = Path.of("target/snapshots/traffic-sandbox.png");
            Files.createDirectories(png.getParent());
            WaitForAsyncUtils.asyncFx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                TrafficView view = new TrafficView(vm, ZoneOffset.UTC);
                Stage stage = new Stage();
                stage.setScene(new Scene(view, 1280, 900));
                stage.show();
                view.applyCss();
                view.layout();
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", png.toFile());
                clickAt(view.charts().concurrencyChart(), series.timeOf(bucket)); // a marker sits at its bucket's start
                stage.close();
                return null;
            }).get();
            assertThat(opened).as("the 429 marker is drawn and opens its request").containsExactly(series.firstThrottled()[bucket]);
            vm.dispose();
        }
    }

    /** Fires {@link #BURST} probes at once; returns how many were answered 429. */
    private static int burst(TwilioSampleProbe probe, String sid) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger throttled = new AtomicInteger();
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                all.add(pool.submit(() -> {
                    go.await();
                    try {
                        probe.probe(sid);
                    } catch (TwilioException e) {
                        if (!e.isThrottled()) {
                            throw e;
                        }
                        throttled.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : all) {
                f.get();
            }
            return throttled.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void clickAt(TimeChart chart, long timeMs) {
        double x = chart.xOfTime(timeMs);
        Node canvas = chart.getChildrenUnmodifiable().get(0);
        var at = canvas.localToScene(x, chart.getHeight() - 30); // events carry scene coordinates
        canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, at.getX(), at.getY(), 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null));
    }
}
