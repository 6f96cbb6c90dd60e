package vn.atr.bench;

import static vn.atr.bench.ExchangeBenchmark.fresh;
import static vn.atr.bench.ExchangeBenchmark.peakHeapMb;
import static vn.atr.bench.ExchangeBenchmark.resetPeaks;
import static vn.atr.bench.ExchangeBenchmark.seconds;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.atr.domain.Activity;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.domain.report.Progress;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.store.BareActivityInsert;
import vn.atr.store.BareActivityInsert.Shape;
import vn.atr.store.Database;
import vn.atr.store.StoreLocation;

/**
 * {@code atr bench scale}: the national roll-up. Every commune of the country (3,321: the store's own
 * communes and generated ones under its 34 provinces, all real rows of {@code admin_unit}) sends a signed
 * package of its year (1,000 activities each, dates spread over the year); the national store merges them
 * province by province (one import per province, as the provinces' files arrive). Then the full-year summary
 * and the national report over everything. The packages are made once and merged into each engine's
 * national store in turn (SQLite, then PostgreSQL: ADR 0140). Each figure is printed with its goal, and the
 * merge next to the floor measured in the same run: the same rows written the engine's bare fastest way into
 * a plain table (batched JDBC on SQLite, {@code COPY} on PostgreSQL); and the last import next to the engine
 * alone writing its rows again into the national store's activity table as it then stands (the price of that
 * table's key, indexes and foreign keys at the national size).
 */
public final class ScaleBenchmark {
    /** The engines a run measures; an engine this build cannot open is named and skipped. */
    public enum Engine {
        SQLITE, POSTGRESQL, BOTH
    }

    public static final int COMMUNES = 3_321;
    private static final int YEAR = 2026; // communes exist from 01/07/2025: a whole year of theirs
    private static final long SEED = 3321;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final PrintStream out;

    public ScaleBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Which figures a run produced (the test checks that they are there, never their values). */
    public record Figures(String engine, long records, double mergeRecordsPerSecond, double floorRowsPerSecond,
                          long peakHeapMb, double summaryMedianMs, double reportMs, long outreachSessions,
                          double schemaFloorRowsPerSecond) {
        Figures withSchemaFloor(double rowsPerSecond) {
            return new Figures(engine, records, mergeRecordsPerSecond, floorRowsPerSecond, peakHeapMb, summaryMedianMs,
                    reportMs, outreachSessions, rowsPerSecond);
        }
    }

