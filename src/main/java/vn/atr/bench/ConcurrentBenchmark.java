package vn.atr.bench;

import static vn.atr.bench.ExchangeBenchmark.fresh;
import static vn.atr.bench.ExchangeBenchmark.seconds;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.Services;
import vn.atr.store.ScratchDatabases;
import vn.atr.store.StoreLocation;

/**
 * {@code atr bench concurrent}: five sessions on one PostgreSQL store at once, as a Department's staff work
 * (ADR 0140): two compilers typing records one by one, two merging communes' packages one import each, and
 * one making the report (model, .docx and .xlsx) over and over. The store first holds a year of the base
 * communes' records, so the report has work to do. Printed: the writes expected and those present
 * afterwards (by id), deadlocks and serialization failures (each retried, and counted), the audit chain's
 * check, and the report's latency alone and under load, with their ratio against the goal of 2x.
 */
public final class ConcurrentBenchmark {
    private static final int YEAR = 2026;
    private static final int ENTRY_SESSIONS = 2;
    private static final int MERGE_SESSIONS = 2;
    private static final int RETRIES = 5;
    private final PrintStream out;

    public ConcurrentBenchmark(PrintStream out) {
        this.out = out;
    }

    /** The sizes of a run. */
    public record Size(int baseCommunes, int perCommune, int typed, int packages, int reportRounds) {
    }

    /** What a run found (the test checks that the writes are all there, never the timings). */
    public record Figures(long writesExpected, long writesPresent, int deadlocks, int serializationFailures,
                          int otherErrors, boolean auditIntact, double reportAloneMs, double reportUnderLoadMs,
                          int reportRoundsUnderLoad) {
        public double ratio() {
            return reportUnderLoadMs / reportAloneMs;
        }
    }

