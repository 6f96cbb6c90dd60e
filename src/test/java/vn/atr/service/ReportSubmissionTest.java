package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.store.StoreTestSupport;

/**
 * Submitting a period's report freezes its figures: later records do not change it, editing the draft is
 * refused until the report is reopened (audited), and a reopened report is computed from the records again.
 */
class ReportSubmissionTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod Y2023 = ReportPeriod.ofYear(2023);

    @TempDir
    Path dir;

    /** The test's draft, replacing the one the sample ships (saved over its stored version). */
    private static ReportDraft draft(Services s) {
        return new ReportDraft(Y2023, "05", LocalDate.of(2024, 1, 5), "GIÁM ĐỐC", "Nguyễn Văn An",
                List.of("Lưu: VT"), Map.of(Section.ASSESSMENT, "Đạt nhiều kết quả."), ReportDraft.Status.DRAFT,
                s.report().drafts().get(Y2023).version());
    }

    private static ReportModel build(Services s) {
        return s.report().build(Y2023, Optional.empty());
    }

    @Test
    void submittedReportKeepsItsFiguresUntilReopened() throws Exception {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.sample().loadHaiPhong2023();
            s.report().drafts().save(draft(s));
            ReportModel before = build(s);
            assertThat(before.submission()).isEmpty();
            Path approved = dir.resolve("approved.docx");
            s.report().exportDocx(before, approved, ReportOptions.DEFAULT, Progress.NONE);
            try (InputStream in = Files.newInputStream(approved); XWPFDocument draftDoc = new XWPFDocument(in)) {
                assertThat(draftDoc.getHeaderFooterPolicy().getFirstPageHeader().getText())
                        .as("a printed draft is not taken for the report sent").contains("DỰ THẢO - báo cáo chưa nộp");
                assertThat(draftDoc.getProperties().getCoreProperties().getContentStatus()).startsWith("DỰ THẢO");
            }
            // a unit's extract is never submitted: no draft mark
            ReportModel extract = s.report().build(Y2023, Optional.of("31"));
            assertThat(extract.isDraft()).isFalse();
            assertThat(before.current().summary().outreachSessions()).isEqualTo(54);

            ReportDraft submitted = s.report().submit(Y2023);
            assertThat(submitted.status()).isEqualTo(ReportDraft.Status.SUBMITTED);
            assertThat(s.report().drafts().get(Y2023).status()).isEqualTo(ReportDraft.Status.SUBMITTED);

            s.activities().save(SecurityFixtures.activity("04"), "tester"); // one more session after submission
            assertThat(s.summary().summary(Y2023, Optional.empty()).outreachSessions()).isEqualTo(55);

            ReportModel frozen = build(s);
            assertThat(frozen.submission()).isPresent();
            assertThat(frozen.current()).isEqualTo(before.current());
            assertThat(frozen.previous()).isEqualTo(before.previous());
            assertThat(frozen.appendices()).isEqualTo(before.appendices());
            assertThat(frozen.agency()).isEqualTo(before.agency());
            assertThat(frozen.facts()).isEqualTo(before.facts());

            Path docx = dir.resolve("bc.docx");
            Path xlsx = dir.resolve("pl.xlsx");
            s.report().exportDocx(frozen, docx, ReportOptions.DEFAULT, Progress.NONE);
            s.report().exportXlsx(frozen, xlsx, ReportOptions.DEFAULT, Progress.NONE);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).contains("54 buổi tuyên truyền cho 10.215 lượt người")
                        .doesNotContain("55 buổi tuyên truyền");
                assertThat(body(doc)).as("word for word the report approved before submission, partners, target"
                        + " groups and the cases' status included").isEqualTo(body(approved))
                        .contains("Đối tượng tuyên truyền gồm", "Về kết quả điều tra, xử lý");
                String firstHeader = doc.getHeaderFooterPolicy().getFirstPageHeader().getText();
                assertThat(firstHeader).as("the copy signed and sent: no line outside Decree 30's layout")
                        .doesNotContain("đã nộp").doesNotContain("DỰ THẢO");
                assertThat(doc.getProperties().getCoreProperties().getContentStatus())
                        .contains("Báo cáo đã nộp ngày", "số liệu chốt khi nộp");
            }
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                StringBuilder cover = new StringBuilder();
                wb.getSheetAt(0).forEach(r -> r.forEach(c -> cover.append(c.toString()).append('\n')));
                assertThat(cover).contains("Trạng thái", "Đã nộp ngày");
            }
        }
    }

    private static String body(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String body(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return body(doc);
        }
    }

    @Test
    void editingASubmittedDraftIsRefusedWithTheStoreUnchanged() throws Exception {
        Path db = dir.resolve("s.db");
        try (Services s = Services.open(store(db))) {
            s.sample().loadHaiPhong2023();
            s.report().drafts().save(draft(s));
            s.report().submit(Y2023);
        }
        String digest = StoreTestSupport.digest(db);
        try (Services s = Services.open(store(db))) {
            ReportDraft current = s.report().drafts().get(Y2023);
            ReportDraft edited = new ReportDraft(Y2023, "06", current.date(), current.signerTitle(),
                    current.signerName(), current.recipients(), current.sections(), current.status(), current.version());
            assertThatThrownBy(() -> s.report().drafts().save(edited)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("đã nộp").hasMessageContaining("mở lại");
            assertThatThrownBy(() -> s.report().drafts().importText(Y2023, "number = 07\n"))
                    .isInstanceOf(ServiceException.class);
            assertThatThrownBy(() -> s.report().submit(Y2023)).isInstanceOf(ServiceException.class);
        }
        assertThat(StoreTestSupport.digest(db)).isEqualTo(digest);
    }

    @Test
    void reopeningIsAuditedAndRecomputes() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.sample().loadHaiPhong2023();
            assertThatThrownBy(() -> s.report().reopen(Y2023)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("chưa nộp");
            ReportDraft submitted = s.report().submit(Y2023); // no draft written: submitting creates its row
            s.activities().save(SecurityFixtures.activity("04"), "tester");
            assertThat(build(s).current().summary().outreachSessions()).isEqualTo(54);

            ReportDraft reopened = s.report().reopen(Y2023);
            assertThat(reopened.status()).isEqualTo(ReportDraft.Status.DRAFT);
            assertThat(reopened.version()).isEqualTo(submitted.version() + 1);
            ReportModel again = build(s);
            assertThat(again.submission()).isEmpty();
            assertThat(again.current().summary().outreachSessions()).isEqualTo(55);
            ReportDraft edited = new ReportDraft(Y2023, "06", null, null, null, List.of(), Map.of(),
                    ReportDraft.Status.DRAFT, reopened.version());
            assertThat(s.report().drafts().save(edited).number()).isEqualTo("06");

            List<String> actions = s.audit().list(null, "report.", 50).stream().map(AuditEntry::action).toList();
            assertThat(actions).contains("report.submit", "report.reopen");
            AuditEntry reopen = s.audit().list(null, "report.reopen", 1).get(0);
            assertThat(reopen.recordId()).isEqualTo(Y2023.toString());
            assertThat(reopen.detail()).contains("sha256");
        }
    }
}