    /** SQLite and, unless {@code engine} says otherwise, PostgreSQL ({@code pg}, or a throw-away cluster). */
    public List<Figures> run(Engine engine, int communes, int perCommune, Path folder, String pg) throws IOException {
        Files.createDirectories(folder);
        out.printf("bench scale: %,d communes x %,d activities = %,d records, year %d; %s%n", communes, perCommune,
                (long) communes * perCommune, YEAR, ExchangeBenchmark.compilers(
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        Path wardsFile = fresh(folder.resolve("scale-wards.db"));
        Path key = fresh(folder.resolve("scale-wards.key"));
        ReportPeriod year = ReportPeriod.ofYear(YEAR);
        List<Figures> figures = new ArrayList<>();
        Map<String, List<Path>> byProvince = Map.of();
        try {
            // The packages are files: made once, merged into each engine's national store in turn.
            try (Services wards = Services.open(wardsFile)) {
                long t0 = System.nanoTime();
                Map<String, List<String>> units = communes(wards, communes);
                byProvince = packages(wards, units, perCommune, year, folder);
                wards.exchange().trust().exportKey(key);
                out.printf("  %,d packages written for %,d provinces: %.1f s%n", communes, units.size(), seconds(t0));
            }
            if (engine != Engine.POSTGRESQL) {
                out.println("  engine: sqlite");
                Path nationalFile = fresh(folder.resolve("scale-national.db"));
                Path floorFile = fresh(folder.resolve("scale-floor.db"));
                try {
                    figures.add(measure("sqlite", StoreLocation.file(nationalFile), StoreLocation.file(floorFile),
                            "bare batched JDBC into a plain table", () -> -1, byProvince, key, communes, perCommune,
                            year, folder));
                    out.printf("  store file: %,d MB%n", Files.size(nationalFile) / (1024 * 1024));
                } finally {
                    deleteStore(nationalFile);
                    deleteStore(floorFile);
                }
            }
            if (engine != Engine.SQLITE) {
                Optional<BenchPostgresql> server = BenchPostgresql.open(pg, out);
                if (server.isPresent()) {
                    try (BenchPostgresql s = server.get()) {
                        out.println("  engine: postgresql, " + s.description());
                        figures.add(measure("postgresql", s.database("national"), s.database("floor"),
                                "bare COPY into a plain table", s::serverCpuNanos, byProvince, key, communes,
                                perCommune, year, folder));
                    }
                }
            }
        } finally {
            for (List<Path> files : byProvince.values()) {
                for (Path p : files) {
                    Files.deleteIfExists(p);
                }
            }
            deleteStore(wardsFile);
            Files.deleteIfExists(key);
        }
        return figures;
    }

    /** A SQLite store file with its write-ahead log, shared memory and lock files. */
    static void deleteStore(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    /**
     * One engine: the floor, then the merge into a fresh national store, its summary and its report.
     * {@code serverCpu}: the CPU time a server process has used (-1 for an engine inside this JVM or a server
     * elsewhere), printed beside the merging thread's own.
     */
    private Figures measure(String engine, StoreLocation nationalStore, StoreLocation floorStore, String floorName,
                            java.util.function.LongSupplier serverCpu, Map<String, List<Path>> byProvince, Path key,
                            int communes, int perCommune, ReportPeriod year, Path folder) throws IOException {
        long records = (long) communes * perCommune;
        double floor = floor(floorStore, byProvince, perCommune, records, year);
        Map<String, List<String>> units;
        Figures figures;
        double lastSeconds = 0;
        long lastRecords = 0;
        String lastProvince = null;
        try (Services national = Services.open(nationalStore)) {
            // A national store sums the provinces' packages: each sender's activities are its part (ADR 0203).
            national.exchange().makeRollupStore();
            out.println("  national store: a roll-up store, each sender's activities kept as its part (ADR 0203, 0204)");
            units = communes(national, communes);
            // One store stands for every commune: enrolled for every unit, as the packages name 34 provinces' communes.
            var sender = vn.atr.format.pkg.SenderKeyFile.parse(Files.readAllBytes(key));
            national.exchange().trust().enrol(sender.publicKey(), sender.installation(), null);
            resetPeaks();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            double process0 = ExchangeBenchmark.processCpuSeconds(); // the installed runtime has it too
            long server0 = serverCpu.getAsLong();
            long t0 = System.nanoTime();
            long merged = 0;
            for (Map.Entry<String, List<Path>> province : byProvince.entrySet()) {
                long i0 = System.nanoTime();
                lastRecords = national.exchange().importAll(province.getValue(), p -> null, true).changes();
                lastSeconds = seconds(i0);
                lastProvince = province.getKey();
                merged += lastRecords;
            }
            double mergeSeconds = seconds(t0);
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double process = ExchangeBenchmark.processCpuSeconds() - process0;
            long server1 = serverCpu.getAsLong();
            double rate = merged / mergeSeconds;
            long heap = peakHeapMb();
            out.printf("  merge %,d packages in %d imports (one per province), %,d records: %.2f s, CPU %.2f s%s"
                            + " (the whole process %s), %,.0f records/s (goal >= 100,000 records/s)%n", communes,
                    byProvince.size(), merged, mergeSeconds, cpu, server0 < 0 || server1 < 0 ? ""
                            : String.format(" + server CPU %.2f s", (server1 - server0) / 1e9),
                    Double.isNaN(process) ? "n/a" : String.format("%.2f s", process), rate);
            out.printf("  floor, %s: %,.0f rows/s; merge = %.0f%% of the floor%n", floorName, floor,
                    100 * rate / floor);
            // The pools' peak counts garbage G1 had no reason to collect yet; the peak just after a collection is
            // the figure the goal is about (and a run with -Xmx512m its proof).
            out.printf("  peak heap during the merge: %,d MB used (garbage included), %s just after a collection"
                            + " (%,d collections), of max %,d MB (goal < 512 MB)%n", heap, HeapAfterGc.text(),
                    HeapAfterGc.collections(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            double[] summary = summary(national, year);
            long sessions = national.summary().summary(year, Optional.empty()).outreachSessions();
            double report = report(national, year, folder);
            figures = new Figures(engine, merged, rate, floor, heap, summary[1], report, sessions, Double.NaN);
        }
        // After the store is closed: the floor opens it alone, as the benchmark's other floors do.
        return figures.withSchemaFloor(schemaFloor(nationalStore, units.get(lastProvince), lastRecords, lastSeconds));
    }

    /**
     * The last import beside what the engine alone takes to write its part again: the province's chunks copied into
     * the chunks' table as it stands ({@link BareActivityInsert#reinsertRolledBack}, the second of two runs, the
     * first having read the pages in; ADR 0204). Returns that floor's records per second.
     */
    private double schemaFloor(StoreLocation store, List<String> provinceUnits, long lastRecords, double lastSeconds) {
        try (Database db = Database.open(store)) {
            BareActivityInsert bare = new BareActivityInsert(db);
            bare.reinsertRolledBack(provinceUnits, Shape.ROLLUP);
            BareActivityInsert.Timed t = bare.reinsertRolledBack(provinceUnits, Shape.ROLLUP);
            out.printf("  last import, %,d records: %.2f s, %,.0f records/s; the same part's chunks written again by the"
                            + " engine alone into the chunks' table as it stands (one INSERT ... SELECT, rolled back,"
                            + " commit not counted): %,d records, %.2f s, %,.0f records/s: the import takes %.1fx that%n",
                    lastRecords, lastSeconds, lastRecords / lastSeconds, t.rows(), t.seconds(), t.rowsPerSecond(),
                    lastSeconds / t.seconds());
            return t.rowsPerSecond();
        }
    }

    /**
     * {@code communes} communes in the store, grouped by province: the store's own communes first, then
     * generated ones ("Xã <tỉnh> <n>") spread over the other provinces; the store keeps what it had.
     */
    static Map<String, List<String>> communes(Services s, int communes) {
        List<AdminUnit> own = s.repositories().units().listByLevel(UnitLevel.COMMUNE);
        Map<String, List<String>> byProvince = new LinkedHashMap<>();
        for (AdminUnit u : own.subList(0, Math.min(communes, own.size()))) {
            byProvince.computeIfAbsent(province(s, u), k -> new ArrayList<>()).add(u.code());
        }
        List<AdminUnit> provinces = s.repositories().units().listByLevel(UnitLevel.PROVINCE).stream()
                .filter(p -> !byProvince.containsKey(p.code())).toList();
        int missing = communes - byProvince.values().stream().mapToInt(List::size).sum();
        s.inTransaction(() -> {
            for (int i = 0; i < missing; i++) {
                AdminUnit p = provinces.get(i % provinces.size());
                String code = String.format("%s%05d", p.code(), i / provinces.size() + 1);
                s.repositories().units().save(new AdminUnit(code, "Xã " + p.name() + " " + (i / provinces.size() + 1),
                        UnitLevel.COMMUNE, "xa", p.code(), null, null, null));
                byProvince.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(code);
            }
            return null;
        });
        return byProvince;
    }

    private static String province(Services s, AdminUnit u) {
        AdminUnit at = u;
        while (at.parentCode() != null && at.level() != UnitLevel.PROVINCE) {
            at = s.repositories().units().find(at.parentCode()).orElseThrow();
        }
        return at.code();
    }

    /** One signed package per commune: its activities of the year, the same rows in every run. */
    static Map<String, List<Path>> packages(Services wards, Map<String, List<String>> units, int perCommune,
                                        ReportPeriod year, Path folder) {
        Map<String, List<Path>> files = new LinkedHashMap<>();
        long counter = 0;
        for (Map.Entry<String, List<String>> province : units.entrySet()) {
            for (String commune : province.getValue()) {
                List<Activity> rows = activities(commune, counter, perCommune, year);
                counter += perCommune;
                Path p = folder.resolve("scale-" + commune + ".atrpkg");
                wards.exchange().exportActivities(commune, year, rows, p);
                files.computeIfAbsent(province.getKey(), k -> new ArrayList<>()).add(p);
            }
        }
        return files;
    }

    static List<Activity> activities(String commune, long first, int n, ReportPeriod year) {
        Random rnd = new Random(SEED ^ first);
        DataGenerator.UnitsOn unit = day -> List.of(commune);
        List<Activity> rows = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Activity a = DataGenerator.activity(rnd, SEED, first + i, unit, year);
            // Made on its day, with the id a record made then gets: the country's ids interleave over the year in
            // the key's B-tree as real ones do (the generator's own ids, made for repeatable samples, run in order
            // commune by commune and would let every province's import append at the key's end).
            java.time.Instant made = a.startDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    .plusSeconds(rnd.nextInt(86_400));
            Meta m = a.meta();
            rows.add(a.withMeta(new Meta(vn.atr.domain.Ids.madeAt(made.toEpochMilli(), rnd), made, made,
                    m.updatedBy(), 1, false))); // as stored
        }
        return rows;
    }

    /** The same rows, generated again, written the engine's bare fastest way into a plain table of a fresh store. */
    private double floor(StoreLocation store, Map<String, List<Path>> byProvince, int perCommune, long records,
                         ReportPeriod year) {
        try (Database db = Database.open(store)) {
            BareActivityInsert bare = new BareActivityInsert(db);
            long counter = 0;
            long nanos = 0;
            for (Map.Entry<String, List<Path>> province : byProvince.entrySet()) {
                List<Activity> rows = new ArrayList<>();
                for (Path p : province.getValue()) {
                    String commune = p.getFileName().toString().replaceAll("^scale-|\\.atrpkg$", "");
                    rows.addAll(activities(commune, counter, perCommune, year));
                    counter += perCommune;
                }
                long t0 = System.nanoTime(); // the writing only: the merge's figure excludes making the packages too
                bare.insertPlain(rows);
                nanos += System.nanoTime() - t0;
            }
            return records / (nanos / 1e9);
        }
    }

    /** Full-year summary over every activity: {first, median} in ms. */
    private double[] summary(Services s, ReportPeriod year) {
        long t0 = System.nanoTime();
        s.summary().summary(year, Optional.empty());
        double first = seconds(t0) * 1000;
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            s.summary().summary(year, Optional.empty());
            ms[i] = seconds(t) * 1000;
        }
        Arrays.sort(ms);
        out.printf("  full-year summary: first %.0f ms, median %.0f ms (goal < 500 ms)%n", first, ms[ms.length / 2]);
        return new double[] {first, ms[ms.length / 2]};
    }

    /** The national report, model and both files, twice: {@code ms} of the second (warm) run. */
    private double report(Services s, ReportPeriod year, Path folder) throws IOException {
        Path docx = folder.resolve("scale-report.docx");
        Path xlsx = folder.resolve("scale-report.xlsx");
        double ms = 0;
        for (int round = 1; round <= 2; round++) {
            long t0 = System.nanoTime();
            ReportModel model = s.report().build(year, Optional.empty());
            double built = seconds(t0) * 1000;
            s.report().exportDocx(model, docx, ReportOptions.DEFAULT, Progress.NONE);
            s.report().exportXlsx(model, xlsx, ReportOptions.DEFAULT, Progress.NONE);
            ms = seconds(t0) * 1000;
            out.printf("  national report (%s): model %.0f ms, model + .docx + .xlsx %.0f ms (goal < 3,000 ms)%n",
                    round == 1 ? "cold" : "warm", built, ms);
        }
        Files.deleteIfExists(docx);
        Files.deleteIfExists(xlsx);
        return ms;
    }
}
