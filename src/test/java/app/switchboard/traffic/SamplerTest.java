package app.switchboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplerTest {

    /** Holds scheduled tasks; {@link #fire()} runs each live one once, as if its period had passed. */
    private static final class ManualScheduler implements Scheduler {
        final List<Runnable> live = new ArrayList<>();
        final List<Duration> periods = new ArrayList<>();

        @Override
        public Runnable every(Duration period, Runnable task) {
            live.add(task);
            periods.add(period);
            return () -> live.remove(task);
        }

        void fire() {
            List.copyOf(live).forEach(Runnable::run);
        }
    }

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> probed = new ArrayList<>();
    private final Sampler sampler = new Sampler(scheduler, probed::add);

    @Test
    void probesEachWatchedAccountEveryIntervalDefaultFiveSeconds() {
        sampler.watch("AC1");
        sampler.watch("AC2");
        sampler.watch("AC1");
        scheduler.fire();
        assertThat(probed).containsExactlyInAnyOrder("AC1", "AC2");
        assertThat(scheduler.periods).containsOnly(Duration.ofSeconds(5));
    }

    @Test
    void pauseSendsNothingUntilResumed() {
        sampler.watch("AC1");
        sampler.pause();
        scheduler.fire();
        assertThat(probed).isEmpty();
        sampler.watch("AC2"); // added while paused: starts on resume
        sampler.resume();
        scheduler.fire();
        assertThat(probed).containsExactlyInAnyOrder("AC1", "AC2");
    }

    @Test
    void intervalHasAOneSecondFloorAndReschedules() {
        sampler.watch("AC1");
        assertThatThrownBy(() -> sampler.setInterval(Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 second");
        sampler.setInterval(Duration.ofSeconds(1));
        assertThat(scheduler.live).hasSize(1);
        assertThat(scheduler.periods).last().isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFailingProbeOrARemovedAccountDoesNotStopTheOthers() {
        Sampler failing = new Sampler(scheduler, sid -> {
            if (sid.equals("ACgone")) {
                throw new IllegalStateException("no such account");
            }
            probed.add(sid);
        });
        failing.watch("ACgone");
        failing.watch("AC1");
        scheduler.fire();
        scheduler.fire();
        assertThat(probed).containsExactly("AC1", "AC1");
        failing.unwatch("ACgone");
        assertThat(scheduler.live).hasSize(1);
        failing.close();
        assertThat(scheduler.live).isEmpty();
    }
}
