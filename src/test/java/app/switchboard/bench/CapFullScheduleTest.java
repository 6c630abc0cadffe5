package app.switchboard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapFullScheduleTest {
    @Test
    void equalTimesFillEverySlotToTheEnd() {
        assertEquals(3.0, CapFullSchedule.millis(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 2));
    }

    @Test
    void aSlowLastRequestFinishesAloneLongAfterTheSumOverCap() {
        // Sum / cap would say 4: the 5 starts only when a slot frees at 1 and runs alone to 6.
        assertEquals(6.0, CapFullSchedule.millis(List.of(1.0, 1.0, 1.0, 5.0), 2));
    }

    @Test
    void aSlowFirstRequestLeavesTheOtherSlotToTheRest() {
        assertEquals(5.0, CapFullSchedule.millis(List.of(5.0, 1.0, 1.0, 1.0), 2));
    }

    @Test
    void fewerRequestsThanSlotsTakeTheLongestOfThem() {
        assertEquals(4.0, CapFullSchedule.millis(List.of(2.0, 4.0, 3.0), 20));
        assertEquals(0.0, CapFullSchedule.millis(List.of(), 20));
    }

    @Test
    void refusesAZeroCap() {
        assertThrows(IllegalArgumentException.class, () -> CapFullSchedule.millis(List.of(1.0), 0));
    }
}
