package vn.atr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code atr bench startup}: a fresh {@code atr --version} and a fresh {@code atr report} on a sample store, as
 * whole processes taken in turn (version, report, version, ...) after one warm-up of each, without the AppCDS
 * archive and with it when there is one. Prints the median wall and CPU time of each and the ratio report /
 * version against the goal (at most {@value #GOAL}x). The CPU time is the operating system's account of the
 * reaped child (Linux /proc; elsewhere only the wall time is printed).
 */
public final class StartupBench {
    static final double GOAL = 2.5;
    /** The installed launcher's compiler choice (ADR 0061), so that the figures are the installed app's. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1");
    /** The first JDK whose static archive can hold classes linked ({@code -XX:+AOTClassLinking}, JEP 483). */
    private static final int AOT_LINKING_SINCE = 24;
    private static final Path PROC_SELF_STAT = Path.of("/proc/self/stat");
    /** Linux's USER_HZ: /proc reports CPU times in 1/100 s on every common architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final PrintStream out;

    public StartupBench(PrintStream out) {
        this.out = out;
    }

    /** One command's timings: medians in seconds; CPU is NaN where the system does not account it. */
    record Figures(double wall, double cpu) {
    }

    /**
     * @param archive the AppCDS archive to compare with; empty: the one this process runs with, else
     *        {@code atr.jsa} next to the ATR jar, else none
     * @param makeArchive record an archive in {@code dir} from a version and a report run when none is found
     */
    public void run(int runs, Optional<Path> archive, boolean makeArchive, Path dir) throws Exception {
        Path store = dir.resolve("startup.db");
        Files.deleteIfExists(store);
        check(exec(List.of(), List.of("--db", store.toString(), "sample")), "atr sample");
        List<String> report = List.of("--db", store.toString(), "report", "--year", "2023",
                "--docx", dir.resolve("bc.docx").toString(), "--xlsx", dir.resolve("pl.xlsx").toString());
        Optional<Path> cds = archive.or(StartupBench::archiveInUse).or(StartupBench::archiveBesideJar);
        Optional<String> folder = classPathFolder();
        if (cds.isEmpty() && makeArchive && folder.isPresent()) {
            out.println("AppCDS: not recorded, the class path has a folder (" + folder.get()
                    + ") and an archive takes classes from jars only: run the bench from target/atr.jar");
        } else if (cds.isEmpty() && makeArchive) {
            cds = Optional.of(record(dir, report));
        }
        out.printf(Locale.ROOT, "startup: %d runs of each command in turn after one warm-up; report = %s; load average %s%n",
                runs, String.join(" ", report.subList(2, 5)), loadAverage());
        // -Xshare:off, not the JDK's default archive: without an app archive the installed launcher has no CDS
        // at all (a missing -XX:SharedArchiveFile turns it off, ADR 0061).
        compare("without AppCDS", List.of("-Xshare:off"), report, runs);
        if (cds.isPresent()) {
            compare("with AppCDS " + cds.get().getFileName(),
                    List.of("-XX:SharedArchiveFile=" + cds.get(), "-Xshare:auto"), report, runs);
        } else {
            out.println("with AppCDS: no archive" + (makeArchive ? "" : " (give --archive FILE or --make-archive)"));
        }
    }

    private void compare(String label, List<String> jvm, List<String> report, int runs) throws Exception {
        List<String> version = List.of("--version");
        exec(jvm, version);
        check(exec(jvm, report), "atr report");
        List<Run> v = new ArrayList<>();
        List<Run> r = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            v.add(check(exec(jvm, version), "atr --version"));
            r.add(check(exec(jvm, report), "atr report"));
        }
        Figures fv = figures(v);
        Figures fr = figures(r);
        out.println(label + ":");
        out.printf(Locale.ROOT, "  atr --version  wall %s  CPU %s%n", seconds(fv.wall()), seconds(fv.cpu()));
        out.printf(Locale.ROOT, "  atr report     wall %s  CPU %s%n", seconds(fr.wall()), seconds(fr.cpu()));
        out.printf(Locale.ROOT, "  report / version: wall %s, CPU %s (goal: at most %.1fx)%n", ratio(fr.wall(), fv.wall()),
                ratio(fr.cpu(), fv.cpu()), GOAL);
    }

    /** A static archive from the class lists of a version and a report run, as installer/build-linux.sh does. */
    private Path record(Path dir, List<String> report) throws Exception {
        Path v = dir.resolve("version.classlist");
        Path r = dir.resolve("report.classlist");
        check(exec(List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + v), List.of("--version")), "atr --version");
        check(exec(List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + r), report), "atr report");
        Path merged = dir.resolve("atr.classlist");
        List<String> lines;
        try (Stream<String> a = Files.lines(v); Stream<String> b = Files.lines(r)) {
            lines = merge(a, b);
        }
        Files.write(merged, lines);
        Path jsa = dir.resolve("atr.jsa");
        List<String> command = new ArrayList<>(List.of(java(), "-Xshare:dump"));
        if (Runtime.version().feature() >= AOT_LINKING_SINCE) {
            command.add("-XX:+AOTClassLinking");
        }
        moduleOptions().forEach(command::add);
        command.addAll(List.of("-XX:SharedClassListFile=" + merged, "-XX:SharedArchiveFile=" + jsa,
                "-cp", System.getProperty("java.class.path")));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0 || !Files.isRegularFile(jsa)) {
            throw new IllegalStateException("the AppCDS archive could not be recorded (exit " + p.exitValue() + ")");
        }
        out.printf(Locale.ROOT, "AppCDS archive recorded from %,d classes (--version and report)%n",
                lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("@")).count());
        return jsa;
    }

    /**
     * Two runs' class lists as one, each line once and without its {@code id: N}: each run numbers its classes
     * from 0 and JDK 25 refuses a list that repeats an id. Only classes of custom loaders are referred to by id;
     * ATR has none.
     */
    static List<String> merge(Stream<String> a, Stream<String> b) {
        return Stream.concat(a, b).map(line -> line.replaceFirst(" id: \\d+$", "")).distinct().toList();
    }

    /** A finished child process: its wall time and its CPU time (user + system) in seconds. */
    record Run(int exit, double wall, double cpu) {
    }

    private static Run check(Run run, String what) {
        if (run.exit() != 0) {
            throw new IllegalStateException(what + " exited with " + run.exit());
        }
        return run;
    }

    /** Starts ATR as the installed launcher would (same runtime, class path and JIT option) and waits for it. */
    private static Run exec(List<String> jvm, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(jvm);
        inherited("-Dorg.sqlite.lib.").forEach(command::add);
        moduleOptions().forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.atr.Launcher"));
        command.addAll(args);
        double cpuBefore = childrenCpu();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        return new Run(exit, wall, childrenCpu() - cpuBefore);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's options with that prefix (the installed launcher's SQLite library path), for the children. */
    private static Stream<String> inherited(String prefix) {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith(prefix));
    }

    /**
     * The launcher's native-access and {@code Unsafe} options (JDK 25 runtime, ADR 0180): an archive is dumped and
     * used with the same ones, since JDK 25 drops its module graph and AOT-linked classes when they differ.
     */
    private static Stream<String> moduleOptions() {
        return Stream.concat(inherited("--enable-native-access"), inherited("--sun-misc-unsafe-memory-access"));
    }

    /** A folder on the class path (the build's target/classes): JDK 17 archives classes from jars only. */
    private static Optional<String> classPathFolder() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> Files.isDirectory(Path.of(e))).findFirst();
    }

    /** The archive this JVM was started with (the installed launcher gives its own). */
    private static Optional<Path> archiveInUse() {
        return inherited("-XX:SharedArchiveFile=").map(a -> Path.of(a.substring(a.indexOf('=') + 1)))
                .filter(Files::isRegularFile).findFirst();
    }

    /** {@code atr.jsa} in the folder of the ATR jar on the class path (the installed app-image's lib/app). */
    private static Optional<Path> archiveBesideJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith("atr")
                        && p.getFileName().toString().endsWith(".jar"))
                .map(p -> p.toAbsolutePath().resolveSibling("atr.jsa")).filter(Files::isRegularFile).findFirst();
    }

    /**
     * CPU seconds (user + system) of this process's reaped children, from /proc/self/stat (cutime, cstime);
     * NaN where there is no /proc.
     */
    static double childrenCpu() {
        try {
            String stat = Files.readString(PROC_SELF_STAT);
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static Figures figures(List<Run> runs) {
        return new Figures(median(runs.stream().mapToDouble(Run::wall).toArray()),
                median(runs.stream().mapToDouble(Run::cpu).toArray()));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "n/a" : String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", a / b);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
