package vn.atr.format.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample reader on the shipped files and on damaged copies of them (every problem named by file and row). */
class SampleReaderTest {
    private static final Path SAMPLE = Path.of("samples", SampleReader.HAIPHONG_2023);

    private static Map<String, String> shippedFiles() {
        Map<String, String> files = new HashMap<>();
        for (String name : List.of("settings.csv", "activities.csv", "metrics.csv", "cases.csv", "victims.csv",
                "support.csv")) {
            try {
                files.put(name, Files.readString(SAMPLE.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static SampleDataset read(Map<String, String> files) {
        return new SampleReader(name -> {
            String text = files.get(name);
            InputStream in = text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            return in;
        }).read("test");
    }

    /** Replaces one cell of data row {@code row} (1 = first row after the header) of a CSV text. */
    private static String withCell(String csv, int row, String column, String value) {
        List<String> lines = new java.util.ArrayList<>(csv.lines().toList());
        List<String> header = List.of(lines.get(0).split(","));
        int col = header.indexOf(column);
        String[] cells = lines.get(row).split(",", -1);
        // The sample's first columns (id, unit_code, codes, numbers, dates) hold no quoted commas.
        cells[col] = value;
        lines.set(row, String.join(",", cells));
        return String.join("\n", lines) + "\n";
    }

    @Test
    void theShippedSampleReadsWithoutProblems() {
        SampleDataset data = read(shippedFiles());
        assertThat(data.cases()).hasSize(3);
        assertThat(data.victims()).hasSize(4);
        assertThat(data.activities()).isNotEmpty();
    }

    @Test
    void everyBadCellIsReportedWithItsFileAndRow() {
        Map<String, String> files = shippedFiles();
        files.put("victims.csv", withCell(withCell(files.get("victims.csv"), 1, "identification_date", "31/11/2023"),
                2, "case_code", "HP-9999"));
        files.put("cases.csv", withCell(files.get("cases.csv"), 1, "suspects", "3.000.000.000"));
        files.put("support.csv", withCell(files.get("support.csv"), 2, "amount_vnd", "-5"));
        files.remove("metrics.csv");

        assertThatThrownBy(() -> read(files)).isInstanceOf(SampleFormatException.class).satisfies(e -> {
            List<String> problems = ((SampleFormatException) e).problems();
            assertThat(problems).anyMatch(p -> p.contains("victims.csv, dòng 2") && p.contains("31/11/2023"));
            assertThat(problems).anyMatch(p -> p.contains("victims.csv, dòng 3") && p.contains("HP-9999"));
            // Too large for a count: refused, not wrapped round to a negative number.
            assertThat(problems).anyMatch(p -> p.contains("cases.csv, dòng 2") && p.contains("lớn hơn mức cho phép"));
            // A rule of RecordValidator, reported here with its row rather than at store time without one.
            assertThat(problems).anyMatch(p -> p.contains("support.csv, dòng 3") && p.contains("-5"));
            assertThat(problems).anyMatch(p -> p.contains("metrics.csv"));
        });
    }
}
