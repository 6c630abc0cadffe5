package app.switchboard.bench;

import app.switchboard.Launcher;
import app.switchboard.ui.SwitchboardApp;
import app.switchboard.ui.snapshot.Headless;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard bench startup}: time from JVM start to the first frame showing the demo workspace's
 * data, against a bare JavaFX window started the same way (both in fresh child JVMs, medians of several
 * runs), and the app's resident memory at that moment. Headless (Monocle) when there is no display.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Startup time to the first painted frame with demo data vs a bare JavaFX window, and RSS.")
public final class StartupBench implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        Path home = Files.createTempDirectory("switchboard-bench-startup");
        boolean headless = Headless.noDisplay();
        System.out.println("startup benchmark: " + runs + " runs each, " + (headless ? "headless (Monocle)" : "on the display")
                + ", java " + System.getProperty("java.version"));
        // One discarded round first: JavaFX extracts its natives and the OS caches the jars.
        measure(BareWindow.class.getName(), home, headless, List.of());
        measure(Launcher.class.getName(), home, headless, List.of("-D" + SwitchboardApp.FIRST_FRAME_EXIT + "=true"));
        long[] bare = new long[runs];
        long[] app = new long[runs];
        long[] rss = new long[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = measure(BareWindow.class.getName(), home, headless, List.of())[0];
            long[] a = measure(Launcher.class.getName(), home, headless,
                    List.of("-D" + SwitchboardApp.FIRST_FRAME_EXIT + "=true"));
            app[i] = a[0];
            rss[i] = a[1];
            System.out.printf("run %d: bare %d ms, app %d ms, app rss %d MB%n", i + 1, bare[i], app[i], rss[i]);
        }
        long bareMedian = median(bare);
        long appMedian = median(app);
        long rssMedian = median(rss);
        double ratio = bareMedian <= 0 ? Double.NaN : (double) appMedian / bareMedian;
        System.out.printf("medians: bare %d ms, app %d ms, ratio %.2f, rss %d MB (targets: ratio <= 1.5, app <= 2500 ms, rss <= 300 MB)%n",
                bareMedian, appMedian, ratio, rssMedian);
        System.out.printf(java.util.Locale.ROOT, "RESULT first_frame_ms=%d bare_ms=%d ratio_vs_bare=%.2f rss_mb=%d%n",
                appMedian, bareMedian, ratio, rssMedian);
        deleteQuietly(home);
        return 0;
    }

    /** Runs one child JVM; returns {first frame ms, rss MB (or -1)}. */
    private static long[] measure(String mainClass, Path home, boolean headless, List<String> extra)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (headless) {
            Headless.properties().forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        }
        cmd.addAll(extra);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("SWITCHBOARD_HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        long frame = value(out, "FIRST_FRAME_MS=");
        if (frame < 0) {
            throw new IllegalStateException(mainClass + " did not report its first frame:\n" + out);
        }
        return new long[] {frame, value(out, "RSS_MB=")};
    }

    private static long value(String out, String key) {
        return out.lines().filter(l -> l.startsWith(key)).map(l -> Long.parseLong(l.substring(key.length()).trim()))
                .findFirst().orElse(-1L);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteQuietly(Path home) {
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp folder is harmless.
        }
    }
}
