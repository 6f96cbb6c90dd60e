package vn.atr.format.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming reader on a real workbook written by POI's usermodel: every kind of cell Excel stores. */
class XlsxStreamReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryKindOfCellAsAUserSeesIt() throws Exception {
        Path file = dir.resolve("cells.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Hoạt động");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            Row r = sheet.createRow(4);
            XSSFRichTextString rich = new XSSFRichTextString("Tuyên truyền lưu động");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 12, bold);
            r.createCell(0).setCellValue(rich);
            r.createCell(1).setCellValue(1200);
            r.getCell(1).setCellStyle(grouped);
            r.createCell(2).setCellValue(12.5);
            r.createCell(3).setCellValue(LocalDate.of(2023, 12, 14));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellValue(true);
            r.createCell(5).setCellFormula("100+20");
            r.createCell(6).setCellFormula("1/0");
            r.createCell(27).setCellValue("  ");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            r.createCell(7).setCellFormula("A1"); // never evaluated: no stored result
            wb.createSheet("Trống");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        List<String> sheets = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<XlsxCell> cells = new ArrayList<>();
        XlsxStreamReader.read(file, new XlsxStreamReader.Sink() {
            @Override
            public boolean sheet(String name) {
                sheets.add(name);
                return true;
            }

            @Override
            public void row(int rowNumber, List<XlsxCell> c) {
                rows.add(rowNumber);
                cells.addAll(c);
            }
        });
        assertThat(sheets).containsExactly("Hoạt động", "Trống");
        assertThat(rows).containsExactly(5);
        assertThat(cells).containsExactly(
                new XlsxCell(0, "Tuyên truyền lưu động", XlsxCell.Type.TEXT),
                new XlsxCell(1, "1200", XlsxCell.Type.NUMBER),
                new XlsxCell(2, "12.5", XlsxCell.Type.NUMBER),
                new XlsxCell(3, "14/12/2023", XlsxCell.Type.DATE),
                new XlsxCell(4, "1", XlsxCell.Type.BOOLEAN),
                new XlsxCell(5, "120", XlsxCell.Type.NUMBER),
                new XlsxCell(6, "#DIV/0!", XlsxCell.Type.ERROR),
                new XlsxCell(7, "", XlsxCell.Type.FORMULA_WITHOUT_VALUE));
        assertThat(SheetRowHandler.columnOf("AB12")).isEqualTo(27);
    }

    @Test
    void datesOfA1904WorkbookAreReadInItsDateSystem() throws Exception {
        Path file = dir.resolve("mac-1904.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var ct = wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            assertThat(wb.isDate1904()).isTrue();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row r = wb.createSheet("Hoạt động").createRow(0);
            r.createCell(0).setCellValue(LocalDate.of(2023, 12, 14)); // stored as a 1904 serial number
            r.getCell(0).setCellStyle(date);
            assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(43_812); // 45,274 in the 1900 system
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        List<XlsxCell> cells = new ArrayList<>();
        XlsxStreamReader.read(file, new XlsxStreamReader.Sink() {
            @Override
            public boolean sheet(String name) {
                return true;
            }

            @Override
            public void row(int rowNumber, List<XlsxCell> c) {
                cells.addAll(c);
            }
        });
        assertThat(cells).containsExactly(new XlsxCell(0, "14/12/2023", XlsxCell.Type.DATE));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithItsName() throws Exception {
        Path file = Files.write(dir.resolve("danh-sach.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> XlsxStreamReader.read(file, null)).isInstanceOf(XlsxFormatException.class)
                .hasMessageStartingWith("Không đọc được tệp Excel danh-sach.xlsx");
    }
}
