package app.switchboard.ui;

import java.lang.management.ManagementFactory;

/**
 * CPU time this process has used so far, all threads. The startup benchmark reports it beside wall time:
 * on a shared machine wall time swings with the load, CPU time much less.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Milliseconds of CPU used since the JVM started, or -1 where the platform does not tell. */
    public static long millis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1_000_000;
        }
        return -1;
    }
}
