package app.switchboard.bench;

import app.switchboard.Launcher;
import app.switchboard.TempFolders;
import app.switchboard.ui.SwitchboardApp;
import app.switchboard.ui.snapshot.Headless;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard bench startup}: the desktop app's start against a bare JavaFX window started the same
 * way (fresh child JVMs, same options, run alternately, medians of several runs). One app JVM reports both
 * its first frame and its first frame with demo data, and its resident memory at that moment. Headless
 * (Monocle) when there is no display. With {@code --cds} both sides run on their own AppCDS archive, made by
 * one training run each.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Startup time to the first painted frame, and to the first frame with demo data, vs a bare JavaFX window; RSS.")
public final class StartupBench implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--app-launcher", paramLabel = "PATH", description = "Also start the app with this installed "
            + "launcher (e.g. /opt/switchboard/bin/switchboard), alternately with the jar, and compare their first frames.")
    Path appLauncher;

    @Option(names = "--cds", description = "Start both sides with an AppCDS archive (-XX:SharedArchiveFile), "
            + "each made by a training run (-XX:ArchiveClassesAtExit). Needs the packaged jar.")
    boolean cds;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            System.err.println("--runs must be at least 1");
            return 2;
        }
        if (appLauncher != null && (cds || !Files.isExecutable(appLauncher))) {
            System.err.println(cds ? "--app-launcher cannot be combined with --cds: the installed app brings its own archive."
                    : "--app-launcher: " + appLauncher + " is not an executable file.");
            return 2;
        }
        if (cds && classPathHasFolders()) {
            System.err.println("--cds needs a class path of jars only: run it from the packaged jar "
                    + "(java -jar target/switchboard.jar bench startup --cds).");
            return 2;
        }
        Path work = Files.createTempDirectory("switchboard-bench-startup");
        try {
            return run(work);
        } finally {
            TempFolders.deleteQuietly(work);
        }
    }

    private int run(Path work) throws IOException, InterruptedException {
        boolean headless = Headless.noDisplay();
        String exitAtFirstFrame = "-D" + SwitchboardApp.FIRST_FRAME_EXIT + "=true";
        // Both sides with the app's JVM options, as its installed launcher starts it.
        Child bare = Child.java(BareWindow.class.getName(), Launcher.JVM_OPTIONS, headless, work);
        List<String> appOptions = new ArrayList<>(Launcher.JVM_OPTIONS);
        appOptions.add(exitAtFirstFrame);
        Child app = Child.java(Launcher.class.getName(), appOptions, headless, work);
        Child installed = appLauncher == null ? null : Child.launcher(appLauncher, List.of(exitAtFirstFrame), headless, work);
        printHeader(headless);
        // One discarded round first: JavaFX extracts its natives and the OS caches the jars. With --cds it
        // also writes each side's archive.
        bare.train(cds);
        app.train(cds);
        if (installed != null) {
            installed.train(false);
        }
        List<Report> bareRuns = new ArrayList<>();
        List<Report> appRuns = new ArrayList<>();
        List<Report> installedRuns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Report b = bare.measure();
            bareRuns.add(b);
            Report a = app.measure();
            appRuns.add(a);
            System.out.printf("run %d: bare %d ms (cpu %d ms) | app first frame %d ms (cpu %d ms), data %d ms, rss %d MB "
                            + "(kernel's VmRSS %d MB)", i + 1, b.firstFrameMs, b.firstFrameCpuMs, a.firstFrameMs,
                    a.firstFrameCpuMs, a.dataMs, a.rssMb, a.kernelRssMb);
            if (installed != null) {
                Report n = installed.measure();
                installedRuns.add(n);
                System.out.printf(" | from process start: jar app %d ms, installed app %d ms (data %d / %d ms)",
                        a.firstFromSpawnMs, n.firstFromSpawnMs, a.dataFromSpawnMs, n.dataFromSpawnMs);
            }
            System.out.printf(" | load %s%n", loadAverage());
        }
        long bareMedian = median(each(bareRuns, Report::firstFrameMs));
        long firstMedian = median(each(appRuns, Report::firstFrameMs));
        long dataMedian = median(each(appRuns, Report::dataMs));
        long rssMedian = median(each(appRuns, Report::rssMb));
        long kernelRssMedian = median(each(appRuns, Report::kernelRssMb));
        double ratio = ratio(firstMedian, bareMedian);
        double dataRatio = ratio(dataMedian, bareMedian);
        System.out.printf(Locale.ROOT, "medians: bare %d ms, first frame %d ms (ratio %.2f), data %d ms (ratio %.2f), "
                        + "rss %d MB (kernel's VmRSS %d MB); load average %s%n", bareMedian, firstMedian, ratio, dataMedian,
                dataRatio, rssMedian, kernelRssMedian, loadAverage());
        // Each app run follows its bare run within seconds, so on a shared machine whose load drifts the
        // median of the per-run ratios is the steadier comparison; the RESULT keeps the ratio of the medians.
        System.out.printf(Locale.ROOT, "median of per-run ratios: first frame %.2f, data %.2f%n",
                medianRatio(each(appRuns, Report::firstFrameMs), each(bareRuns, Report::firstFrameMs)),
                medianRatio(each(appRuns, Report::dataMs), each(bareRuns, Report::firstFrameMs)));
        long bareCpuMedian = median(each(bareRuns, Report::firstFrameCpuMs));
        long firstCpuMedian = median(each(appRuns, Report::firstFrameCpuMs));
        double cpuRatio = ratio(firstCpuMedian, bareCpuMedian);
        System.out.printf(Locale.ROOT, "CPU time to the first frame (all threads; steadier than wall time under load): "
                + "bare %d ms, app %d ms (ratio %.2f)%n", bareCpuMedian, firstCpuMedian, cpuRatio);
        String installedFields = "";
        if (installed != null) {
            // From process start, not JVM start: the native launcher's own work before the JVM counts too.
            long jarMedian = median(each(appRuns, Report::firstFromSpawnMs));
            long installedMedian = median(each(installedRuns, Report::firstFromSpawnMs));
            long jarData = median(each(appRuns, Report::dataFromSpawnMs));
            long installedData = median(each(installedRuns, Report::dataFromSpawnMs));
            double vsJar = ratio(installedMedian, jarMedian);
            System.out.printf(Locale.ROOT, "from process start: installed app (%s) first frame %d ms vs java -cp jar %d ms "
                            + "(ratio %.2f, median of per-run ratios %.2f); data %d ms vs %d ms%n", appLauncher,
                    installedMedian, jarMedian, vsJar,
                    medianRatio(each(installedRuns, Report::firstFromSpawnMs), each(appRuns, Report::firstFromSpawnMs)),
                    installedData, jarData);
            installedFields = String.format(Locale.ROOT, " jar_spawn_first_frame_ms=%d installed_spawn_first_frame_ms=%d "
                    + "installed_ratio_vs_jar=%.2f", jarMedian, installedMedian, vsJar);
        }
        System.out.println("targets: ratio_vs_bare <= 1.5, first_frame_ms <= 2500, rss_mb <= 300"
                + (installed == null ? "" : ", installed_ratio_vs_jar <= 1.0"));
        System.out.printf(Locale.ROOT, "RESULT first_frame_ms=%d bare_ms=%d ratio_vs_bare=%.2f data_ms=%d "
                        + "data_ratio_vs_bare=%.2f rss_mb=%d cpu_ratio_vs_bare=%.2f%s%n",
                firstMedian, bareMedian, ratio, dataMedian, dataRatio, rssMedian, cpuRatio, installedFields);
        return 0;
    }

    /** One figure of every run of one side, in run order. */
    private static long[] each(List<Report> runs, ToLongFunction<Report> figure) {
        return runs.stream().mapToLong(figure).toArray();
    }

    private void printHeader(boolean headless) {
        System.out.println("startup benchmark: " + runs + " runs each, " + (headless ? "headless (Monocle)" : "on the display")
                + ", java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + loadAverage() + (cds ? ", AppCDS archive on both sides" : ", no AppCDS"));
        System.out.println("  all times from JVM start (RuntimeMXBean start time) in a fresh child JVM started with the app's "
                + "options (" + String.join(" ", Launcher.JVM_OPTIONS) + "), medians:");
        System.out.println("  bare_ms        a bare JavaFX window (one Label), started the same way: first frame");
        System.out.println("  first_frame_ms the app's first frame of the main window: sidebar, header with the demo badge,");
        System.out.println("                 status bar, the first screen still loading");
        System.out.println("  data_ms        in the same app JVM: the first frame with the first screen's demo data");
        System.out.println("                 (the embedded sandbox started, its accounts listed and laid out)");
        System.out.println("  rss_mb         the app's resident memory at data_ms: its proportional set size, which counts");
        System.out.println("                 each page once (the kernel's VmRSS, top's RES, counts ZGC's heap three");
        System.out.println("                 times, once per mapping of it; it is printed beside)");
        System.out.println("  cpu_ratio_vs_bare  CPU time of all threads up to the first frame, app vs bare: the work");
        System.out.println("                 itself, which a busy machine stretches less than wall time");
        System.out.println("  a frame counts once the pulse that lays it out has handed it to the renderer");
        if (appLauncher != null) {
            System.out.println("  installed_*     the app started by " + appLauncher + " (options through JAVA_TOOL_OPTIONS),");
            System.out.println("                 against java -cp jar, both timed from process start (the launcher's own work counts)");
        }
    }

    /**
     * One side of the comparison: a main class started in a fresh JVM the way the bench starts both, or an
     * installed launcher given the same options through {@code JAVA_TOOL_OPTIONS}.
     */
    private static final class Child {
        private final String name;
        private final List<String> command;
        private final boolean viaToolOptions;
        private final List<String> options;
        private final Path home;
        private final Path archive;
        private boolean useArchive;

        private Child(String name, List<String> command, boolean viaToolOptions, List<String> options, boolean headless,
                      Path work) throws IOException {
            this.name = name;
            this.command = command;
            this.viaToolOptions = viaToolOptions;
            this.options = new ArrayList<>();
            if (headless) {
                Headless.properties().forEach((k, v) -> this.options.add("-D" + k + "=" + v));
            }
            this.options.addAll(options);
            String simple = name.substring(name.lastIndexOf('.') + 1);
            this.home = Files.createDirectories(work.resolve(simple + "-home"));
            this.archive = work.resolve(simple + ".jsa");
        }

        static Child java(String mainClass, List<String> options, boolean headless, Path work) throws IOException {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), mainClass);
            return new Child(mainClass, cmd, false, options, headless, work);
        }

        static Child launcher(Path launcher, List<String> options, boolean headless, Path work) throws IOException {
            return new Child("installed", List.of(launcher.toString()), true, options, headless, work);
        }

        /** The discarded first run; with {@code cds} it writes the archive the measured runs then use. */
        void train(boolean cds) throws IOException, InterruptedException {
            start(cds ? List.of("-XX:ArchiveClassesAtExit=" + archive) : List.of());
            if (cds) {
                if (!Files.isRegularFile(archive)) {
                    throw new IllegalStateException("the training run of " + name + " wrote no CDS archive");
                }
                useArchive = true;
            }
        }

        Report measure() throws IOException, InterruptedException {
            return start(useArchive ? List.of("-XX:SharedArchiveFile=" + archive) : List.of());
        }

        private Report start(List<String> jvmOptions) throws IOException, InterruptedException {
            List<String> jvm = new ArrayList<>(options);
            jvm.addAll(jvmOptions);
            List<String> cmd = new ArrayList<>(command);
            if (!viaToolOptions) {
                cmd.addAll(1, jvm); // after the java executable, before -cp
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("SWITCHBOARD_HOME", home.toString());
            if (viaToolOptions) {
                pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", jvm));
            }
            long spawned = System.currentTimeMillis();
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Report r = new Report(value(out, "FIRST_FRAME_MS="), value(out, "FIRST_FRAME_CPU_MS="),
                    value(out, "DATA_MS="), value(out, "RSS_MB="), value(out, "KERNEL_RSS_MB="),
                    since(spawned, value(out, "FIRST_FRAME_AT=")), since(spawned, value(out, "DATA_AT=")));
            if (r.firstFrameMs < 0) {
                throw new IllegalStateException(name + " did not report its first frame:\n" + out);
            }
            return r;
        }

        private static long since(long start, long epochMillis) {
            return epochMillis < 0 ? -1 : epochMillis - start;
        }
    }

    /** What a child printed; -1 for what it did not report (the bare window has no data). */
    private record Report(long firstFrameMs, long firstFrameCpuMs, long dataMs, long rssMb, long kernelRssMb,
                          long firstFromSpawnMs, long dataFromSpawnMs) {
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

    private static double medianRatio(long[] values, long[] bases) {
        double[] ratios = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ratios[i] = ratio(values[i], bases[i]);
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    private static double ratio(long value, long base) {
        return base <= 0 ? Double.NaN : (double) value / base;
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "n/a": the machine may be shared. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static boolean classPathHasFolders() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .anyMatch(entry -> new File(entry).isDirectory());
    }
}
