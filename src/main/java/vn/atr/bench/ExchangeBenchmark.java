package vn.atr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.atr.domain.Activity;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.UnitLevel;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.store.BareActivityInsert;
import vn.atr.store.Database;
import vn.atr.store.StoreLocation;

/**
 * {@code atr bench exchange}: exporting 100,000 records; verifying and merging 114 packages of about
 * 1,000 records each into one store; importing a 100,000-row .xlsx; with the peak heap of each step.
 */
public final class ExchangeBenchmark {
    // Communes hold records from 01/07/2025 (the generator gives each record a unit valid on its date).
    private static final int YEAR = 2026;
    public static final int XLSX_ROWS = 100_000;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final PrintStream out;

    public ExchangeBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int records, int perPackage, Path folder) throws IOException {
        Files.createDirectories(folder);
        ReportPeriod year = ReportPeriod.ofYear(YEAR);
        out.printf("bench exchange: export %,d records; merge 114 packages of ~%,d records; %s%n", records, perPackage,
                compilers(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        Path big = fresh(folder.resolve("bench-export.db"));
        try (Services s = Services.open(big)) {
            s.generator().generate(new DataGenerator.Spec(114, records, 0, 11, YEAR));
            Path pkg = fresh(folder.resolve("bench-all.atrpkg"));
            resetPeaks();
            long t0 = System.nanoTime();
            var r = s.exchange().export(null, year, pkg, null);
            out.printf("  export %,d records: %.2f s, %,d KB, peak heap %,d MB%n",
                    r.counts().values().stream().mapToLong(Long::longValue).sum(), seconds(t0),
                    Files.size(pkg) / 1024, peakHeapMb());
        }
        Path wards = fresh(folder.resolve("bench-wards.db"));
        List<Path> packages = new ArrayList<>();
        try (Services s = Services.open(wards)) {
            s.generator().generate(new DataGenerator.Spec(114, 114 * perPackage, 0, 12, YEAR));
            for (AdminUnit u : s.repositories().units().listByLevel(UnitLevel.COMMUNE).subList(0, 114)) {
                Path p = fresh(folder.resolve("bench-" + u.code() + ".atrpkg"));
                s.exchange().export(u.code(), year, p, null);
                packages.add(p);
            }
            s.exchange().trust().exportKey(folder.resolve("bench-wards.key"));
        }
        Path city = fresh(folder.resolve("bench-city.db"));
        try (Services s = Services.open(city)) {
            s.exchange().trust().add(folder.resolve("bench-wards.key"), null); // one store stands for every ward
            // The city's December merge: all 114 files chosen at once, one import (ADR 0033).
            resetPeaks();
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            var batch = s.exchange().importAll(packages, p -> null, true);
            long returned = System.nanoTime();
            // CPU time of this thread too (SQLite runs in it): on a shared machine the wall time mostly
            // measures the other processes.
            out.printf("  verify + merge 114 packages in one import (%,d records): %.2f s, CPU %.2f s (goal < 5 s),"
                    + " peak heap %,d MB, after GC %s%n", batch.changes(), seconds(t0),
                    (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9, peakHeapMb(), HeapAfterGc.text());
            // the log's pages copied into the file on a thread of its own after the commit (ADR 0210): waited for
            // here, so that the next step does not share the cores with it
            long waited = s.awaitCheckpoint();
            out.printf("    then the write-ahead log copied into the file (ADR 0210): done %.2f s after the merge"
                    + " returned (%.2f s of it waited for)%n", seconds(returned), waited / 1e9);
            floor(s, folder.resolve("bench-floor.db"), "merge", (returned - t0) / 1e9);
            long t1 = System.nanoTime();
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            var again = s.exchange().importAll(packages, p -> null, true);
            out.printf("  the same 114 packages again (%,d unchanged): %.2f s, CPU %.2f s%n",
                    again.counts().get(vn.atr.service.exchange.ImportPlan.Outcome.UNCHANGED), seconds(t1),
                    (THREADS.getCurrentThreadCpuTime() - cpu1) / 1e9);
        }
        Path single = fresh(folder.resolve("bench-city-single.db"));
        try (Services s = Services.open(single)) {
            s.exchange().trust().add(folder.resolve("bench-wards.key"), null);
            // For comparison: the same files imported one by one, one transaction (and commit) each.
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            for (Path p : packages) {
                s.exchange().apply(s.exchange().plan(p, null));
            }
            out.printf("  the 114 packages imported one at a time (114 imports): %.2f s, CPU %.2f s%n", seconds(t0),
                    (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9);
        }
        for (Path p : packages) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(folder.resolve("bench-all.atrpkg"));
        Files.deleteIfExists(folder.resolve("bench-wards.key"));
        for (Path p : List.of(big, wards, city, single)) {
            ScaleBenchmark.deleteStore(p);
        }
    }

    /**
     * Writes a workbook of {@code rows} activity rows through the template writer (labels as a user
     * picks them, dates as Excel dates, one row in seven with text "1.200" numbers and typed dates),
     * then imports it into a fresh store: streaming read, validation, one transaction.
     */
    public void xlsx(Path folder, int rows) throws IOException {
        Path book = fresh(folder.resolve("bench-activities.xlsx"));
        Path store = fresh(folder.resolve("bench-xlsx.db"));
        try (Services s = Services.open(store)) {
            long w0 = System.nanoTime();
            s.xlsx().writeWorkbook(book, Map.of("activities", XlsxBenchRows.activities(rows)));
            out.printf("  write %,d-row .xlsx: %.2f s, %,d KB%n", rows, seconds(w0), Files.size(book) / 1024);
            resetPeaks();
            // CPU time next to wall time: on a shared machine the wall time says more about the neighbours.
            var threads = ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            double p0 = processCpuSeconds();
            long t0 = System.nanoTime();
            ReaderCpu reader = new ReaderCpu(threads);
            var r = s.xlsx().importFile(book, false, false);
            long returned = System.nanoTime();
            reader.stop();
            // The peak depends on the heap the JVM may grow into (G1 lets garbage pile up in a large young
            // generation): run with -Xmx256m (and --xlsx-only) to check the goal itself. The import reads on a
            // second thread (ADR 0175): the process's CPU (with the collector and the JIT) counts both.
            out.printf("  import %,d-row .xlsx (%,d records, %d invalid cells): %.2f s, cpu %.2f s (calling thread),"
                    + " %.2f s (reader thread), %.2f s (process) (goal < 5 s), peak heap %,d MB of max %,d MB"
                    + " (goal < 256 MB)%n", rows, r.imported(), r.problems().size(), seconds(t0),
                    (threads.getCurrentThreadCpuTime() - c0) / 1e9, reader.seconds(),
                    processCpuSeconds() - p0, peakHeapMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            long waited = s.awaitCheckpoint();
            out.printf("    then the write-ahead log copied into the file (ADR 0210): done %.2f s after the import"
                    + " returned (%.2f s of it waited for)%n", seconds(returned), waited / 1e9);
            floor(s, folder.resolve("bench-xlsx-floor.db"), "import", (returned - t0) / 1e9);
        }
        Files.deleteIfExists(book);
        ScaleBenchmark.deleteStore(store);
    }

    /**
     * The floor beside a step: every activity the step stored, read back, then written by bare batched JDBC into a
     * plain table of a fresh store (no key, index, check, audit or exchange bookkeeping), one transaction, its
     * commit included. Printed with the step's time as a multiple of it: on this shared machine the ratio holds
     * from one hour to the next where the seconds do not.
     */
    private void floor(Services s, Path file, String step, double stepSeconds) throws IOException {
        List<Activity> rows = new ArrayList<>();
        s.repositories().activities().forEachInPeriod(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), null, rows::add);
        try (Database db = Database.open(StoreLocation.file(fresh(file)))) {
            BareActivityInsert bare = new BareActivityInsert(db);
            long t0 = System.nanoTime();
            bare.insertPlain(rows);
            double floor = seconds(t0);
            out.printf("    floor: the same %,d activities by bare batched JDBC into a plain table of a fresh store:"
                    + " %.2f s (%,.0f rows/s); the %s took %.1fx that%n", rows.size(), floor, rows.size() / floor, step,
                    stepSeconds / floor);
        } finally {
            ScaleBenchmark.deleteStore(file);
        }
    }

    /**
     * The CPU time of the import's reader thread, which ends with the import: its last reading, taken every
     * 5 ms (a thread's CPU time can only be read while it lives), so up to 5 ms short.
     */
    private static final class ReaderCpu {
        private final Thread sampler;
        private volatile long nanos;
        private long id = -1; // the sampler's own

        ReaderCpu(java.lang.management.ThreadMXBean threads) {
            sampler = Sampler.start("bench-reader-cpu", 5, () -> {
                if (id < 0) { // found once by name, without stack traces (no safepoint for every thread)
                    for (long t : threads.getAllThreadIds()) {
                        var info = threads.getThreadInfo(t, 0);
                        if (info != null && info.getThreadName().equals("xlsx-reader")) {
                            id = t;
                        }
                    }
                }
                long cpu = id < 0 ? -1 : threads.getThreadCpuTime(id);
                if (cpu > 0) {
                    nanos = cpu;
                }
            });
        }

        void stop() {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    /**
     * Which JIT compilers this JVM runs: the installed launcher keeps to C1 (ADR 0061), a plain {@code java -jar}
     * has C2 too, and the figures differ (C2 compiles for seconds at the start, then runs faster).
     */
    public static String compilers(List<String> jvmArguments) {
        String stop = jvmArguments.stream().filter(a -> a.startsWith("-XX:TieredStopAtLevel=")).reduce((a, b) -> b)
                .orElse(null);
        if (jvmArguments.contains("-Xint")) {
            return "interpreter only (-Xint)";
        }
        if (stop != null && !stop.endsWith("=4")) {
            return "JIT: C1 only (" + stop + ", as the installed app)";
        }
        return "JIT: C1 and C2 (the JVM's default; the installed app runs C1 only: -XX:TieredStopAtLevel=1)";
    }

    /**
     * This process's CPU time (all threads, the collector and the JIT included), from {@code java.base}: the
     * installed app's runtime has no {@code jdk.management} module, so no {@code com.sun.management} beans.
     * NaN where the system does not tell.
     */
    public static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** {@code p} with no store there: its log and lock files too (a killed run's log would be read into the new one). */
    static Path fresh(Path p) throws IOException {
        ScaleBenchmark.deleteStore(p);
        return p;
    }

    static void resetPeaks() {
        HeapAfterGc.reset(); // a full collection first
        HeapPeak.reset();
    }

    /** The peak of the heap in use since {@link #resetPeaks}, garbage included ({@link HeapPeak}). */
    static long peakHeapMb() {
        return HeapPeak.bytes() / (1024 * 1024);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
