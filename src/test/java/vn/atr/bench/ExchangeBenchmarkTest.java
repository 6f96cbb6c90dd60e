package vn.atr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atr bench exchange} on small data: every step runs, the merge and the workbook import each print the
 * floor measured beside them over the very activities they stored (never checked for speed here), and no file is
 * left behind.
 */
class ExchangeBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void eachStepPrintsItsFigureAndTheFloorOverTheActivitiesItStored() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ExchangeBenchmark bench = new ExchangeBenchmark(new PrintStream(text, true, StandardCharsets.UTF_8));
        bench.run(300, 4, dir);
        bench.xlsx(dir, 250);
        String out = text.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("verify + merge 114 packages in one import (570 records)")
                .contains("import 250-row .xlsx (250 records, 0 invalid cells)");
        Matcher floors = Pattern.compile("floor: the same ([\\d,]+) activities by bare batched JDBC into a plain table"
                + " of a fresh store: [\\d.]+ s \\([\\d,]+ rows/s\\); the (merge|import) took [\\d.]+x that").matcher(out);
        assertThat(floors.find()).as(out).isTrue();
        assertThat(floors.group(1)).isEqualTo("456"); // the packages' activities (their outreach metrics aside), read back
        assertThat(floors.group(2)).isEqualTo("merge");
        assertThat(floors.find()).as(out).isTrue();
        assertThat(floors.group(1)).isEqualTo("250");
        assertThat(floors.group(2)).isEqualTo("import");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
