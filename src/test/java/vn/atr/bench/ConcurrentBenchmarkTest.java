package vn.atr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.PostgresTestServer;

/**
 * {@code atr bench concurrent} at a tiny size on the tests' PostgreSQL (given as {@code --pg}): five sessions
 * at once leave every write in the store and one intact audit chain, and each figure is printed with its
 * goal (the timings are not checked here).
 */
class ConcurrentBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void fiveSessionsLeaveEveryWriteAndPrintTheFigures() throws Exception {
        String server = PostgresTestServer.get().maintenanceUrl();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ConcurrentBenchmark.Figures f = new ConcurrentBenchmark(new PrintStream(text, true, StandardCharsets.UTF_8))
                .run(new ConcurrentBenchmark.Size(6, 20, 15, 3, 2), dir, server).orElseThrow();
        String out = text.toString(StandardCharsets.UTF_8);

        // 2 sessions x 15 typed + 2 sessions x 3 packages x 20 records.
        assertThat(f.writesExpected()).isEqualTo(2 * 15 + 2 * 3 * 20);
        assertThat(f.writesPresent()).isEqualTo(f.writesExpected());
        assertThat(f.deadlocks()).isZero();
        assertThat(f.otherErrors()).isZero();
        assertThat(f.auditIntact()).isTrue();
        assertThat(f.reportAloneMs()).isPositive();
        assertThat(f.reportUnderLoadMs()).isPositive();
        assertThat(f.reportRoundsUnderLoad()).isPositive();
        assertThat(out).contains("bench concurrent: 5 sessions (2 entering 15 records each, 2 merging 3 packages of 20"
                        + " records each, 1 reporting) on a store of 6 communes x 20 activities, year 2026")
                .contains("engine: postgresql, server " + server)
                .contains("writes expected 150, present afterwards 150 (goal: all)")
                .contains("deadlocks 0, serialization failures").contains("(goal: no deadlock)")
                .contains("audit chain after the run: intact, one chain")
                .contains("(goal < 2x)");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void typedRecordsNeverFallAfterToday() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 6);
        for (int n = 0; n < 500; n++) {
            assertThat(ConcurrentBenchmark.typedDay(n, today)).isBetween(java.time.LocalDate.of(2026, 1, 1), today);
        }
        assertThat(ConcurrentBenchmark.typedDay(339, today)).isEqualTo(today); // the 340th day: 06/12/2026
        assertThat(ConcurrentBenchmark.typedDay(340, java.time.LocalDate.of(2027, 3, 1)))
                .isEqualTo(java.time.LocalDate.of(2026, 12, 7)); // a later year: the whole year in turn
    }
}