    /** The run on PostgreSQL ({@code pg}, or a throw-away cluster); empty when there is none. */
    public Optional<Figures> run(Size size, Path folder, String pg) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        out.printf("bench concurrent: %d sessions (%d entering %,d records each, %d merging %,d packages of %,d"
                        + " records each, 1 reporting) on a store of %,d communes x %,d activities, year %d%n",
                ENTRY_SESSIONS + MERGE_SESSIONS + 1, ENTRY_SESSIONS, size.typed(), MERGE_SESSIONS, size.packages(),
                size.perCommune(), size.baseCommunes(), size.perCommune(), YEAR);
        Optional<BenchPostgresql> server = BenchPostgresql.open(pg, out);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        ReportPeriod year = ReportPeriod.ofYear(YEAR);
        Path wardsFile = fresh(folder.resolve("concurrent-wards.db"));
        Path key = fresh(folder.resolve("concurrent-wards.key"));
        List<Path> files = new ArrayList<>();
        try (BenchPostgresql s = server.get()) {
            out.println("  engine: postgresql, " + s.description());
            int communes = size.baseCommunes() + MERGE_SESSIONS * size.packages();
            List<String> units;
            List<String> mergedIds = new ArrayList<>();
            try (Services wards = Services.open(wardsFile)) {
                units = ScaleBenchmark.communes(wards, communes).values().stream().flatMap(List::stream).toList();
                long counter = 0;
                for (String commune : units) {
                    List<Activity> rows = ScaleBenchmark.activities(commune, counter, size.perCommune(), year);
                    counter += size.perCommune();
                    Path p = folder.resolve("concurrent-" + commune + ".atrpkg");
                    wards.exchange().exportActivities(commune, year, rows, p);
                    files.add(p);
                    if (files.size() > size.baseCommunes()) {
                        rows.forEach(a -> mergedIds.add(a.meta().id()));
                    }
                }
                wards.exchange().trust().exportKey(key);
            }
            StoreLocation store = s.database("department");
            try (Services department = Services.open(store)) {
                ScaleBenchmark.communes(department, communes);
                var sender = vn.atr.format.pkg.SenderKeyFile.parse(Files.readAllBytes(key));
                department.exchange().trust().enrol(sender.publicKey(), sender.installation(), null);
                long t0 = System.nanoTime();
                department.exchange().importAll(files.subList(0, size.baseCommunes()), p -> null, true);
                out.printf("  base: %,d records merged in %.1f s%n", (long) size.baseCommunes() * size.perCommune(),
                        seconds(t0));
            }
            return Optional.of(measure(store, size, units, files.subList(size.baseCommunes(), files.size()), mergedIds,
                    year, folder));
        } finally {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
            ScaleBenchmark.deleteStore(wardsFile);
            Files.deleteIfExists(key);
        }
    }

    private Figures measure(StoreLocation store, Size size, List<String> units, List<Path> toMerge,
                            List<String> mergedIds, ReportPeriod year, Path folder) throws InterruptedException {
        List<Double> alone = new ArrayList<>();
        try (Services reporter = Services.open(store)) {
            report(reporter, year, folder, "alone"); // warm-up: classes, caches, the server's buffers
            for (int i = 0; i < size.reportRounds(); i++) {
                alone.add(report(reporter, year, folder, "alone"));
            }
        }
        double aloneMs = median(alone);
        out.printf("  report alone (model + .docx + .xlsx): median %.0f ms of %d runs%n", aloneMs, alone.size());

        AtomicInteger deadlocks = new AtomicInteger();
        AtomicInteger serialization = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        AtomicInteger writersLeft = new AtomicInteger(ENTRY_SESSIONS + MERGE_SESSIONS);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> typedIds = Collections.synchronizedList(new ArrayList<>());
        List<Double> loaded = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(ENTRY_SESSIONS + MERGE_SESSIONS + 1);
        List<Future<?>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int e = 0; e < ENTRY_SESSIONS; e++) {
            String unit = units.get(e);
            String author = "entry-" + (e + 1);
            done.add(pool.submit(() -> writer(store, writersLeft, writing, session -> {
                for (int n = 0; n < size.typed(); n++) {
                    Activity a = typed(unit, n, author);
                    retried(() -> session.activities().save(a, author), deadlocks, serialization, others);
                    typedIds.add(a.meta().id());
                }
            })));
        }
        for (int m = 0; m < MERGE_SESSIONS; m++) {
            List<Path> mine = toMerge.subList(m * size.packages(), (m + 1) * size.packages());
            done.add(pool.submit(() -> writer(store, writersLeft, writing, session -> {
                for (Path p : mine) {
                    retried(() -> session.exchange().importAll(List.of(p), x -> null, true), deadlocks, serialization,
                            others);
                }
            })));
        }
        done.add(pool.submit(() -> {
            try (Services reporter = Services.open(store)) {
                // Under load: every run that starts while a writer is still at work, and at least one.
                do {
                    double ms = report(reporter, year, folder, "load");
                    if (writing.get() || loaded.isEmpty()) {
                        loaded.add(ms);
                    }
                } while (writing.get());
            }
            return null;
        }));
        pool.shutdown();
        if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
            throw new IllegalStateException("the sessions did not finish");
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException ex) {
                throw new IllegalStateException("a session failed: " + ex.getCause(), ex.getCause());
            }
        }
        double wall = seconds(t0);
        double loadedMs = median(new ArrayList<>(loaded));

        long expected = (long) ENTRY_SESSIONS * size.typed() + mergedIds.size();
        long present;
        boolean intact;
        try (Services check = Services.open(store)) {
            List<String> ids = new ArrayList<>(typedIds);
            ids.addAll(mergedIds);
            present = check.repositories().activities().findAll(ids).stream().filter(a -> !a.meta().deleted()).count();
            intact = check.audit().verify().intact();
        }
        Figures f = new Figures(expected, present, deadlocks.get(), serialization.get(), others.get(), intact, aloneMs,
                loadedMs, loaded.size());
        out.printf("  sessions ran for %.1f s%n", wall);
        out.printf("  writes expected %,d, present afterwards %,d (goal: all)%n", f.writesExpected(), f.writesPresent());
        out.printf("  deadlocks %d, serialization failures %d (each retried), other errors %d (goal: no deadlock)%n",
                f.deadlocks(), f.serializationFailures(), f.otherErrors());
        out.printf("  audit chain after the run: %s%n", intact ? "intact, one chain" : "BROKEN");
        out.printf("  report under load: median %.0f ms of %d runs; alone %.0f ms; ratio %.2fx (goal < 2x)%n",
                f.reportUnderLoadMs(), f.reportRoundsUnderLoad(), f.reportAloneMs(), f.ratio());
        return f;
    }

    private interface SessionWork {
        void run(Services session) throws Exception;
    }

    private interface Action {
        void run();
    }

    private static Void writer(StoreLocation store, AtomicInteger writersLeft, AtomicBoolean writing, SessionWork work)
            throws Exception {
        try (Services session = Services.open(store)) {
            work.run(session);
        } finally {
            if (writersLeft.decrementAndGet() == 0) {
                writing.set(false);
            }
        }
        return null;
    }

    /** Runs {@code action}, again after a deadlock or a serialization failure (counted); other errors end it. */
    private static void retried(Action action, AtomicInteger deadlocks, AtomicInteger serialization,
                                AtomicInteger others) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                String state = ScratchDatabases.sqlState(e).orElse("");
                if (state.equals("40P01")) {
                    deadlocks.incrementAndGet();
                } else if (state.equals("40001")) {
                    serialization.incrementAndGet();
                } else {
                    others.incrementAndGet();
                    throw e;
                }
                if (attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }

    /** The report's model and both files: ms. */
    private static double report(Services s, ReportPeriod year, Path folder, String name) {
        Path docx = folder.resolve("concurrent-" + name + ".docx");
        Path xlsx = folder.resolve("concurrent-" + name + ".xlsx");
        long t0 = System.nanoTime();
        ReportModel model = s.report().build(year, Optional.empty());
        s.report().exportDocx(model, docx, ReportOptions.DEFAULT, Progress.NONE);
        s.report().exportXlsx(model, xlsx, ReportOptions.DEFAULT, Progress.NONE);
        double ms = seconds(t0) * 1000;
        try {
            Files.deleteIfExists(docx);
            Files.deleteIfExists(xlsx);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ms;
    }

    private static Activity typed(String unit, int n, String author) {
        LocalDate day = typedDay(n, LocalDate.now());
        return new Activity(Meta.fresh(author), unit, ActivityType.OUTREACH_SESSION, day, day,
                "Nhập đồng thời " + author + " " + n, null, List.of(), Set.of(), null, 10 + n % 50, 0, null);
    }

    /** The {@code n}-th typed record's day: the year's days in turn, up to {@code today} (entry refuses a later one). */
    static LocalDate typedDay(int n, LocalDate today) {
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        long days = Math.max(1, Math.min(365, java.time.temporal.ChronoUnit.DAYS.between(first, today) + 1));
        return first.plusDays(n % days);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

}
