package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.VnFormats;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

/** The decree's period kinds and the legal basis of each period, read back from the .docx. */
class PeriodAndLegalBasisTest {
    private static final String LAW_2011 = "Luật Phòng, chống mua bán người số 66/2011/QH12 ngày 29/3/2011";
    private static final String LAW_2024 = "Luật Phòng, chống mua bán người số 53/2024/QH15 ngày 28/11/2024";
    private static final String DECREE_09 = "Nghị định số 09/2019/NĐ-CP ngày 24/01/2019";

    @TempDir
    Path dir;

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    private String report(Services s, ReportPeriod p, String name) throws Exception {
        ReportModel m = ReportFixture.model(s, p);
        return text(ReportFixture.docx(s, m, dir.resolve(name), ReportOptions.DEFAULT));
    }

    /** The paragraph that starts with "Thực hiện". */
    private static String legalBasis(String body) {
        return body.lines().filter(l -> l.startsWith("Thực hiện")).findFirst().orElseThrow();
    }

    @Test
    void aSixMonthReportHasItsTitleCutOffDatesFiguresAndTheSamePeriodOfTheYearBefore() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            s.generator().generate(new DataGenerator.Spec(3, 60, 2, 5, 2022));
            ReportPeriod h1 = ReportPeriod.ofHalfYear(2023);
            ReportModel m = ReportFixture.model(s, h1);
            Summary figures = s.summary().summary(h1, Optional.empty());
            assertThat(m.current().summary()).isEqualTo(figures);
            assertThat(m.previous().period()).isEqualTo(ReportPeriod.ofHalfYear(2022));
            assertThat(figures.outreachSessions()).isPositive();

            String body = text(ReportFixture.docx(s, m, dir.resolve("bc-6t.docx"), ReportOptions.DEFAULT));
            assertThat(body).contains("Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2023",
                    "(Thời gian chốt số liệu: từ ngày 15/12/2022 đến ngày 14/06/2023)",
                    "báo cáo kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2023 như sau:",
                    "6 tháng đầu năm 2023, Sở Lao động - Thương binh và Xã hội cùng các địa phương đã phối hợp với",
                    VnFormats.number(figures.outreachSessions()) + " buổi tuyên truyền",
                    "So với cùng kỳ năm 2022, số buổi tuyên truyền",
                    "So sánh với 6 tháng đầu năm 2022");
            assertThat(body).doesNotContain("mua bán người năm 2023", "so với năm 2022", "So với năm 2022");
        }
    }

    @Test
    void quartersAndMonthsAreNamedTheDecreesWay() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            assertThat(report(s, ReportPeriod.ofQuarter(2023, 3), "q3.docx")).contains(
                    "Kết quả công tác phòng, chống mua bán người quý III năm 2023",
                    "(Thời gian chốt số liệu: từ ngày 15/06/2023 đến ngày 14/09/2023)");
            assertThat(report(s, ReportPeriod.ofMonth(2023, 3), "m3.docx")).contains(
                    "Kết quả công tác phòng, chống mua bán người tháng 3 năm 2023",
                    "(Thời gian chốt số liệu: từ ngày 15/02/2023 đến ngày 14/03/2023)");
            assertThat(report(s, ReportPeriod.ofNineMonths(2023), "9t.docx")).contains(
                    "Kết quả công tác phòng, chống mua bán người 9 tháng đầu năm 2023",
                    "(Thời gian chốt số liệu: từ ngày 15/12/2022 đến ngày 14/09/2023)");
        }
    }

    @Test
    void theLegalBasisIsTheLawInForceAtTheCutOffAndNamesTheAgency() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            String y2023 = legalBasis(report(s, ReportPeriod.ofYear(2023), "2023.docx"));
            String y2026 = legalBasis(report(s, ReportPeriod.ofYear(2026), "2026.docx"));
            assertThat(y2023).isNotEqualTo(y2026);
            assertThat(y2023).contains(LAW_2011, DECREE_09).doesNotContain(LAW_2024, "162/2025");
            assertThat(y2026).contains(LAW_2024, "Nghị định số 162/2025/NĐ-CP", DECREE_09).doesNotContain(LAW_2011);
            assertThat(y2023).endsWith("Sở Lao động - Thương binh và Xã hội báo cáo kết quả công tác phòng, chống mua"
                    + " bán người năm 2023 như sau:");
            assertThat(y2023 + y2026).doesNotContain("đơn vị báo cáo");
            // what the report prints is what the report screen's editor shows the compiler, to edit
            assertThat(ReportFixture.model(s, ReportPeriod.ofYear(2023)).draft()
                    .section(vn.atr.domain.ReportDraft.Section.LEGAL_BASIS)).hasValue(y2023);
            // the first half of 2025 still comes under the 2011 law; the year 2025, from 15/12/2024 to 14/12/2025,
            // was worked mostly under it and ends under the 2024 law: both; its last quarter only the 2024 law
            assertThat(legalBasis(report(s, ReportPeriod.ofHalfYear(2025), "2025-6t.docx"))).contains(LAW_2011)
                    .doesNotContain(LAW_2024);
            assertThat(legalBasis(report(s, ReportPeriod.ofYear(2025), "2025.docx"))).contains(LAW_2011 + "; " + LAW_2024);
            assertThat(legalBasis(report(s, ReportPeriod.ofNineMonths(2025), "2025-9t.docx")))
                    .contains(LAW_2011 + "; " + LAW_2024);
            assertThat(legalBasis(report(s, ReportPeriod.ofQuarter(2025, 4), "2025-q4.docx"))).contains(LAW_2024)
                    .doesNotContain(LAW_2011);
        }
    }

    @Test
    void theCitysPlanOfTheYearIsCitedWhenRecordedBesideTheStore() throws Exception {
        String plan = "Kế hoạch số 75/KH-UBND ngày 07/3/2023 của Ủy ban nhân dân thành phố về phòng, chống mua bán"
                + " người năm 2023";
        Files.writeString(dir.resolve("report-vi.properties"), "legalBasis.4.plan2023=" + plan + "\n"
                + "legalBasis.4.plan2023.from=2023-01-01\nlegalBasis.4.plan2023.until=2023-12-31\n",
                StandardCharsets.UTF_8);
        try (Services s = ReportFixture.sampleStore(dir)) {
            String y2023 = legalBasis(report(s, ReportPeriod.ofYear(2023), "2023.docx"));
            assertThat(y2023).contains(LAW_2011 + "; ", DECREE_09, "; " + plan + ", Sở Lao động");
            assertThat(y2023.indexOf(plan)).isGreaterThan(y2023.indexOf(DECREE_09));
            assertThat(legalBasis(report(s, ReportPeriod.ofYear(2024), "2024.docx"))).doesNotContain(plan);
        }
    }

    @Test
    void aLegalBasisWithAnUnreadableDateIsRefusedNamingIt() throws Exception {
        Files.writeString(dir.resolve("report-vi.properties"), "legalBasis.4.plan2023=Kế hoạch số 75/KH-UBND\n"
                + "legalBasis.4.plan2023.from=07/3/2023\n", StandardCharsets.UTF_8);
        try (Services s = ReportFixture.sampleStore(dir)) {
            // refused as the report is drafted (the legal basis is drafted with the figures), before any file
            assertThatThrownBy(() -> ReportFixture.model(s, ReportPeriod.ofYear(2023)))
                    .hasMessageContaining("legalBasis.4.plan2023.from").hasMessageContaining("07/3/2023");
        }
    }
}
