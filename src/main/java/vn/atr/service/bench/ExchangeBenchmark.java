package vn.atr.service.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.UnitLevel;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

/**
 * {@code atr bench exchange}: exporting 100,000 records; verifying and merging 114 packages of about
 * 1,000 records each into one store; with the peak heap of each step.
 */
public final class ExchangeBenchmark {
    private static final int YEAR = 2023;
    private final PrintStream out;

    public ExchangeBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int records, int perPackage, Path folder) throws IOException {
        Files.createDirectories(folder);
        ReportPeriod year = ReportPeriod.ofYear(YEAR);
        out.printf("bench exchange: export %,d records; merge 114 packages of ~%,d records%n", records, perPackage);
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
        }
        Path city = fresh(folder.resolve("bench-city.db"));
        try (Services s = Services.open(city)) {
            resetPeaks();
            long t0 = System.nanoTime();
            int changed = 0;
            for (Path p : packages) {
                var plan = s.exchange().plan(p, null);
                changed += plan.changes().size();
                s.exchange().apply(plan);
            }
            out.printf("  verify + merge 114 packages (%,d records): %.2f s (goal < 5 s), peak heap %,d MB%n",
                    changed, seconds(t0), peakHeapMb());
        }
        out.println("  import 100,000-row .xlsx: not implemented yet (issue 5 step 3)");
        for (Path p : packages) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(folder.resolve("bench-all.atrpkg"));
        for (Path p : List.of(big, wards, city)) {
            Files.deleteIfExists(p);
        }
    }

    private static Path fresh(Path p) throws IOException {
        Files.deleteIfExists(p);
        return p;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
