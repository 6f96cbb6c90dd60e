package vn.atr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atr bench scale} on a tiny country, on both engines in one run (PostgreSQL in a throw-away cluster
 * the benchmark starts itself): it merges every generated package into each engine, both stores then give
 * the same summary, each figure is printed with its goal and the floor beside the merge (never checked for
 * speed here), and it leaves no file behind.
 */
class ScaleBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void aSmallRollUpMergesEveryPackageOnBothEnginesAndPrintsEachFigureWithItsGoal() throws Exception {
        Assumptions.assumeTrue(ThrowawayCluster.binaries().isPresent()
                || !"true".equalsIgnoreCase(System.getenv("CI")), "no PostgreSQL binaries");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        // 114 communes of the store's own city and 6 generated ones in 6 other provinces: 7 imports.
        List<ScaleBenchmark.Figures> figures = new ScaleBenchmark(new PrintStream(text, true, StandardCharsets.UTF_8))
                .run(ScaleBenchmark.Engine.BOTH, 120, 5, dir, null);
        String out = text.toString(StandardCharsets.UTF_8);

        assertThat(figures).extracting(ScaleBenchmark.Figures::engine).containsExactly("sqlite", "postgresql");
        for (ScaleBenchmark.Figures f : figures) {
            assertThat(f.records()).isEqualTo(600);
            assertThat(f.mergeRecordsPerSecond()).isPositive();
            assertThat(f.floorRowsPerSecond()).isPositive();
            assertThat(f.schemaFloorRowsPerSecond()).isPositive();
            assertThat(f.peakHeapMb()).isPositive();
            assertThat(f.summaryMedianMs()).isPositive();
            assertThat(f.reportMs()).isPositive();
            // The merged store's summary counts the generated outreach sessions (some of 600 weighted records).
            assertThat(f.outreachSessions()).isBetween(1L, 599L);
        }
        // The same packages give the same figures on both engines.
        assertThat(figures.get(1).outreachSessions()).isEqualTo(figures.get(0).outreachSessions());
        assertThat(out).contains("120 packages written for 7 provinces")
                .contains("engine: sqlite").contains("engine: postgresql, throw-away cluster")
                .contains("floor, bare batched JDBC into a plain table").contains("floor, bare COPY into a plain table")
                .doesNotContain("skipped");
        for (String perEngine : List.of("merge 120 packages in 7 imports (one per province), 600 records",
                "(goal >= 100,000 records/s)", "(goal < 512 MB)", " s (the whole process ",
                "national store: a roll-up store, each sender's activities kept as its part",
                "the same part's chunks written again by the engine alone into the chunks' table as it stands",
                "(goal < 500 ms)", "national report (cold)",
                "national report (warm)")) {
            assertThat(out.split(java.util.regex.Pattern.quote(perEngine), -1)).as(perEngine).hasSize(3);
        }
        assertThat(out).contains("(goal < 3,000 ms)");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
