package vn.atr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import vn.atr.domain.Activity;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.store.BareActivityInsert;
import vn.atr.store.Database;

/**
 * {@code atr bench store}: insert rate through the repository next to a bare batched insert (the
 * floor), then the full-year summary over the stored activities. Prints its figures.
 */
public final class StoreBenchmark {
    private static final int CHUNK = 10_000;
    private static final int YEAR = 2025;

    private final PrintStream out;

    public StoreBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int activities, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path viaRepository = folder.resolve("bench-repository.db");
        Path viaFloor = folder.resolve("bench-floor.db");
        Files.deleteIfExists(viaRepository);
        Files.deleteIfExists(viaFloor);
        out.printf("bench store: %,d activities, 114 units, report year %d%n", activities, YEAR);

        double floorRate;
        try (Database db = Database.open(viaFloor)) {
            BareActivityInsert bare = new BareActivityInsert(db);
            long t0 = System.nanoTime();
            db.runInTransaction(() -> generate(activities, units(db), bare::insert));
            floorRate = activities / seconds(t0);
        }
        double repoRate;
        try (Services s = Services.open(viaRepository)) {
            DataGenerator.UnitsOn units = DataGenerator.unitsOn(s.repositories().units().listAll(), Integer.MAX_VALUE,
                    ReportPeriod.ofYear(YEAR));
            long t0 = System.nanoTime();
            s.inTransaction(() -> {
                generate(activities, units, chunk -> s.repositories().activities().insertAll(chunk, "bench"));
                return null;
            });
            repoRate = activities / seconds(t0);
            out.printf("  insert, bare batched statement (floor): %,10.0f rows/s%n", floorRate);
            out.printf("  insert, repository layer:               %,10.0f rows/s  (%.0f%% of the floor; goal >= 50%%)%n",
                    repoRate, 100 * repoRate / floorRate);
            measureSummary(s);
        }
        out.printf("  store file: %,d MB%n", Files.size(viaRepository) / (1024 * 1024));
        ScaleBenchmark.deleteStore(viaRepository);
        ScaleBenchmark.deleteStore(viaFloor);
    }

    private void measureSummary(Services s) {
        ReportPeriod year = ReportPeriod.ofYear(YEAR);
        long t0 = System.nanoTime();
        var first = s.summary().summary(year, Optional.empty());
        double firstMs = seconds(t0) * 1000;
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            s.summary().summary(year, Optional.empty());
            ms[i] = seconds(t) * 1000;
        }
        Arrays.sort(ms);
        out.printf("  full-year summary: first %.1f ms, median %.1f ms, max %.1f ms (goal < 300 ms)%n",
                firstMs, ms[ms.length / 2], ms[ms.length - 1]);
        out.printf("  summary check: %,d sessions, %,d participants%n", first.outreachSessions(),
                first.outreachParticipants());
    }

    /** Every commune or district valid on each day of the report year (as the generator picks them). */
    static DataGenerator.UnitsOn units(Database db) {
        return DataGenerator.unitsOn(new vn.atr.store.AdminUnitRepository(db).listAll(), Integer.MAX_VALUE,
                ReportPeriod.ofYear(YEAR));
    }

    /** Same seed for both runs, so both stores receive the same rows. */
    static void generate(int count, DataGenerator.UnitsOn units, Consumer<List<Activity>> sink) {
        Random rnd = new Random(42);
        ReportPeriod period = ReportPeriod.ofYear(YEAR);
        List<Activity> chunk = new ArrayList<>(CHUNK);
        for (int i = 1; i <= count; i++) {
            chunk.add(DataGenerator.activity(rnd, 42, i, units, period));
            if (chunk.size() == CHUNK) {
                sink.accept(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
        if (!chunk.isEmpty()) {
            sink.accept(chunk);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
