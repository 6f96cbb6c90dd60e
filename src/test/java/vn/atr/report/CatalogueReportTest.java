package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Measure;
import vn.atr.domain.Meta;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.Services;
import vn.atr.service.catalog.NewIndicator;

/**
 * The report follows the catalogue: indicators added through the catalogue service, with records in the
 * period, are in their section's sentence with their unit word and in the appendix table of activities
 * (.docx and .xlsx read back); one without records is left out of the sentences and shown as "-".
 */
class CatalogueReportTest {
    @TempDir
    Path dir;

    private static Activity activity(String type, LocalDate day, int participants, long quantity) {
        return new Activity(Meta.fresh("test"), "04", type, day, null, "Hoạt động thử", null, List.of(), Set.of(),
                null, participants, quantity, null);
    }

    private static NewIndicator indicator(String name, String unit, IndicatorGroup group, Measure measure) {
        return new NewIndicator(IndicatorKind.ACTIVITY, name, null, unit, null, group, measure, null);
    }

    @Test
    void anAddedIndicatorMayHaveItsOwnWordingInTheTextOverridesNextToTheStore() throws Exception {
        Files.writeString(dir.resolve(vn.atr.service.report.ReportService.TEXT_OVERRIDES),
                "comm.item.SO_TAY=phát hành {0} cuốn sổ tay kỹ năng\n", java.nio.charset.StandardCharsets.UTF_8);
        try (Services s = ReportFixture.sampleStore(dir)) {
            s.catalog().add(indicator("Sổ tay", "cuốn", IndicatorGroup.MATERIALS, Measure.COPIES));
            s.activities().save(activity("SO_TAY", LocalDate.of(2023, 3, 8), 0, 300), "test");
            List<String> sentences = new ReportSentences(ReportText.vietnamese().withOverrides(
                    dir.resolve(vn.atr.service.report.ReportService.TEXT_OVERRIDES)))
                    .communication(ReportFixture.model(s, ReportFixture.Y2023));
            assertThat(String.join("\n", sentences)).contains("phát hành 300 cuốn sổ tay kỹ năng")
                    .doesNotContain("in 300 cuốn sổ tay");
        }
    }

    @Test
    void addedIndicatorsAreInTheSentencesAndTheAppendixAndOneWithoutRecordsOrAColumnNotCountedShowsADash()
            throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            s.catalog().add(indicator("Sổ tay", "cuốn", IndicatorGroup.MATERIALS, Measure.COPIES));
            s.catalog().add(indicator("Mít tinh", "cuộc", IndicatorGroup.COMMUNICATION, Measure.SESSIONS));
            s.catalog().add(indicator("Pa nô", "tấm", IndicatorGroup.MATERIALS, Measure.COPIES));
            s.activities().save(activity("SO_TAY", LocalDate.of(2023, 3, 8), 0, 300), "test");
            s.activities().save(activity("SO_TAY", LocalDate.of(2023, 9, 2), 0, 200), "test");
            s.activities().save(activity("MIT_TINH", LocalDate.of(2023, 4, 30), 150, 0), "test");
            s.activities().save(activity("MIT_TINH", LocalDate.of(2023, 6, 1), 250, 0), "test");
            s.activities().save(activity("OTHER", LocalDate.of(2023, 7, 9), 60, 0), "test");

            ReportModel m = ReportFixture.model(s, ReportFixture.Y2023);
            Path docx = ReportFixture.docx(s, m, dir.resolve("r.docx"), ReportOptions.DEFAULT);
            Path xlsx = ReportFixture.xlsx(s, m, dir.resolve("r.xlsx"), ReportOptions.DEFAULT);

            String body = docxParagraphs(docx);
            assertThat(body).contains("in 500 cuốn sổ tay").contains("2 cuộc mít tinh cho 400 lượt người")
                    .doesNotContain("pa nô");
            List<List<String>> wordRows = docxTableRows(docx, "Mít tinh");
            assertThat(row(wordRows, "Mít tinh")).endsWith("Mít tinh", "2", "400", "-"); // sessions have no quantity
            assertThat(row(wordRows, "Sổ tay")).endsWith("Sổ tay", "2", "-", "500"); // copies have no participants
            assertThat(row(wordRows, "Pa nô")).endsWith("Pa nô", "-", "-", "-");
            // "other" activities are counted by their number: a quantity not recorded is no figure
            assertThat(row(wordRows, "Hoạt động khác")).endsWith("Hoạt động khác", "1", "60", "-");
            assertThat(row(wordRows, "Lượt truy cập trang thông tin điện tử")).endsWith("-", "-", "50.640"); // a metric

            List<List<String>> sheetRows = xlsxRows(xlsx, "Mít tinh");
            assertThat(row(sheetRows, "Sổ tay")).endsWith("Sổ tay", "2", "-", "500");
            assertThat(row(sheetRows, "Mít tinh")).endsWith("Mít tinh", "2", "400", "-");
            assertThat(row(sheetRows, "Pa nô")).endsWith("Pa nô", "-", "-", "-");
            assertThat(row(sheetRows, "Hoạt động khác")).endsWith("Hoạt động khác", "1", "60", "-");
            // a number cell, grouped by the reader's locale (DataFormatter's default here: US)
            assertThat(row(sheetRows, "Lượt truy cập trang thông tin điện tử")).endsWith("-", "-", "50,640");
        }
    }

    private static List<String> row(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
    }

    private static String docxParagraphs(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    /** The rows of the table that has a cell {@code marker}, as cell texts. */
    private static List<List<String>> docxTableRows(Path file, String marker) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow r : t.getRows()) {
                    rows.add(r.getTableCells().stream().map(c -> c.getText().strip()).toList());
                }
                if (rows.stream().anyMatch(r -> r.contains(marker))) {
                    return rows;
                }
            }
        }
        throw new AssertionError("no table with " + marker);
    }

    /** The rows of the sheet that has a cell {@code marker}, as formatted cell texts. */
    private static List<List<String>> xlsxRows(Path file, String marker) throws Exception {
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row r : sheet) {
                    List<String> cells = new ArrayList<>();
                    r.forEach(c -> cells.add(format.formatCellValue(c).strip()));
                    rows.add(cells);
                }
                if (rows.stream().anyMatch(r -> r.contains(marker))) {
                    return rows;
                }
            }
        }
        throw new AssertionError("no sheet with " + marker);
    }
}
