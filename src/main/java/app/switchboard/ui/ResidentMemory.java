package app.switchboard.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * This process's resident memory (Linux; -1 elsewhere), in two measures. The app runs on ZGC, which maps its heap
 * three times over (one view per pointer colour): the kernel's VmRSS counts every heap page three times, so it
 * overstates the memory the app holds by twice its heap. The proportional set size counts each page once (a page
 * shared with other processes, by its share).
 */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /** The proportional set size, from {@code /proc/self/smaps_rollup} (Linux 4.14+); else {@link #kernelRssMegabytes()}. */
    public static long megabytes() {
        long pss = kilobytes(Path.of("/proc/self/smaps_rollup"), "Pss:");
        return pss < 0 ? kernelRssMegabytes() : pss / 1024;
    }

    /** VmRSS from {@code /proc/self/status}: what {@code top} shows as RES. */
    public static long kernelRssMegabytes() {
        long rss = kilobytes(Path.of("/proc/self/status"), "VmRSS:");
        return rss < 0 ? -1 : rss / 1024;
    }

    private static long kilobytes(Path file, String field) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
