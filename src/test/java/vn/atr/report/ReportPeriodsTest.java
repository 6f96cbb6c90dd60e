package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** Comparison with the previous period, and a period without any data. */
class ReportPeriodsTest {
    @TempDir
    Path dir;

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void comparesWithThePreviousYearWhenItHasData() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            s.generator().generate(new DataGenerator.Spec(3, 40, 2, 7, 2022));
            ReportModel m = ReportFixture.model(s, ReportFixture.Y2023);
            String body = text(ReportFixture.docx(s, m, dir.resolve("bc.docx"), ReportOptions.DEFAULT));
            Summary now = s.summary().summary(ReportFixture.Y2023, Optional.empty());
            Summary before = s.summary().summary(ReportPeriod.ofYear(2022), Optional.empty());
            long pct = Math.round(100.0 * Math.abs(now.outreachSessions() - before.outreachSessions())
                    / before.outreachSessions());
            String change = now.outreachSessions() >= 2 * before.outreachSessions()
                    ? "tăng gấp " + ReportSentences.times(now.outreachSessions(), before.outreachSessions()) + " lần"
                    : (now.outreachSessions() > before.outreachSessions() ? "tăng " : "giảm ") + pct + "%";
            String comparison = "So với năm 2022, số buổi tuyên truyền " + change + " ("
                    + VnFormats.number(now.outreachSessions()) + " buổi so với "
                    + VnFormats.number(before.outreachSessions()) + " buổi)";
            assertThat(body).contains(comparison);
            assertThat(body.lines().filter(p -> p.contains(comparison))).as("it closes the paragraph it compares")
                    .singleElement().asString().contains("đã phối hợp với", "buổi tuyên truyền cho");
        }
    }

    @Test
    void aRangeOfDatesIsComparedWithTheRangeJustBeforeItNamedByItsDates() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportPeriod range = new ReportPeriod(java.time.LocalDate.of(2023, 4, 1), java.time.LocalDate.of(2023, 6, 30));
            ReportModel m = ReportFixture.model(s, range);
            assertThat(m.previous().hasData()).isTrue();
            String body = text(ReportFixture.docx(s, m, dir.resolve("range.docx"), ReportOptions.DEFAULT));
            // the same number of days just before: 91 days from 31/12/2022
            assertThat(body).contains("So với kỳ liền trước từ ngày 31/12/2022 đến ngày 31/03/2023, số ",
                    "Biểu đồ 3. So sánh với kỳ từ ngày 31/12/2022 đến ngày 31/03/2023");
        }
    }

    @Test
    void aPeriodWithoutDataGivesAValidReportThatSaysSo() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = ReportFixture.model(s, ReportPeriod.ofYear(2010));
            String body = text(ReportFixture.docx(s, m, dir.resolve("empty.docx"), ReportOptions.DEFAULT));
            assertThat(body).contains("chưa có số liệu hoạt động, vụ việc nào được ghi nhận",
                    "Năm 2010, các lực lượng chức năng trên địa bàn không phát hiện vụ mua bán người nào.",
                    "Trong kỳ báo cáo chưa tiếp nhận nạn nhân bị mua bán.", "Phụ lục I");
            assertThat(body).doesNotContain("so với");
            Path xlsx = ReportFixture.xlsx(s, m, dir.resolve("empty.xlsx"), ReportOptions.DEFAULT);
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(8);
                var victims = wb.getSheet("Phụ lục VII");
                assertThat(java.util.stream.IntStream.rangeClosed(0, victims.getLastRowNum())
                        .mapToObj(victims::getRow).filter(java.util.Objects::nonNull)
                        .map(r -> r.getCell(1) == null ? "" : r.getCell(1).toString()))
                        .as("an empty table says so, as in the document").contains("Không có số liệu");
            }
        }
    }

    @Test
    void aUnitReportCountsOnlyThatUnitAndNamesIt() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = s.report().build(ReportFixture.Y2023, Optional.of("311"));
            Summary unit = s.summary().summary(ReportFixture.Y2023, Optional.of("311"));
            assertThat(m.current().summary()).isEqualTo(unit);
            assertThat(m.unitName()).contains("Huyện Thủy Nguyên");
            // plain figures: suppression of victim counts is SuppressionTest's
            String body = text(ReportFixture.docx(s, m, dir.resolve("unit.docx"), ReportOptions.DEFAULT));
            assertThat(body).contains("Kết quả công tác phòng, chống mua bán người năm 2023 (Huyện Thủy Nguyên)",
                    "đã phát hiện 1 vụ mua bán người với 2 nạn nhân bị mua bán");
            // one unit's activities by unit, one month's by month: a single full-width bar, left out
            assertThat(body).as("by unit, in a unit's report").doesNotContain("theo đơn vị");
            ReportModel march = s.report().build(ReportPeriod.ofMonth(2023, 3), Optional.empty());
            assertThat(march.current().activitiesByMonth()).hasSize(1);
            Path xlsx = ReportFixture.xlsx(s, march, dir.resolve("t3.xlsx"), ReportOptions.DEFAULT);
            assertThat(text(ReportFixture.docx(s, march, dir.resolve("t3.docx"), ReportOptions.DEFAULT)))
                    .doesNotContain("theo tháng").contains("theo đơn vị");
            try (InputStream in = Files.newInputStream(xlsx);
                 org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                var months = (org.apache.poi.xssf.usermodel.XSSFSheet) wb.getSheet("Phụ lục II");
                assertThat(months.getDrawingPatriarch() == null ? List.of() : months.getDrawingPatriarch().getCharts())
                        .as("no chart of one month in the workbook either").isEmpty();
            }
        }
    }

    @Test
    void aCompilerCanAdaptTheWordingBesideTheStore() throws Exception {
        Files.writeString(dir.resolve("report-vi.properties"), "h.tasks=IV. NHIỆM VỤ TRỌNG TÂM NĂM 2024\n",
                java.nio.charset.StandardCharsets.UTF_8);
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = ReportFixture.model(s, ReportFixture.Y2023);
            String body = text(ReportFixture.docx(s, m, dir.resolve("own.docx"), ReportOptions.DEFAULT));
            assertThat(body).contains("IV. NHIỆM VỤ TRỌNG TÂM NĂM 2024").doesNotContain("THỜI GIAN TỚI");
        }
    }

    @Test
    void aCancelledExportStopsAndLeavesNoFile() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = ReportFixture.model(s, ReportFixture.Y2023);
            Path out = Files.createDirectory(dir.resolve("out"));
            java.util.List<Double> steps = new java.util.ArrayList<>();
            Thread.currentThread().interrupt();
            try {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.report().exportDocx(m, out.resolve("bc.docx"),
                        ReportOptions.DEFAULT, (f, step) -> steps.add(f)))
                        .isInstanceOf(java.util.concurrent.CancellationException.class);
            } finally {
                Thread.interrupted();
            }
            assertThat(steps).isEmpty();
            try (var files = Files.list(out)) {
                assertThat(files).isEmpty();
            }
            s.report().exportXlsx(m, out.resolve("pl.xlsx"), ReportOptions.DEFAULT, (f, step) -> steps.add(f));
            assertThat(steps).isNotEmpty().last().isEqualTo(1.0);
        }
    }
}
