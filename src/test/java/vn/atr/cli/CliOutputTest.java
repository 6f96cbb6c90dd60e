package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.StoreTestSupport;

/**
 * What the commands print and refuse: a file named for another format, a period without data (a warning,
 * or a failure with --strict), the export's summary for people and its JSON for scripts.
 */
class CliOutputTest {
    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void sample() {
        db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
    }

    @Test
    void anOutputFileWithTheWrongExtensionIsRefusedBeforeWriting() throws Exception {
        String before = StoreTestSupport.digest(Path.of(db));
        for (String[] args : new String[][] {{"report", "--year", "2023", "--docx", "bc.pdf"},
                {"report", "--year", "2023", "--xlsx", "pl.docx"}, {"template", "--out", "mau.csv"},
                {"export", "--year", "2023", "--out", "goi.zip"}}) {
            Path out = dir.resolve(args[args.length - 1]);
            args[args.length - 1] = out.toString();
            String[] withDb = java.util.stream.Stream.concat(java.util.stream.Stream.of(args[0], "--db", db),
                    java.util.Arrays.stream(args).skip(1)).toArray(String[]::new);
            CliTest.Run run = atr(withDb);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err().strip()).doesNotContain("\n").contains(out.getFileName().toString())
                    .contains("phải có đuôi");
            assertThat(out).doesNotExist();
        }
        assertThat(StoreTestSupport.digest(Path.of(db))).isEqualTo(before);
    }

    @Test
    void aNameWithoutExtensionGetsTheOneItsFormatHasAsInTheWindow() throws Exception {
        Path goi = dir.resolve("goi-2023");
        CliTest.Run export = atr("export", "--db", db, "--year", "2023", "--out", goi.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("goi-2023.atrpkg");
        assertThat(dir.resolve("goi-2023.atrpkg")).exists();
        assertThat(goi).doesNotExist();
        Path bc = dir.resolve("bao-cao");
        CliTest.Run report = atr("report", "--db", db, "--year", "2023", "--docx", bc.toString(), "--xlsx",
                dir.resolve("phu-luc").toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(dir.resolve("bao-cao.docx")).exists();
        assertThat(dir.resolve("phu-luc.xlsx")).exists();
    }

    @Test
    void aPeriodWithoutDataWarnsOrWithStrictFails() {
        Path docx = dir.resolve("bc-2019.docx");
        CliTest.Run strict = atr("report", "--db", db, "--year", "2019", "--docx", docx.toString(), "--strict");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err().strip()).doesNotContain("\n").contains("2019").contains("không có số liệu");
        assertThat(docx).doesNotExist();

        CliTest.Run warned = atr("report", "--db", db, "--year", "2019", "--docx", docx.toString());
        assertThat(warned.exit()).isZero();
        assertThat(warned.err().strip()).doesNotContain("\n").contains("cảnh báo").contains("2019");
        assertThat(docx).exists();

        CliTest.Run withData = atr("report", "--db", db, "--year", "2023", "--docx", dir.resolve("bc.docx").toString(),
                "--strict");
        assertThat(withData.exit()).isZero();
        assertThat(withData.err()).isEmpty();
    }

    @Test
    void exportPrintsRecordKindsInWordsOrJson() throws Exception {
        Path out = dir.resolve("goi.atrpkg");
        CliTest.Run run = atr("export", "--db", db, "--year", "2023", "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Đã ghi gói").contains("Hoạt động").doesNotContain("{activity=")
                .doesNotContain("activity=").doesNotContain("{1}")
                .containsPattern("Đã ghi gói .*goi\\.atrpkg: 117 bản ghi \\(Hoạt động \\d+, ");

        Path again = dir.resolve("goi-2.atrpkg");
        CliTest.Run json = atr("export", "--db", db, "--year", "2023", "--out", again.toString(), "--json");
        assertThat(json.exit()).isZero();
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.get("file").asText()).isEqualTo(again.toString());
        assertThat(result.get("encrypted").asBoolean()).isFalse();
        assertThat(result.get("counts").get("activity").asLong()).isPositive();
        assertThat(Files.size(again)).isPositive();
    }
}
