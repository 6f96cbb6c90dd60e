package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

/** Each chart lands in its own section whatever other charts the period has. */
class ChartPlacementTest {
    @TempDir
    Path dir;

    /** The texts of the body's paragraphs, in order. */
    private static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    private static int indexOf(List<String> paragraphs, String start) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting with \"" + start + "\" in " + paragraphs);
    }

    @Test
    void aPeriodWithCasesButNoActivityDrawsNoActivityChart() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            s.cases().save(new vn.atr.domain.TraffickingCase(vn.atr.domain.Meta.fresh("test"), "04", "T-1",
                    java.time.LocalDate.of(2024, 5, 2), vn.atr.domain.DetectingAgency.POLICE,
                    vn.atr.domain.CaseScope.DOMESTIC, null, java.util.Set.of(vn.atr.domain.ExploitationForm.FORCED_LABOUR),
                    vn.atr.domain.CaseStatus.INVESTIGATING, 1, null), "test");
            ReportModel m = ReportFixture.model(s, ReportPeriod.ofYear(2024));
            assertThat(m.current().hasData()).isTrue();
            List<String> body = paragraphs(ReportFixture.docx(s, m, dir.resolve("cases-only.docx"), ReportOptions.DEFAULT));
            assertThat(body).noneMatch(p -> p.contains("theo tháng") || p.contains("theo đơn vị"))
                    .anyMatch(p -> p.startsWith("Biểu đồ 1. So sánh với năm 2023"));
        }
    }

    @Test
    void aPeriodWithActivitiesButNoCasesKeepsItsComparisonInTheCommunicationSection() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            // 2024: activities only; 2023 (the sample) has activities, cases and victims
            s.generator().generate(new DataGenerator.Spec(3, 30, 0, 11, 2024));
            ReportModel m = ReportFixture.model(s, ReportPeriod.ofYear(2024));
            assertThat(m.current().summary().cases()).isZero();
            assertThat(m.current().summary().victims()).isZero();
            assertThat(m.previous().hasData()).isTrue();

            List<String> body = paragraphs(ReportFixture.docx(s, m, dir.resolve("bc.docx"), ReportOptions.DEFAULT));
            int communication = indexOf(body, "2. Công tác truyền thông");
            int cases = indexOf(body, "3. Công tác phát hiện");
            int victims = indexOf(body, "4. Công tác tiếp nhận");
            int assessment = indexOf(body, "III. ĐÁNH GIÁ CHUNG");
            int comparison = indexOf(body, "Biểu đồ 3. So sánh với năm 2023");
            assertThat(comparison).isGreaterThan(communication).isLessThan(cases);
            assertThat(body.subList(victims, assessment)).noneMatch(p -> p.startsWith("Biểu đồ"));
        }
    }

    @Test
    void theVictimsChartStaysUnderTheVictimsWhenThereIsNoComparison() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = ReportFixture.model(s, ReportFixture.Y2023);
            assertThat(m.previous().hasData()).isFalse();
            List<String> body = paragraphs(ReportFixture.docx(s, m, dir.resolve("bc.docx"), ReportOptions.DEFAULT));
            int victims = indexOf(body, "4. Công tác tiếp nhận");
            int assessment = indexOf(body, "III. ĐÁNH GIÁ CHUNG");
            int chart = indexOf(body, "Biểu đồ 3. Nạn nhân theo giới tính");
            assertThat(chart).isGreaterThan(victims).isLessThan(assessment);
            assertThat(body).noneMatch(p -> p.contains("So sánh với"));
        }
    }
}
