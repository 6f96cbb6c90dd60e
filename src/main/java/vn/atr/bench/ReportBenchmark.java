package vn.atr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.catalog.NewIndicator;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.bench.PoiFloorWriter;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.format.AtomicFiles;

/**
 * {@code atr bench report}: one generated city-scale year, then the time to build the model, to write
 * the .docx and the .xlsx (first run, i.e. cold in this JVM, and the median of warm runs), the peak heap,
 * and the floor: POI writing the same tables and pictures with no computation.
 */
public final class ReportBenchmark {
    private static final int YEAR = 2025;
    private final PrintStream out;

    public ReportBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int activities, int cases, int rounds, Path folder) throws IOException {
        run(activities, cases, rounds, folder, 0);
    }

    /** With {@code indicators} more catalogue entries, each with one activity in the year (a long catalogue). */
    public void run(int activities, int cases, int rounds, Path folder, int indicators) throws IOException {
        Files.createDirectories(folder);
        Path db = folder.resolve("bench-report.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        try (Services s = Services.open(db)) {
            long t0 = System.nanoTime();
            var r = s.generator().generate(new DataGenerator.Spec(114, activities, cases, 2025, YEAR));
            out.printf("bench report: 114 units, %,d activities, %,d cases, %,d victims, %,d support records"
                    + " (generated in %.1f s)%n", r.activities(), r.cases(), r.victims(), r.support(), sec(t0));
            addIndicators(s, indicators);
            ReportPeriod year = ReportPeriod.ofYear(YEAR);
            Path docx = folder.resolve("bench-report.docx");
            Path xlsx = folder.resolve("bench-report.xlsx");
            PoiFloorWriter floor = new PoiFloorWriter(vn.atr.report.ReportText.vietnamese());
            PoiFloorWriter.Content content = null;
            double[][] ms = new double[5][rounds];
            long peak = 0;
            ReportModel model = null;
            // report and floor alternate round by round, so that the load of this shared machine weighs on both
            for (int i = 0; i < rounds; i++) {
                resetPeaks();
                long t = System.nanoTime();
                model = s.report().build(year, Optional.empty());
                ms[0][i] = ms(t);
                t = System.nanoTime();
                s.report().exportDocx(model, docx, ReportOptions.DEFAULT, Progress.NONE);
                ms[1][i] = ms(t);
                t = System.nanoTime();
                s.report().exportXlsx(model, xlsx, ReportOptions.DEFAULT, Progress.NONE);
                ms[2][i] = ms(t);
                peak = Math.max(peak, peakHeap());
                if (content == null) {
                    content = PoiFloorWriter.readBack(docx, xlsx);
                }
                t = System.nanoTime();
                // through the same durable path as the report's files (temporary file, fsync, atomic move)
                floor.write(model, content, (kind, work) ->
                        AtomicFiles.write(folder.resolve("bench-floor." + kind), work::write));
                ms[3][i] = ms(t);
                t = System.nanoTime();
                PoiFloorWriter.chartsOneByOne(model);
                ms[4][i] = ms(t);
            }
            print("build model", ms[0]);
            print("write .docx", ms[1]);
            print("write .xlsx", ms[2]);
            out.printf("  peak heap during the report runs: %d MB (goal < 256 MB)%n", peak / (1024 * 1024));
            out.printf("  files: .docx %,d KB, .xlsx %,d KB%n", Files.size(docx) / 1024, Files.size(xlsx) / 1024);
            print("floor (.docx + .xlsx)", ms[3]);
            out.printf("    = the report's own text, table cells and workbook cells read back from its files,%n"
                    + "      written by POI unstyled through the same durable file path (AtomicFiles),%n"
                    + "      with the same charts rendered as the report renders them%n");
            print("  the charts alone, one after the other", ms[4]);
            double both = median(ms[1]) + median(ms[2]);
            out.printf("  both files warm: %.0f ms = %.2f x the floor (goals: < 1 s, <= 1.5 x);"
                    + " with the model built first: %.0f ms%n", both, both / median(ms[3]), both + median(ms[0]));
        }
    }

    private void print(String what, double[] ms) {
        out.printf("  %-44s first %6.0f ms, warm median %6.0f ms%n", what, ms[0], median(ms));
    }

    private static double median(double[] ms) {
        double[] warm = Arrays.copyOfRange(ms, ms.length > 1 ? 1 : 0, ms.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static void resetPeaks() {
        System.gc();
        HeapPeak.reset();
    }

    private static long peakHeap() {
        return HeapPeak.bytes();
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double sec(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void addIndicators(Services s, int n) {
        if (n == 0) {
            return;
        }
        long t0 = System.nanoTime();
        LocalDate day = ReportPeriod.ofYear(YEAR).to().minusDays(30);
        for (int i = 1; i <= n; i++) {
            String code = s.catalog().add(new NewIndicator(IndicatorKind.ACTIVITY, "Chỉ số đo thử " + i, null, "sản phẩm",
                    "BENCH_" + i, IndicatorGroup.OTHER, null, null)).code();
            s.activities().save(new Activity(Meta.fresh("bench"), "04", code, day, null, "Hoạt động đo thử " + i, null,
                    List.of(), Set.of(), null, 10 + i, 100L * i, null), "bench");
        }
        out.printf("bench report: %,d more catalogue indicators, one activity each (added in %.1f s)%n", n, sec(t0));
    }
}
