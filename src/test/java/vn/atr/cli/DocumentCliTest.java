package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's entry paths for the drafted narrative: direction documents and targets go through the same
 * services and checks as the window (bad input: exit 1, the field and reason in Vietnamese, nothing stored), reach
 * the report, and a new year's draft starts from the previous year's text.
 */
class DocumentCliTest {
    @TempDir
    Path dir;

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    void documentsAndTargetsFromTheCommandLineDraftTheReport() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();

        CliTest.Run bad = atr("document", "add", "--db", db, "--kind", "plan", "--number", " ", "--date", "31/02/2024",
                "--issuer", "Ủy ban nhân dân thành phố", "--title", "x");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("31/02/2024 không tồn tại");
        CliTest.Run blank = atr("document", "add", "--db", db, "--kind", "plan", "--number", " ", "--date",
                "20/02/2024", "--issuer", "Ủy ban nhân dân thành phố", "--title", "x");
        assertThat(blank.exit()).isEqualTo(1);
        assertThat(blank.err()).contains("Số, ký hiệu văn bản: bắt buộc phải nhập");
        assertThat(atr("document", "list", "--db", db, "--year", "2024").out().strip())
                .isEqualTo("Không có văn bản chỉ đạo nào ban hành từ 15/12/2023 đến 14/12/2024.");
        assertThat(atr("target", "list", "--db", db, "--year", "2024").out()).contains("Chưa có chỉ tiêu nào cho năm 2024");
        assertThat(atr("user", "list", "--db", db).out()).contains("chưa có người dùng", "--admin");

        CliTest.Run added = atr("document", "add", "--db", db, "--kind", "plan", "--number", "40/KH-UBND", "--date",
                "20/02/2024", "--issuer", "Ủy ban nhân dân thành phố", "--title",
                "thực hiện công tác phòng, chống mua bán người năm 2024");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(atr("document", "list", "--db", db, "--year", "2024").out())
                .contains("Kế hoạch số 40/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân thành phố");

        CliTest.Run unknown = atr("target", "set", "--db", db, "--year", "2024", "--indicator", "NO_SUCH", "--value", "5");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("Chỉ số: không có mã \"NO_SUCH\" trong danh mục chỉ số", "atr catalog list");
        assertThat(atr("target", "set", "--db", db, "--year", "2024", "--indicator", "OUTREACH_SESSION", "--value",
                "50").exit()).isZero();
        assertThat(atr("target", "list", "--db", db, "--year", "2024").out()).contains("OUTREACH_SESSION", "50 buổi");

        CliTest.Run started = atr("draft", "--db", db, "--year", "2024", "--from-previous");
        assertThat(started.exit()).as(started.err()).isZero();
        assertThat(atr("draft", "--db", db, "--year", "2024", "--from-previous").exit()).isEqualTo(1); // not overwritten

        // the 9 months of 2024 from the year 2024's text just started, not from the 9 months of 2023
        CliTest.Run nine = atr("draft", "--db", db, "--period", "2024-9M", "--start-from", "2024");
        assertThat(nine.exit()).as(nine.err()).isZero();
        assertThat(nine.out()).contains("từ phần viết của kỳ 15/12/2023 - 14/12/2024");
        assertThat(atr("draft", "--db", db, "--period", "2024-9M").out())
                .contains("Tiếp tục đẩy mạnh công tác tuyên truyền phổ biến giáo dục pháp luật");
        assertThat(atr("draft", "--db", db, "--period", "2024-Q3", "--start-from", "2024-Q3").err())
                .contains("từ chính kỳ đó");
        assertThat(atr("draft", "--db", db, "--period", "2024-Q3", "--start-from", "2022").err())
                .contains("Kỳ 15/12/2021 - 14/12/2022 chưa có phần viết nào");
        assertThat(atr("draft", "--db", db, "--period", "2024-Q3", "--start-from", "2024-6T").exit()).isEqualTo(2);
        // the first 9 months in ATR: no 9 months a year before, so the 6 months of the same year
        assertThat(atr("draft", "--db", db, "--period", "2023-H1", "--start-from", "2023").exit()).isZero();
        CliTest.Run fallback = atr("draft", "--db", db, "--period", "2023-9M", "--from-previous");
        assertThat(fallback.exit()).as(fallback.err()).isZero();
        assertThat(fallback.out()).contains("từ phần viết của kỳ " + vn.atr.domain.ReportPeriod.ofHalfYear(2023));

        Path docx = dir.resolve("bc-2024.docx");
        CliTest.Run report = atr("report", "--db", db, "--year", "2024", "--docx", docx.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        String body = text(docx);
        assertThat(body).contains("Năm 2024, Ủy ban nhân dân thành phố ban hành Kế hoạch số 40/KH-UBND ngày 20/02/2024"
                        + " về thực hiện công tác phòng, chống mua bán người năm 2024.",
                "Tiếp tục đẩy mạnh công tác tuyên truyền phổ biến giáo dục pháp luật", // the 2023 tasks, to edit
                "Nguyễn Văn Minh");
    }
}
