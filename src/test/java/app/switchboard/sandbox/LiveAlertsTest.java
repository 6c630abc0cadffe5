package app.switchboard.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LiveAlertsTest {

    @Test
    void aQuarterSecondTickCarriesTheWholeRateEvenAboveOneAlertATick() {
        Random random = new Random(7);
        double perTick = 600 / 60.0 / 4; // 600 a minute: 2.5 a tick
        long total = 0;
        int ticks = 40_000;
        for (int i = 0; i < ticks; i++) {
            total += LiveAlerts.poisson(random, perTick);
        }
        assertEquals(perTick, total / (double) ticks, 0.05);
    }
}
