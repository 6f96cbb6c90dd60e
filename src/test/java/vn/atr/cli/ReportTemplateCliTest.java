package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atr report-template, then atr report --template with it: used as edited, or refused with nothing written. */
class ReportTemplateCliTest {
    @TempDir
    Path dir;

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    private static void append(Path docx, String paragraph) throws Exception {
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(docx)) {
            doc = new XWPFDocument(in);
        }
        try (doc; OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
        }
    }

    @Test
    void theWrittenTemplateDrivesTheReportAndAnUnknownPlaceholderIsRefused() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        Path template = dir.resolve("mau.docx");
        CliTest.Run written = atr("report-template", "--db", db, "--out", template.toString());
        assertThat(written.exit()).isZero();
        assertThat(written.out()).contains("mau-bao-cao.docx");
        assertThat(text(template)).contains("{{muc_truyen_thong}}");

        append(template, "Tổng số vụ: {{so_vu}}.");
        Path bc = dir.resolve("bc.docx");
        assertThat(atr("report", "--db", db, "--year", "2023", "--docx", bc.toString(), "--template",
                template.toString()).exit()).isZero();
        String summary = atr("summary", "--db", db, "--year", "2023", "--json").out();
        long cases = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary).get("cases").asLong();
        assertThat(text(bc)).contains("Tổng số vụ: " + cases + ".").doesNotContain("{{");

        append(template, "{{so_vu_an}}");
        Path refused = dir.resolve("refused.docx");
        CliTest.Run run = atr("report", "--db", db, "--year", "2023", "--docx", refused.toString(), "--template",
                template.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("{{so_vu_an}}", "chưa ghi tệp nào");
        assertThat(run.out()).as("no word about the file not written (a draft to submit...)").doesNotContain("DỰ THẢO")
                .doesNotContain("Đã ghi");
        assertThat(refused).doesNotExist();
    }
}
