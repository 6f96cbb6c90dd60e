package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.Services;

/**
 * Victims in the breakdowns people report: the country they were taken to (sentence and appendix rows, one
 * row for a name typed composed or decomposed), illegal adoption among the purposes, and "vì mục đích vô nhân
 * đạo khác" written once.
 */
class VictimBreakdownReportTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 14);
    private static final ReportPeriod Y2024 = ReportPeriod.ofYear(2024);

    @TempDir
    Path dir;

    private static Victim victim(String caseId, String code, String country, ExploitationForm form) {
        return new Victim(Meta.fresh("test"), "04", caseId, code, Sex.FEMALE, 2001, AgeBand.FROM_18_TO_30.name(), "Kinh",
                country, country == null, "04", LegalStatus.VICTIM, Set.of(form), ReturnPath.RESCUED, null, null, false,
                null);
    }

    @Test
    void childrenAreCountedInTheBandsOfChildProtectionReportingAndAnOldUnder16StaysReadable() throws Exception {
        try (Services s = Services.open(dir.resolve("a.db"))) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-02", DAY,
                    DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(), CaseStatus.INVESTIGATING, 1, null),
                    "test");
            int n = 0;
            for (int age : new int[] {4, 9, 11, 14, 17}) {
                s.cases().save(aged(c.meta().id(), "NN-A" + ++n, AgeBand.ofAge(age)), "test");
            }
            s.cases().save(aged(c.meta().id(), "NN-A" + ++n, AgeBand.UNDER_16), "test");
            Path xlsx = ReportFixture.xlsx(s, s.report().build(Y2024, java.util.Optional.empty()),
                    dir.resolve("a.xlsx"), ReportOptions.DEFAULT);
            assertThat(SheetText.of(xlsx, "Độ tuổi")).contains("Độ tuổi\nDưới 6 tuổi|1\nTừ 6 đến dưới 12 tuổi|2\n"
                    + "Từ 12 đến dưới 16 tuổi|1\nDưới 16 tuổi (không rõ tuổi cụ thể)|1\nTừ 16 đến dưới 18 tuổi|1\n");
        }
    }

    /** A case or victim of two purposes counts under both, and the sentence says why its items add up to more. */
    @Test
    void aCaseOfTwoPurposesIsCountedUnderEachAndSaysSo() throws Exception {
        try (Services s = Services.open(dir.resolve("p.db"))) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-04", DAY,
                    DetectingAgency.POLICE, CaseScope.CROSS_BORDER, "Trung Quốc",
                    Set.of(ExploitationForm.FORCED_MARRIAGE, ExploitationForm.SEXUAL), CaseStatus.INVESTIGATING, 1, null),
                    "test");
            s.cases().save(new Victim(Meta.fresh("test"), "04", c.meta().id(), "NN-P1", Sex.FEMALE, 2001,
                    AgeBand.FROM_18_TO_30.name(), "Kinh", "Trung Quốc", false, "04", LegalStatus.VICTIM,
                    Set.of(ExploitationForm.FORCED_MARRIAGE, ExploitationForm.SEXUAL), ReturnPath.RESCUED, null, null,
                    false, null), "test");
            ReportModel m = s.report().build(Y2024, java.util.Optional.empty());
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            assertThat(String.join("\n", sentences.cases(m))).contains("Về mục đích mua bán (một vụ có thể vì nhiều"
                    + " mục đích): 1 vụ vì mục đích");
            assertThat(String.join("\n", sentences.victims(m))).contains("Về mục đích bị mua bán (một nạn nhân có thể"
                    + " bị mua bán vì nhiều mục đích): 1 nạn nhân vì mục đích");
        }
    }

    /** A victim whose return is not recorded is named so in the sentence and the appendix, not left blank. */
    @Test
    void aVictimWithoutAReturnPathIsCountedAsNotKnown() throws Exception {
        try (Services s = Services.open(dir.resolve("r.db"))) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-03", DAY,
                    DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(), CaseStatus.INVESTIGATING, 1, null),
                    "test");
            String id = c.meta().id();
            for (ReturnPath path : new ReturnPath[] {ReturnPath.RESCUED, ReturnPath.NOT_RETURNED, null}) {
                s.cases().save(new Victim(Meta.fresh("test"), "04", id, "NN-R" + (path == null ? "x" : path.ordinal()),
                        Sex.FEMALE, 2001, AgeBand.FROM_18_TO_30.name(), "Kinh", null, true, "04", LegalStatus.VICTIM,
                        Set.of(ExploitationForm.FORCED_LABOUR), path, null, null, false, null), "test");
            }
            ReportModel m = s.report().build(Y2024, java.util.Optional.empty());
            Path docx = ReportFixture.docx(s, m, dir.resolve("r.docx"), ReportOptions.DEFAULT);
            Path xlsx = ReportFixture.xlsx(s, m, dir.resolve("r.xlsx"), ReportOptions.DEFAULT);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
                assertThat(body).contains("Về hình thức trở về: 1 nạn nhân được giải cứu, 1 nạn nhân chưa trở về, 1 nạn"
                        + " nhân chưa rõ hình thức trở về.").doesNotContain(" .");
            }
            assertThat(SheetText.of(xlsx, "Hình thức trở về")).contains("Chưa rõ hình thức trở về|1\n")
                    .doesNotContain("\n|1\n");
        }
    }

    /**
     * People still being identified, or children with a victim, are not called victims found: the first sentence
     * counts the people received and, of them, the victims; with small counts withheld neither part is given when
     * one is small.
     */
    @Test
    void peopleNotYetFoundToBeVictimsAreNotCalledVictimsInTheFirstSentence() throws Exception {
        try (Services s = Services.open(dir.resolve("legal.db"))) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-09", DAY,
                    DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(), CaseStatus.INVESTIGATING, 1, null), "test");
            for (int i = 1; i <= 7; i++) {
                LegalStatus status = i <= 5 ? LegalStatus.VICTIM
                        : i == 6 ? LegalStatus.BEING_IDENTIFIED_IN_VIETNAM : LegalStatus.ACCOMPANYING_MINOR;
                s.cases().save(new Victim(Meta.fresh("test"), "04", c.meta().id(), "NN-0" + i, Sex.FEMALE, null,
                        AgeBand.FROM_18_TO_30.name(), "Kinh", null, true, "04", status,
                        Set.of(ExploitationForm.FORCED_LABOUR), ReturnPath.RESCUED, DAY.plusDays(1), DAY.plusDays(2),
                        false, null), "test");
            }
            ReportModel m = s.report().build(Y2024, java.util.Optional.empty());
            // the summary (atr summary, the dashboard) says the same: 7 people, 2 of them not (yet) found victims
            var summary = s.summary().summary(Y2024, java.util.Optional.empty());
            assertThat(summary.victims()).isEqualTo(7);
            assertThat(summary.victimsNotYetIdentified()).isEqualTo(2);
            assertThat(m.current().summary()).isEqualTo(summary);
            String plain = body(ReportFixture.docx(s, m, dir.resolve("plain.docx"), ReportOptions.DEFAULT));
            assertThat(plain).contains("đã tiếp nhận, xác minh 7 trường hợp, trong đó 5 người được xác định là nạn"
                    + " nhân bị mua bán.", "1 người dưới 18 tuổi đi cùng nạn nhân")
                    .doesNotContain("xác định 7 nạn nhân");
            // the sentences after it name the same people as people or cases, not as victims
            assertThat(plain).contains("Về hình thức trở về: 7 người được giải cứu.",
                    "Cả 7 trường hợp đều đã trở về địa phương.", "Về độ tuổi: 7 người ",
                    "7 trường hợp vì mục đích ", "đã phát hiện 1 vụ mua bán người, liên quan 7 trường hợp bị mua bán"
                    + " hoặc đang được xác minh, cả 7 trường hợp đều là người Hải Phòng.").doesNotContain("7 nạn nhân");
            String withheld = body(ReportFixture.docx(s, m, dir.resolve("withheld.docx"), new ReportOptions(true)));
            assertThat(withheld).contains("đã tiếp nhận, xác minh 7 trường hợp, trong đó có người đang trong quá trình"
                    + " xác định là nạn nhân hoặc đi cùng nạn nhân.").doesNotContain("trong đó 5 người");
        }
    }

    /** A victim who came back after the period's end is not counted as back in it (nor in the sentence "Cả ..."). */
    @Test
    void aReturnAfterThePeriodsEndIsTheNextPeriods() throws Exception {
        try (Services s = Services.open(dir.resolve("return.db"))) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-10",
                    LocalDate.of(2024, 6, 10), DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(),
                    CaseStatus.INVESTIGATING, 1, null), "test");
            s.cases().save(new Victim(Meta.fresh("test"), "04", c.meta().id(), "NN-01", Sex.FEMALE, 2001,
                    AgeBand.FROM_18_TO_30.name(), "Kinh", null, true, "04", LegalStatus.VICTIM,
                    Set.of(ExploitationForm.FORCED_LABOUR), ReturnPath.RESCUED, LocalDate.of(2024, 6, 12),
                    LocalDate.of(2024, 6, 21), false, null), "test");
            // June's reporting month ends on 14/06; the first half on 14/06 too; the year on 14/12
            assertThat(s.summary().summary(ReportPeriod.ofMonth(2024, 6), java.util.Optional.empty()).victimsReturned())
                    .isZero();
            assertThat(s.summary().summary(ReportPeriod.ofHalfYear(2024), java.util.Optional.empty()).victimsReturned())
                    .isZero();
            assertThat(s.summary().summary(Y2024, java.util.Optional.empty()).victimsReturned()).isEqualTo(1);
        }
    }

    private static String body(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    private static Victim aged(String caseId, String code, AgeBand band) {
        return new Victim(Meta.fresh("test"), "04", caseId, code, Sex.MALE, null, band.name(), "Kinh", null, true, "04",
                LegalStatus.VICTIM, Set.of(ExploitationForm.FORCED_LABOUR), ReturnPath.RESCUED, null, null, false, null);
    }

    @Test
    void destinationCountriesAndPurposesAreInTheSentencesAndTheAppendix() throws Exception {
        try (Services s = Services.open(dir.resolve("v.db"))) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-01", DAY,
                    DetectingAgency.POLICE, CaseScope.CROSS_BORDER, "Campuchia", Set.of(), CaseStatus.INVESTIGATING, 1,
                    null), "test");
            String id = c.meta().id();
            s.cases().save(victim(id, "NN-01", "Campuchia", ExploitationForm.FORCED_LABOUR), "test");
            s.cases().save(victim(id, "NN-02", java.text.Normalizer.normalize("Campuchia ", java.text.Normalizer.Form.NFD),
                    ExploitationForm.ILLEGAL_ADOPTION), "test");
            s.cases().save(victim(id, "NN-03", "Trung Quốc", ExploitationForm.OTHER_INHUMANE), "test");
            s.cases().save(victim(id, "NN-04", null, ExploitationForm.OTHER_INHUMANE), "test");

            ReportModel m = s.report().build(Y2024, java.util.Optional.empty());
            Path docx = ReportFixture.docx(s, m, dir.resolve("r.docx"), ReportOptions.DEFAULT);
            Path xlsx = ReportFixture.xlsx(s, m, dir.resolve("r.xlsx"), ReportOptions.DEFAULT);

            String body;
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            }
            assertThat(body).contains("2 nạn nhân bị đưa sang Campuchia, 1 nạn nhân bị đưa sang Trung Quốc")
                    .contains("1 nạn nhân vì mục đích nhận con nuôi trái pháp luật")
                    .contains("2 nạn nhân vì mục đích vô nhân đạo khác")
                    .doesNotContain("mục đích mục đích");

            String sheet = SheetText.of(xlsx, "Nơi bị đưa đến");
            assertThat(sheet).contains("Nơi bị đưa đến\n", "Campuchia|2\n", "Trung Quốc|1\n",
                    "Nhận con nuôi trái pháp luật|1\n", "Vô nhân đạo khác|2\n")
                    .as("the places add up to the victims, as in the sentence").contains("Bị mua bán trong nước|1\n");
            assertThat(body).contains("1 nạn nhân bị mua bán trong nước");
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                var heading = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                        .filter(r -> r.getCell(1).getText().equals("Nơi bị đưa đến")).findFirst().orElseThrow();
                assertThat(heading.getCell(1).getParagraphs().get(0).isKeepNext())
                        .as("a sub-heading never ends a page without its rows").isTrue();
                assertThat(doc.getTables().stream().flatMap(t -> t.getRows().stream())
                        .map(r -> r.getCell(1).getText())).contains("Bị mua bán trong nước");
            }
        }
    }
}
