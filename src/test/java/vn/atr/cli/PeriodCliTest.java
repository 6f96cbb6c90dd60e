package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.cli.CliTest.Run;
import vn.atr.store.StoreTestSupport;

/** {@code --period} beside {@code --year} and {@code --from/--to}: each form, and the forms refused. */
class PeriodCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String sampleStore() {
        Path db = dir.resolve("s.db");
        assertThat(atr("sample", "--db", db.toString()).exit()).isZero();
        return db.toString();
    }

    @Test
    void everyFormOfPeriodGivesTheDecreesCutOffDates() throws Exception {
        String db = sampleStore();
        Map<String, String[]> forms = Map.of(
                "2024", new String[] {"2023-12-15", "2024-12-14"},
                "2024-H1", new String[] {"2023-12-15", "2024-06-14"},
                "2024-9M", new String[] {"2023-12-15", "2024-09-14"},
                "2024-Q3", new String[] {"2024-06-15", "2024-09-14"},
                "2024-Q1", new String[] {"2023-12-15", "2024-03-14"},
                "2024-03", new String[] {"2024-02-15", "2024-03-14"},
                "2024-01", new String[] {"2023-12-15", "2024-01-14"});
        for (var form : forms.entrySet()) {
            Run run = atr("summary", "--db", db, "--period", form.getKey(), "--json");
            assertThat(run.exit()).as(form.getKey() + ": " + run.err()).isZero();
            JsonNode json = JSON.readTree(run.out());
            assertThat(json.get("from").asText()).as(form.getKey()).isEqualTo(form.getValue()[0]);
            assertThat(json.get("to").asText()).as(form.getKey()).isEqualTo(form.getValue()[1]);
        }
        // the year by --period and by --year are the same figures
        assertThat(atr("summary", "--db", db, "--period", "2023", "--json").out())
                .isEqualTo(atr("summary", "--db", db, "--year", "2023", "--json").out());
    }

    @Test
    void aReportOfSixMonthsIsWrittenFromTheCommandLine() throws Exception {
        String db = sampleStore();
        Path docx = dir.resolve("bc-6t.docx");
        Run run = atr("report", "--db", db, "--period", "2023-H1", "--docx", docx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (var in = Files.newInputStream(docx);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2023",
                    "(Thời gian chốt số liệu: từ ngày 15/12/2022 đến ngày 14/06/2023)");
        }
    }

    @Test
    void badFormsAreRefusedInVietnameseNamingTheText() throws Exception {
        String db = sampleStore();
        String before = StoreTestSupport.digest(Path.of(db));
        for (String bad : new String[] {"2024-H2", "2024-13", "2024-Q5", "24", "2024-00", "năm 2024"}) {
            Run run = atr("report", "--db", db, "--period", bad, "--docx", dir.resolve("x.docx").toString());
            assertThat(run.exit()).as(bad + ": a mistyped option, as --help says").isEqualTo(2);
            assertThat(run.err()).as(bad).contains("Kỳ báo cáo: không đọc được kỳ \"" + bad + "\"", "2024-H1");
            assertThat(run.err().strip().lines().count()).as(bad).isEqualTo(1);
        }
        Run outOfRange = atr("report", "--db", db, "--period", "1850-H1", "--docx", dir.resolve("x.docx").toString());
        assertThat(outOfRange.exit()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("năm 1850 nằm ngoài khoảng");
        assertThat(Files.exists(dir.resolve("x.docx"))).isFalse();
        assertThat(StoreTestSupport.digest(Path.of(db))).isEqualTo(before);
        Run missing = atr("draft", "--db", db, "--year", "2024", "--file", dir.resolve("khong-co.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("Không tìm thấy tệp").contains("khong-co.txt");
        Run twoForms = atr("summary", "--db", db, "--year", "2024", "--period", "2024-H1");
        assertThat(twoForms.exit()).isEqualTo(2);
        assertThat(twoForms.err()).contains("--year", "--period");
    }
}
