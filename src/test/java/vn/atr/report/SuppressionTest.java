package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.Services;

/** With small counts suppressed, no victim count from 1 to 4 is left in any sentence, table or chart. */
class SuppressionTest {
    @TempDir
    Path dir;

    @Test
    void everyVictimCountBelowFiveIsHiddenAndTheRuleIsStated() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = ReportFixture.model(s, ReportFixture.Y2023);
            assertThat(m.current().summary().victims()).isBetween(1L, 4L);
            ReportOptions suppress = new ReportOptions(true);
            Path docx = ReportFixture.docx(s, m, dir.resolve("bc.docx"), suppress);
            Path xlsx = ReportFixture.xlsx(s, m, dir.resolve("pl.xlsx"), suppress);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                String body = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                        .collect(Collectors.joining("\n"));
                assertThat(body).contains("số nạn nhân từ 1 đến 4 được ghi là \"dưới 5\"",
                        "với dưới 5 nạn nhân bị mua bán, trong đó dưới 5 nạn nhân là người tỉnh ngoài và dưới 5 nạn"
                                + " nhân là người Hải Phòng",
                        "xác minh, xác định dưới 5 nạn nhân",
                        // rows of "dưới 5" named together once; a single one as it is
                        "Về giới tính: nữ, nam (mỗi nhóm dưới 5 nạn nhân).",
                        "Về tình trạng pháp lý: dưới 5 người được xác định là nạn nhân.",
                        "Tất cả các nạn nhân đều đã trở về");
                assertThat(body).doesNotContain("4 nạn nhân", "3 nữ", "1 nam", "Nạn nhân theo giới tính, độ tuổi");
                XWPFTable victims = appendix(doc, "NẠN NHÂN THEO GIỚI TÍNH");
                assertThat(values(victims)).isNotEmpty().allMatch(v -> v.equals("< 5") || Long.parseLong(
                        v.replace(".", "")) >= 5);
                assertThat(values(victims)).contains("< 5");
                // the unsuppressed report says the same figures plainly
                String plain = body(ReportFixture.docx(s, m, dir.resolve("plain.docx"), ReportOptions.DEFAULT));
                assertThat(plain).contains("Về giới tính: 3 nữ, 1 nam.").doesNotContain("dưới 5");
            }
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                var sheet = wb.getSheet("Phụ lục VI");
                DataFormatter f = new DataFormatter();
                List<String> cells = new ArrayList<>();
                for (Row r : sheet) {
                    if (r.getRowNum() > 3 && r.getCell(2) != null) {
                        cells.add(f.formatCellValue(r.getCell(2)));
                    }
                }
                assertThat(cells).contains("< 5").noneMatch(c -> c.matches("[1-4]"));
                assertThat(sheet.getDrawingPatriarch()).as("no chart of cells that hide their counts").isNull();
                var units = wb.getSheet("Phụ lục III"); // activities by unit describe no person: plain, charted
                assertThat(f.formatCellValue(units.getRow(4).getCell(2))).matches("\\d+");
                assertThat(units.getDrawingPatriarch().getCharts()).hasSize(1);
            }
        }
    }

    @Test
    void aSingleSmallCountOfABreakdownTakesTheSmallestOtherWithItSoThatNoSubtractionGivesItBack() throws Exception {
        try (Services s = Services.open(dir.resolve("w.db"))) {
            var c = s.cases().save(new vn.atr.domain.TraffickingCase(vn.atr.domain.Meta.fresh("test"), "04", "HP-24-01",
                    java.time.LocalDate.of(2024, 5, 2), vn.atr.domain.DetectingAgency.POLICE,
                    vn.atr.domain.CaseScope.CROSS_BORDER, "Trung Quốc", java.util.Set.of(),
                    vn.atr.domain.CaseStatus.INVESTIGATING, 1, null), "test");
            for (int i = 0; i < 8; i++) { // 6 women of Hải Phòng, 2 men of another province
                boolean woman = i < 6;
                s.cases().save(new vn.atr.domain.Victim(vn.atr.domain.Meta.fresh("test"), "04", c.meta().id(),
                        "NN-" + i, woman ? vn.atr.domain.Sex.FEMALE : vn.atr.domain.Sex.MALE, 2001,
                        vn.atr.domain.AgeBand.FROM_18_TO_30.name(), "Kinh", "Trung Quốc", false, woman ? "04" : "38",
                        vn.atr.domain.LegalStatus.VICTIM, java.util.Set.of(), vn.atr.domain.ReturnPath.RESCUED, null,
                        null, false, null), "test");
            }
            ReportModel m = s.report().build(vn.atr.domain.ReportPeriod.ofYear(2024), java.util.Optional.empty());
            ReportOptions suppress = new ReportOptions(true);
            Path docx = ReportFixture.docx(s, m, dir.resolve("w.docx"), suppress);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
                assertThat(body).contains("8 nạn nhân",
                        "gồm cả người tỉnh ngoài và người Hải Phòng (không công bố số của từng nhóm vì có nhóm dưới 5"
                                + " nạn nhân)",
                        "Về giới tính: nữ, nam (không công bố số của từng nhóm vì có nhóm dưới 5 nạn nhân).",
                        "cũng không công bố (\"x\" trong các phụ lục)")
                        .as("8 less 6 would give the 2 men back").doesNotContain("6 nữ", "6 nạn nhân là người")
                        .as("nor the provinces' list, with the same total").doesNotContain("6 người Hải Phòng");
                List<String> sexes = new ArrayList<>();
                XWPFTable victims = appendix(doc, "NẠN NHÂN THEO GIỚI TÍNH");
                for (int r = 1; r < victims.getNumberOfRows(); r++) {
                    String label = victims.getRow(r).getCell(1).getText().strip();
                    if (label.equals("Nữ") || label.equals("Nam")) {
                        sexes.add(label + " " + victims.getRow(r).getCell(2).getText().strip());
                    }
                }
                assertThat(sexes).containsExactlyInAnyOrder("Nữ x", "Nam < 5");
            }
            Path xlsx = ReportFixture.xlsx(s, m, dir.resolve("w.xlsx"), suppress);
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                DataFormatter f = new DataFormatter();
                List<String> sexes = new ArrayList<>();
                for (Row r : wb.getSheet("Phụ lục VI")) {
                    String label = r.getCell(1) == null ? "" : f.formatCellValue(r.getCell(1));
                    if (label.equals("Nữ") || label.equals("Nam")) {
                        sexes.add(label + " " + f.formatCellValue(r.getCell(2)));
                    }
                }
                assertThat(sexes).containsExactlyInAnyOrder("Nữ x", "Nam < 5");
            }
        }
    }

    private static String body(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    /** The appendix table that follows the paragraph starting with {@code title}. */
    private static XWPFTable appendix(XWPFDocument doc, String title) {
        boolean seen = false;
        for (var element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getText().startsWith(title)) {
                seen = true;
            } else if (seen && element instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after " + title);
    }

    /** The figures of a table: every cell after the label, on the rows that have figures. */
    private static List<String> values(XWPFTable t) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r < t.getNumberOfRows(); r++) {
            var row = t.getRow(r);
            for (int c = 2; c < row.getTableCells().size(); c++) {
                String v = row.getCell(c).getText().strip();
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
