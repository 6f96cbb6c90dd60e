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
import vn.atr.service.Services;

/**
 * The README's first command on a fresh store: the sample ships the compiler's part of its 2023 report, so the
 * report has a number, a date, a signer and every narrative section, with no placeholder left; and the store
 * the sample made is set up (it opens without the first-run questions).
 */
class SampleReportCompleteTest {
    @TempDir
    Path dir;

    @Test
    void theSampleReportIsCompleteAndTheStoreIsSetUp() throws Exception {
        Path db = dir.resolve("sample.db");
        Path docx = dir.resolve("bao-cao-2023.docx");
        assertThat(atr("sample", "--db", db.toString()).exit()).isZero();
        CliTest.Run run = atr("report", "--db", db.toString(), "--year", "2023", "--docx", docx.toString(),
                "--xlsx", dir.resolve("phu-luc-2023.xlsx").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Cảnh báo");

        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            text = x.getText();
        }
        assertThat(text).doesNotContain("[Nhập", "[Họ và tên người ký]");
        assertThat(text).contains("Số: 05/BC-SLĐTBXH", "ngày 05 tháng 01 năm 2024", "Nguyễn Văn Minh",
                "Kế hoạch số 75/KH-UBND ngày 07/3/2023",
                "Đề nghị Ủy ban nhân dân thành phố tiếp tục quan tâm bố trí kinh phí");

        // A report whose draft is missing parts says so on the terminal before writing them as placeholders.
        CliTest.Run gaps = atr("report", "--db", db.toString(), "--period", "2023-H1", "--docx",
                dir.resolve("bao-cao-6-thang-2023.docx").toString());
        assertThat(gaps.exit()).as(gaps.err()).isZero();
        assertThat(gaps.err()).contains("Cảnh báo: báo cáo còn phần chưa viết", "số văn bản", "I. Tình hình",
                "V. Đề xuất, kiến nghị", "Viết bằng lệnh atr draft");

        try (Services s = Services.open(db)) {
            assertThat(s.reference().isConfigured()).isTrue();
            assertThat(s.reference().agency().issuingAgency()).isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        }
    }
}
