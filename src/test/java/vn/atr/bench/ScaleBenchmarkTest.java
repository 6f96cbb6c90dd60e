package vn.atr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atr bench scale} on a tiny country: it merges every generated package and reports each figure
 * with its goal and the floor beside the merge (never checked for speed here), and leaves no file behind.
 */
class ScaleBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void aSmallRollUpMergesEveryPackageAndPrintsEachFigureWithItsGoal() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        // 114 communes of the store's own city and 6 generated ones in 6 other provinces: 7 imports.
        List<ScaleBenchmark.Figures> figures = new ScaleBenchmark(new PrintStream(text, true, StandardCharsets.UTF_8))
                .run(ScaleBenchmark.Engine.BOTH, 120, 5, dir);

        assertThat(figures).hasSize(1);
        ScaleBenchmark.Figures f = figures.get(0);
        assertThat(f.engine()).isEqualTo("sqlite");
        assertThat(f.records()).isEqualTo(600);
        assertThat(f.mergeRecordsPerSecond()).isPositive();
        assertThat(f.floorRowsPerSecond()).isPositive();
        assertThat(f.peakHeapMb()).isPositive();
        assertThat(f.summaryMedianMs()).isPositive();
        assertThat(f.reportMs()).isPositive();
        // The merged store's summary counts the generated outreach sessions (some of 600 weighted records).
        assertThat(f.outreachSessions()).isBetween(1L, 599L);
        String out = text.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("120 packages written for 7 provinces")
                .contains("merge 120 packages in 7 imports (one per province), 600 records")
                .contains("(goal >= 100,000 records/s)")
                .contains("floor, bare batched JDBC into a plain table")
                .contains("(goal < 512 MB)").contains("(goal < 500 ms)").contains("(goal < 3,000 ms)")
                .contains("postgresql: this build has no PostgreSQL store to open; skipped");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
