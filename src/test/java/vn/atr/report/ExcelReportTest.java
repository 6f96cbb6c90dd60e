package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Measure;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.Services;

/** Opens the .xlsx written from the sample and checks sheets, headers, formulas and the formula guard. */
class ExcelReportTest {
    static final String EVIL = "=HYPERLINK(\"http://x\",\"y\")";

    @TempDir
    Path dir;

    private XSSFWorkbook write(boolean suppress) throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            // an administrator-defined type whose name looks like a formula: user text in the workbook
            s.repositories().reference().saveActivityType(new ActivityType("EVIL", EVIL, "Evil", Measure.ITEMS, true));
            ReportModel m = ReportFixture.model(s, ReportFixture.Y2023);
            Path file = ReportFixture.xlsx(s, m, dir.resolve("pl.xlsx"), new ReportOptions(suppress));
            try (InputStream in = Files.newInputStream(file)) {
                return new XSSFWorkbook(in);
            }
        }
    }

    @Test
    void coverAndOneSheetPerAppendixWithFrozenHeadersAndPrintSetup() throws Exception {
        try (XSSFWorkbook wb = write(false)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
            assertThat(wb.getSheetName(0)).isEqualTo("Bìa");
            assertThat(wb.getSheetName(1)).isEqualTo("Phụ lục I");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("CÁC BẢNG SỐ LIỆU");
            java.util.List<String> cover = new java.util.ArrayList<>();
            wb.getSheetAt(0).forEach(r -> r.forEach(c -> cover.add(c.toString())));
            assertThat(String.join("|", cover)).as("how much of the area the figures cover")
                    .contains("Đơn vị có số liệu|15 đơn vị có hoạt động hoặc vụ việc trong kỳ|")
                    .contains("|Toàn địa bàn thành phố Hải Phòng|");
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
                assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isNotBlank();
                PrintSetup ps = sheet.getPrintSetup();
                assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(ps.getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
            }
            assertThat(wb.getSheetAt(1).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Loại hoạt động");
        }
    }

    @Test
    void everyAppendixSheetNamesTheReportItIsAttachedToAsTheDocumentDoes() throws Exception {
        try (XSSFWorkbook wb = write(false)) {
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetAt(i).getRow(2).getCell(0).getStringCellValue()).as(wb.getSheetName(i))
                        .isEqualTo("(Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2024 của Sở Lao động - Thương binh"
                                + " và Xã hội)");
            }
        }
    }

    @Test
    void totalsAreSumFormulasWithCachedValues() throws Exception {
        try (XSSFWorkbook wb = write(false)) {
            Sheet types = wb.getSheet("Phụ lục I");
            Row total = types.getRow(types.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            Cell participants = total.getCell(3);
            assertThat(participants.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(participants.getCellFormula()).isEqualTo("SUM(D5:D" + total.getRowNum() + ")");
            // the rows' numbers are numbers (Excel marks every "number stored as text")
            assertThat(types.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(types.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            long sum = 0;
            for (int r = 4; r < total.getRowNum(); r++) {
                sum += (long) types.getRow(r).getCell(3).getNumericCellValue();
            }
            assertThat(sum).isEqualTo(10_333);
            assertThat((long) participants.getNumericCellValue()).isEqualTo(sum);
            assertThat(participants.getCellStyle().getDataFormatString()).contains("#,##0");
            Sheet support = wb.getSheet("Phụ lục VII");
            Row supportTotal = support.getRow(support.getLastRowNum());
            assertThat((long) supportTotal.getCell(3).getNumericCellValue()).isEqualTo(14_300_000L);
        }
    }

    @Test
    void everyCachedTotalEqualsWhatPoiComputesFromTheFormula() throws Exception {
        try (XSSFWorkbook wb = write(false)) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            formulas++;
                            double cached = c.getNumericCellValue();
                            assertThat(evaluator.evaluate(c).getNumberValue()).as(sheet.getSheetName() + " "
                                    + c.getAddress()).isEqualTo(cached);
                        }
                    }
                }
            }
            assertThat(formulas).isGreaterThan(10);
        }
    }

    @Test
    void noTextCellCanStartAFormula() throws Exception {
        try (XSSFWorkbook wb = write(false)) {
            boolean sawEvil = false;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            String v = c.getStringCellValue();
                            assertThat(v).as(sheet.getSheetName() + "!" + c.getAddress())
                                    .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                                    .doesNotStartWith("@");
                            sawEvil |= v.equals("'" + EVIL);
                        }
                    }
                }
            }
            assertThat(sawEvil).isTrue();
        }
    }

    @Test
    void sheetsWithAChartInTheReportCarryItAsANativeChartOverTheirOwnCells() throws Exception {
        try (XSSFWorkbook wb = write(false)) {
            var parts = wb.getPackage().getPartsByName(java.util.regex.Pattern.compile("/xl/charts/chart\\d+\\.xml"));
            assertThat(parts).hasSize(5);
            XSSFSheet months = wb.getSheet("Phụ lục II");
            int last = months.getLastRowNum() - 2; // the total row's index (the last data row's number), above the note
            assertThat(months.getRow(months.getLastRowNum()).getCell(0).getStringCellValue())
                    .as("the months are reporting months").contains("từ ngày 15 tháng trước đến ngày 14");
            assertThat(chartXml(months)).singleElement().asString().contains("barDir val=\"col\"",
                    "'Phụ lục II'!$B$5:$B$" + last, "'Phụ lục II'!$C$5:$C$" + last, "'Phụ lục II'!$C$4",
                    "Số hoạt động theo tháng", "<c:ptCount val=\"" + (last - 4) + "\"/>");
            XSSFSheet units = wb.getSheet("Phụ lục III");
            int lastUnit = units.getLastRowNum();
            assertThat(units.getRow(4).getCell(1).getStringCellValue()).as("the city's own row, not its name")
                    .isEqualTo("Cấp thành phố");
            assertThat(chartXml(units)).singleElement().asString().contains("barDir val=\"bar\"",
                    "'Phụ lục III'!$B$5:$B$" + lastUnit, "'Phụ lục III'!$C$5:$C$" + lastUnit);
            XSSFSheet victims = wb.getSheet("Phụ lục VI");
            List<String> charts = chartXml(victims);
            assertThat(charts).hasSize(3);
            int sex = rowOf(victims, "Giới tính");
            int age = rowOf(victims, "Độ tuổi");
            int ret = rowOf(victims, "Hình thức trở về");
            assertThat(charts.get(0)).contains("'Phụ lục VI'!$B$" + (sex + 2) + ":$B$" + age,
                    "'Phụ lục VI'!$C$" + (sex + 2) + ":$C$" + age, "Nạn nhân theo giới tính");
            assertThat(charts.get(2)).contains("'Phụ lục VI'!$B$" + (ret + 2), "Nạn nhân theo hình thức trở về");
            for (String plain : List.of("Phụ lục I", "Phụ lục IV", "Phụ lục V", "Phụ lục VII")) {
                assertThat(wb.getSheet(plain).getDrawingPatriarch()).as(plain).isNull();
            }
            for (Sheet sheet : wb) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            }
            for (XSSFSheet charted : List.of(months, units, victims)) { // printed whole, not cut at the cells in use
                var area = new org.apache.poi.ss.util.AreaReference(
                        wb.getPrintArea(wb.getSheetIndex(charted)), wb.getSpreadsheetVersion());
                for (var shape : charted.getDrawingPatriarch().getShapes()) {
                    var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor();
                    assertThat(area.getLastCell().getCol()).as(charted.getSheetName()).isGreaterThanOrEqualTo(anchor.getCol2());
                    assertThat(area.getLastCell().getRow()).as(charted.getSheetName()).isGreaterThanOrEqualTo(anchor.getRow2());
                }
            }
        }
    }

    private static List<String> chartXml(XSSFSheet sheet) {
        return sheet.getDrawingPatriarch().getCharts().stream().map(c -> c.getCTChartSpace().xmlText()).toList();
    }

    private static int rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(label);
    }

    @Test
    void suppressSmallShowsLessThanFiveByUnitAndForASmallTotal() throws Exception {
        try (XSSFWorkbook wb = write(true)) {
            Sheet units = wb.getSheet("Phụ lục IV");
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(units.getRow(4).getCell(2))).isEqualTo("< 5");
            Row total = units.getRow(4 + 3);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            // 3 cases, 4 victims: a total from 1 to 4 is a small count too (one ward's table gave its "< 5" back)
            assertThat(f.formatCellValue(total.getCell(2))).isEqualTo("< 5");
            assertThat(f.formatCellValue(total.getCell(3))).isEqualTo("< 5");
            Sheet types = wb.getSheet("Phụ lục I");
            assertThat(types.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
    }
}
