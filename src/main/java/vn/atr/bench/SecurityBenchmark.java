package vn.atr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.atr.domain.Activity;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.Victim;
import vn.atr.domain.VictimIdentity;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.store.BareActivityInsert;
import vn.atr.store.Database;

/**
 * {@code atr bench security}: the cost of logging in (slow by design), of decrypting 10,000 victims'
 * identifiers, and what the audit log adds to the store's inserts (batched and row by row).
 */
public final class SecurityBenchmark {
    private static final int YEAR = 2025;
    private static final int CHUNK = 10_000;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final PrintStream out;

    public SecurityBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int victims, int activities, Path folder) throws IOException {
        Files.createDirectories(folder);
        out.printf("bench security: %,d victims with identifiers, %,d activities%n", victims, activities);
        loginAndIdentifiers(victims, folder.resolve("bench-security.db"));
        auditOverhead(activities, folder);
    }

    private void loginAndIdentifiers(int count, Path file) throws IOException {
        ScaleBenchmark.deleteStore(file);
        char[] password = "bench-password-2026".toCharArray();
        try (Services s = Services.open(file)) {
            writeVictims(s, count); // single-user mode: the repositories are open to benchmarks only then
            s.auth().createFirstAdministrator("bench", password.clone()); // encrypts the identifiers written
        }
        try (Services s = Services.open(file)) {
            double[] login = new double[6];
            double[] loginCpu = new double[login.length];
            for (int i = 0; i < login.length; i++) {
                long cpu = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                s.auth().login("bench", password.clone());
                login[i] = ms(t);
                loginCpu[i] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            // The CPU time is the hashing cost itself; the wall time also holds the wait for a core on a busy machine.
            out.printf("  login (PBKDF2-HMAC-SHA256, %,d iterations): first %.0f ms, median %.0f ms, max %.0f ms"
                    + " (goal 300-1,000 ms); CPU time median %.0f ms%n", vn.atr.security.PasswordHasher.ITERATIONS,
                    login[0], median(Arrays.copyOfRange(login, 1, login.length)), max(login),
                    median(Arrays.copyOfRange(loginCpu, 1, loginCpu.length)));
            double[] read = new double[6];
            double[] readCpu = new double[read.length];
            int n = 0;
            for (int i = 0; i < read.length; i++) {
                long cpu = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                n = s.identities().listAll().size();
                read[i] = ms(t);
                readCpu[i] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            out.printf("  list %,d victims' identifiers, decrypted: first %.0f ms, median %.0f ms (goal < 500 ms);"
                    + " CPU time median %.0f ms%n", n, read[0], median(Arrays.copyOfRange(read, 1, read.length)),
                    median(Arrays.copyOfRange(readCpu, 1, readCpu.length)));
        }
        ScaleBenchmark.deleteStore(file);
    }

    private static void writeVictims(Services s, int count) {
        String unit = s.repositories().units().listByLevel(UnitLevel.COMMUNE).get(0).code();
        LocalDate day = LocalDate.of(YEAR, 3, 1);
        s.inTransaction(() -> {
            TraffickingCase c = s.repositories().cases().insert(new TraffickingCase(Meta.fresh("bench"), unit, "B-1",
                    day, DetectingAgency.POLICE, CaseScope.CROSS_BORDER, "Trung Quốc", Set.of(ExploitationForm.SEXUAL),
                    CaseStatus.INVESTIGATING, 1, null), "bench");
            List<Victim> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                list.add(new Victim(Meta.fresh("bench"), unit, c.meta().id(), "V-" + i, Sex.FEMALE, 2000,
                        AgeBand.FROM_18_TO_30.name(), "Kinh", "Trung Quốc", false, "04", LegalStatus.VICTIM,
                        Set.of(ExploitationForm.SEXUAL), ReturnPath.HANDED_OVER, day, day.plusDays(5), true, null));
            }
            s.repositories().victims().insertAll(list, "bench");
            for (Victim v : list) {
                s.identities().save(new VictimIdentity(v.meta().id(), "Nguyễn Thị Bench " + v.victimCode(),
                        String.format("0793%08d", v.victimCode().hashCode() & 0xffffff), "Số 1 phố Bench", "0912000000"));
            }
            return null;
        });
    }

    /** Same rows into an audited repository store and a bare (unaudited) floor store, alternating twice. */
    private void auditOverhead(int activities, Path folder) throws IOException {
        double bestFloor = 0;
        double bestRepo = 0;
        for (int round = 0; round < 2; round++) {
            bestFloor = Math.max(bestFloor, rate(folder.resolve("bench-floor.db"), activities, false));
            bestRepo = Math.max(bestRepo, rate(folder.resolve("bench-audited.db"), activities, true));
        }
        out.printf("  batch insert, %,d activities: bare floor %,.0f rows/s, repository with audit %,.0f rows/s"
                + " (audit: 1 entry per %,d-row batch; overhead %.1f%%, goal < 20%%)%n", activities, bestFloor, bestRepo,
                CHUNK, 100 * (bestFloor - bestRepo) / bestFloor);
        int single = Math.min(activities, 20_000);
        double[] perRow = singleRow(folder.resolve("bench-single.db"), single);
        out.printf("  row-by-row insert through the repository: %.1f us per row, of which the audit entry %.1f us"
                + " (%.1f%% added; the batch form above is what imports and the generator use)%n",
                perRow[0], perRow[1], 100 * perRow[1] / (perRow[0] - perRow[1]));
    }

    private static double rate(Path file, int count, boolean audited) throws IOException {
        ScaleBenchmark.deleteStore(file);
        List<List<Activity>> chunks = chunks(count, units(file));
        double rate;
        try (Database db = Database.open(file)) {
            BareActivityInsert bare = new BareActivityInsert(db);
            var repo = new vn.atr.store.ActivityRepository(db);
            long t = System.nanoTime();
            db.runInTransaction(() -> chunks.forEach(c -> {
                if (audited) {
                    repo.insertAll(c, "bench");
                } else {
                    bare.insert(c);
                }
            }));
            rate = count / (ms(t) / 1000);
        }
        ScaleBenchmark.deleteStore(file);
        return rate;
    }

    /** Microseconds per audited single-row insert, and per audit entry appended alone (best of two rounds). */
    private static double[] singleRow(Path file, int count) throws IOException {
        ScaleBenchmark.deleteStore(file);
        List<Activity> rows = chunks(count, units(file)).stream().flatMap(List::stream).toList();
        double insertUs = Double.MAX_VALUE;
        double auditUs = Double.MAX_VALUE;
        try (Database db = Database.open(file)) {
            var repo = new vn.atr.store.ActivityRepository(db);
            for (int round = 0; round < 2; round++) {
                List<Activity> half = round == 0 ? rows.subList(0, count / 2) : rows.subList(count / 2, count);
                long t = System.nanoTime();
                db.runInTransaction(() -> half.forEach(a -> repo.insert(a, "bench")));
                insertUs = Math.min(insertUs, ms(t) * 1000 / half.size());
                long u = System.nanoTime();
                db.runInTransaction(() -> half.forEach(a -> db.audit().append("bench", "create", "activity",
                        a.meta().id(), null, 1L, null)));
                auditUs = Math.min(auditUs, ms(u) * 1000 / half.size());
            }
        }
        ScaleBenchmark.deleteStore(file);
        return new double[] {insertUs, auditUs};
    }

    private static DataGenerator.UnitsOn units(Path file) {
        try (Database db = Database.open(file)) {
            return DataGenerator.unitsOn(new vn.atr.store.AdminUnitRepository(db).listAll(),
                    Integer.MAX_VALUE, ReportPeriod.ofYear(YEAR));
        }
    }

    private static List<List<Activity>> chunks(int count, DataGenerator.UnitsOn units) {
        Random rnd = new Random(42);
        ReportPeriod period = ReportPeriod.ofYear(YEAR);
        List<List<Activity>> chunks = new ArrayList<>();
        List<Activity> chunk = new ArrayList<>(CHUNK);
        for (int i = 1; i <= count; i++) {
            chunk.add(DataGenerator.activity(rnd, 42, i, units, period));
            if (chunk.size() == CHUNK) {
                chunks.add(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
