package vn.atr.report.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The hand-written workbook parts, reopened with POI: every feature the report's appendix uses, and hostile text. */
class XlsxWriterTest {

    private static XSSFWorkbook roundTrip(XlsxWriter w, DocumentProperties p) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out, p);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void cellsStylesLayoutAndPropertiesReadBackAsWritten() throws Exception {
        XlsxWriter w = new XlsxWriter();
        int bold = w.style(CellFormat.of("Times New Roman", 12, true, false, "center", true)
                .wrapped().filled(CellFormat.PALE_BLUE));
        int number = w.style(CellFormat.of("Times New Roman", 12, false, false, "right", true).numbers("[$-42A]#,##0"));
        w.sheet("Bìa").text(0, 0, "Bìa", bold);
        Worksheet s = w.sheet("Phụ lục của O'Brien");
        s.defaultHeight(18);
        s.text(3, 0, "TT", bold);
        s.text(3, 2, "Số hoạt động", bold);
        s.height(3, 48);
        s.text(4, 1, "  A & B <c> \"d\"\u0001 ", bold);
        s.number(4, 2, 7, number);
        s.text(5, 1, "Xã thứ hai", bold);
        s.number(5, 2, 10_215, number);
        s.formula(6, 2, "SUM(C5:C6)", 10_222, number);
        s.blank(6, 3, number);
        s.merge(0, 0, 4);
        s.width(1, 30);
        s.freezeRows(4);
        s.repeatRow(3);
        s.centredOnPage();
        s.chart(new BarChart("Số hoạt động theo đơn vị", true, 3, 2, 1, 2, 4, 5, "1F4E79"), 6, 3, 14, 21);
        s.printArea(14, 21);

        try (XSSFWorkbook wb = roundTrip(w, new DocumentProperties("Sở Nội vụ", "Báo cáo & phụ lục", "Năm 2026",
                "mua bán người", "Sở Nội vụ", "Ủy ban nhân dân thành phố Hải Phòng", "ATR", "Dự thảo"))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet sheet = wb.getSheet("Phụ lục của O'Brien");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("  A & B <c> \"d\" ");
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(10_215);
            var total = sheet.getRow(6).getCell(2);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(C5:C6)");
            assertThat(total.getNumericCellValue()).isEqualTo(10_222);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0");
            assertThat(total.getCellStyle().getBorderTop()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            var header = sheet.getRow(3).getCell(0).getCellStyle();
            assertThat(header.getFont().getBold()).isTrue();
            assertThat(header.getFont().getFontName()).isEqualTo("Times New Roman");
            assertThat(header.getWrapText()).isTrue();
            assertThat(header.getFillForegroundColor()).isEqualTo((short) CellFormat.PALE_BLUE);
            assertThat(sheet.getRow(6).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(3).getHeightInPoints()).isEqualTo(48f);
            assertThat(sheet.getDefaultRowHeightInPoints()).isEqualTo(18f);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(30 * 256);
            assertThat(sheet.getMergedRegion(0).formatAsString()).isEqualTo("A1:E1");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(3);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(3);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getHorizontallyCenter()).isTrue();
            var area = new AreaReference(wb.getPrintArea(1), wb.getSpreadsheetVersion());
            assertThat(area.getLastCell().getCol()).isEqualTo((short) 14);
            assertThat(area.getLastCell().getRow()).isEqualTo(21);
            assertThat(wb.getForceFormulaRecalculation()).isTrue();

            var charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            String chart = charts.get(0).getCTChartSpace().xmlText();
            assertThat(chart).contains("barDir val=\"bar\"", "'Phụ lục của O''Brien'!$B$5:$B$6",
                    "'Phụ lục của O''Brien'!$C$5:$C$6", "'Phụ lục của O''Brien'!$C$4", "Số hoạt động theo đơn vị",
                    "<c:v>10215</c:v>", "orientation val=\"maxMin\"");
            var anchor = (XSSFClientAnchor) sheet.getDrawingPatriarch().getShapes().get(0).getAnchor();
            assertThat(anchor.getCol1()).isEqualTo((short) 6);
            assertThat(anchor.getRow2()).isEqualTo(21);
            assertThat(wb.getSheet("Bìa").getDrawingPatriarch()).isNull();

            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Sở Nội vụ");
            assertThat(core.getTitle()).isEqualTo("Báo cáo & phụ lục");
            assertThat(core.getContentStatus()).isEqualTo("Dự thảo");
            assertThat(core.getCreated()).isNotNull();
            var app = wb.getProperties().getExtendedProperties().getUnderlyingProperties();
            assertThat(app.getCompany()).isEqualTo("Sở Nội vụ");
            assertThat(app.getManager()).isEqualTo("Ủy ban nhân dân thành phố Hải Phòng");
        }
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(Worksheet.ref(0, 0)).isEqualTo("A1");
        assertThat(Worksheet.ref(9, 25)).isEqualTo("Z10");
        assertThat(Worksheet.ref(0, 26)).isEqualTo("AA1");
        assertThat(Worksheet.ref(0, 701)).isEqualTo("ZZ1");
        assertThat(Worksheet.ref(0, 702)).isEqualTo("AAA1");
    }
}
