package app.switchboard.traffic;

import app.switchboard.twilio.TwilioClient;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the traffic screen needs, wired to the app's one Twilio client: a {@link TrafficRecorder} listening to
 * every request the client makes, the {@link TrafficMonitor} over it, and a {@link Sampler} probing watched
 * accounts on two daemon threads of its own. Close it on exit: the sampler stops and the recorder is detached.
 */
public final class TrafficServices implements AutoCloseable {

    /** Probes block for a round trip; two threads keep one slow account from delaying the others' samples. */
    private static final int SAMPLER_THREADS = 2;

    private final TwilioClient twilio;
    private final TrafficRecorder recorder;
    private final TrafficMonitor monitor;
    private final Sampler sampler;
    private final ScheduledExecutorService executor;

    private TrafficServices(TwilioClient twilio, SampleProbe probe, Clock clock) {
        this.twilio = twilio;
        this.recorder = new TrafficRecorder();
        this.monitor = new TrafficMonitor(recorder, clock);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(SAMPLER_THREADS, r -> {
            Thread t = new Thread(r, "traffic-sampler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.sampler = new Sampler(Scheduler.of(executor), probe);
        twilio.addListener(recorder);
    }

    /**
     * @param probe usually {@code TwilioSampleProbe.of(accountClient)}
     * @param clock the system clock in the app
     */
    public static TrafficServices start(TwilioClient twilio, SampleProbe probe, Clock clock) {
        return new TrafficServices(twilio, probe, clock);
    }

    public TrafficRecorder recorder() {
        return recorder;
    }

    /** Confined to the thread that ticks the screen (the view model's tick). */
    public TrafficMonitor monitor() {
        return monitor;
    }

    public Sampler sampler() {
        return sampler;
    }

    @Override
    public void close() {
        sampler.close();
        executor.shutdownNow();
        twilio.removeListener(recorder);
    }
}
