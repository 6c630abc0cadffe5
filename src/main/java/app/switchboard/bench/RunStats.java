package app.switchboard.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What one client achieved in the goodput benchmark.
 *
 * @param attempts  HTTP requests actually sent, retries included
 * @param throttled answers 429
 * @param failed    requests that ended without a 2xx
 * @param cpuNanos  CPU time of the whole process meanwhile (the sandbox's share is the same for every client)
 */
record RunStats(String name, double seconds, int requests, int failed, long attempts, long throttled, long cpuNanos) {

    /** CPU time the whole process has used so far. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    long retries() {
        return attempts - requests;
    }

    /** Share of attempts the account refused. */
    double rate429() {
        return attempts == 0 ? 0 : (double) throttled / attempts;
    }

    /** Successful requests per second. */
    double goodput() {
        return (requests - failed) / seconds;
    }

    static String header() {
        return String.format(Locale.ROOT, "%-44s %8s %9s %7s %8s %8s %9s %9s %11s", "client", "wall s", "ok/s",
                "failed", "429 rate", "retries", "vs ideal", "vs oracle", "cpu ms/req");
    }

    String row(double idealSeconds, double oracleSeconds) {
        return String.format(Locale.ROOT, "%-44s %8.2f %9.1f %7d %8.4f %8d %9.3f %9.3f %11.3f", name, seconds, goodput(),
                failed, rate429(), retries(), seconds / idealSeconds, seconds / oracleSeconds, cpuNanos / 1e6 / requests);
    }
}
