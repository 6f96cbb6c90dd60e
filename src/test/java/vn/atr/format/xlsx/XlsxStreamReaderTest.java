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
        Read read = read(file);
        List<String> sheets = read.sheets();
        List<Integer> rows = read.rows();
        List<XlsxCell> cells = read.cells();
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

    /** Some programs write a formula they did not compute with an empty value element: no result either. */
    @Test
    void aFormulaWithAnEmptyValueElementHasNoResult() throws Exception {
        List<XlsxCell> cells = new ArrayList<>();
        SheetRowHandler handler = new SheetRowHandler(List.of(), null, false, new XlsxStreamReader.Sink() {
            @Override
            public boolean sheet(String name) {
                return true;
            }

            @Override
            public void row(int rowNumber, List<XlsxCell> c) {
                cells.addAll(c);
            }
        });
        String xml = "<worksheet><sheetData><row r=\"2\"><c r=\"A2\"><f>40+60</f><v/></c>"
                + "<c r=\"B2\" t=\"str\"><f>IF(1=1,\"\",\"x\")</f><v></v></c>"
                + "<c r=\"C2\"><f>DATE(2026,5,3)</f></c><c r=\"D2\"><f>2+3</f><v>5</v></c></row></sheetData></worksheet>";
        javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), handler);
        assertThat(cells).containsExactly(new XlsxCell(0, "", XlsxCell.Type.FORMULA_WITHOUT_VALUE),
                new XlsxCell(2, "", XlsxCell.Type.FORMULA_WITHOUT_VALUE), new XlsxCell(3, "5", XlsxCell.Type.NUMBER));
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
        assertThat(read(file).cells()).containsExactly(new XlsxCell(0, "14/12/2023", XlsxCell.Type.DATE));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithItsName() throws Exception {
        Path file = Files.write(dir.resolve("danh-sach.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> XlsxStreamReader.read(file, null)).isInstanceOf(XlsxFormatException.class)
                .hasMessageStartingWith("Không đọc được tệp Excel danh-sach.xlsx: tệp không mở được như một sổ làm việc"
                        + " Excel .xlsx: tệp có thể đã bị hỏng, chép chưa hết");
    }

    /** A zip that is not a workbook, and a workbook missing a sheet its relationships name: said in words. */
    @Test
    void aZipWithoutAWorkbookOrWithAMissingPartIsRefusedInTheUsersWords() throws Exception {
        Path other = dir.resolve("anh.xlsx");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
            out.putNextEntry(new java.util.zip.ZipEntry("anh.txt"));
            out.write("không phải sổ Excel".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> read(other)).isInstanceOf(XlsxFormatException.class)
                .hasMessage("Không đọc được tệp Excel anh.xlsx: tệp là tệp nén nhưng không có sổ làm việc Excel bên"
                        + " trong (có thể là loại tệp khác được đổi đuôi thành .xlsx)");

        Path missing = withSheet("thieu.xlsx", null);
        assertThatThrownBy(() -> read(missing)).isInstanceOf(XlsxFormatException.class)
                .hasMessage("Không đọc được tệp Excel thieu.xlsx: tệp thiếu phần xl/worksheets/sheet1.xml mà sổ làm"
                        + " việc cần; tệp có thể đã bị hỏng: hãy mở bằng Excel rồi lưu lại");
    }

    /** A sheet part whose XML breaks off: the part, line and column, in Vietnamese, without the parser's English. */
    @Test
    void aDamagedSheetPartIsNamedWithItsLineAndColumn() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ô</t></c>";
        Path file = withSheet("hong.xlsx", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(file)).isInstanceOf(XlsxFormatException.class)
                .hasMessageStartingWith("Không đọc được tệp Excel hong.xlsx: phần xl/worksheets/sheet1.xml của tệp bị"
                        + " hỏng hoặc có nội dung mà tệp Excel bình thường không có (dòng 3, cột ")
                .hasMessageEndingWith("của phần đó); hãy mở tệp bằng Excel rồi lưu lại, hoặc hỏi lại người gửi tệp");
    }

    /** An .xls workbook, or an .xlsx encrypted with an open password (both OLE2 files), is named as such. */
    @Test
    void anOldOrPasswordProtectedWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("so-lieu.xlsx");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Hoạt động").createRow(0).createCell(0).setCellValue("ô");
            wb.write(out);
        }
        assertThatThrownBy(() -> read(file)).isInstanceOf(XlsxFormatException.class)
                .hasMessage("Không đọc được tệp Excel so-lieu.xlsx: đây là tệp Excel cũ (.xls) hoặc tệp có đặt mật khẩu"
                        + " mở; hãy mở bằng Excel, bỏ mật khẩu nếu có và lưu lại dạng \"Sổ làm việc Excel (.xlsx)\"");
    }

    /**
     * A workbook as Excel writes it, with the sheet part replaced by {@code sheetXml} (left out if null), zipped as
     * given.
     */
    private Path withSheet(String name, byte[] sheetXml) throws Exception {
        Path plain = dir.resolve("plain-" + name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("Hoạt động").createRow(0).createCell(0).setCellValue("ô");
            wb.write(out);
        }
        Path file = dir.resolve(name);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(plain.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : java.util.Collections.list(in.entries())) {
                boolean sheet = e.getName().equals("xl/worksheets/sheet1.xml");
                if (sheet && sheetXml == null) {
                    continue; // the sheet left out, its relationship kept
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(sheet ? sheetXml : in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
        }
        return file;
    }

    /** What the reader hands over: every sheet's name, and each row's number and cells, in order. */
    private record Read(List<String> sheets, List<Integer> rows, List<XlsxCell> cells) {
    }

    private static Read read(Path file) {
        Read read = new Read(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        XlsxStreamReader.read(file, new XlsxStreamReader.Sink() {
            @Override
            public boolean sheet(String name) {
                read.sheets().add(name);
                return true;
            }

            @Override
            public void row(int rowNumber, List<XlsxCell> c) {
                read.rows().add(rowNumber);
                read.cells().addAll(c);
            }
        });
        return read;
    }

    /**
     * A sheet part that declares entities (one naming a local file, one multiplying itself) is refused with the
     * file's name: the parser expands no declared entity, so nothing of the file is read and nothing multiplies.
     */
    @Test
    void aSheetThatDeclaresEntitiesIsRefusedWithoutReadingThem() throws Exception {
        Path secret = Files.writeString(dir.resolve("mat-khau.txt"), "bí mật");
        String doctype = "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        for (String entity : List.of("secret", "c")) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&" + entity + ";</t></is></c></row>"
                    + "</sheetData></worksheet>";
            Path file = withSheet(entity + ".xlsx", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThatThrownBy(() -> read(file)).isInstanceOf(XlsxFormatException.class)
                    .hasMessageStartingWith("Không đọc được tệp Excel " + entity + ".xlsx: phần xl/worksheets/sheet1.xml"
                            + " của tệp bị hỏng hoặc có nội dung mà tệp Excel bình thường không có (dòng 1, cột ")
                    .hasMessageNotContaining("bí mật");
        }
    }

    /** A part that inflates past a hundred times its compressed size is refused before it fills the memory. */
    @Test
    void aPartThatInflatesLikeABombIsRefused() throws Exception {
        byte[] head = ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bomb = java.util.Arrays.copyOf(head, 64 << 20); // then 64 MB of spaces, a few hundred KB zipped
        java.util.Arrays.fill(bomb, head.length, bomb.length, (byte) ' ');
        Path file = withSheet("bom.xlsx", bomb);
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(file)).isInstanceOf(XlsxFormatException.class)
                .hasMessage("Không đọc được tệp Excel bom.xlsx: phần xl/worksheets/sheet1.xml khi giải nén lớn hơn 100"
                        + " lần kích thước nén, điều mà tệp Excel bình thường không có; ATR không đọc tệp này để bảo vệ"
                        + " máy. Hãy mở bằng Excel rồi lưu lại, hoặc hỏi lại người gửi tệp");
    }

    /**
     * Parts found through the relationships as other programs write them: an absolute target, a prefixed
     * namespace, part names in another case, a chart sheet between the worksheets.
     */
    @Test
    void partsAreFoundThroughTheirRelationshipsWhateverTheirNames() throws Exception {
        Path file = dir.resolve("khac.xlsx");
        String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"" + rel + "/officeDocument\" Target=\"/XL/Book.xml\"/></Relationships>");
        parts.put("XL/_rels/Book.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"s1\" Type=\"" + rel + "/worksheet\" Target=\"sheets/a.xml\"/>"
                + "<Relationship Id=\"c1\" Type=\"" + rel + "/chartsheet\" Target=\"charts/c.xml\"/>"
                + "<Relationship Id=\"s2\" Type=\"" + rel + "/worksheet\" Target=\"/XL/sheets/../sheets/b.xml\"/>"
                + "<Relationship Id=\"t\" Type=\"" + rel + "/sharedStrings\" Target=\"strings.xml\"/></Relationships>");
        parts.put("XL/Book.xml", "<x:workbook xmlns:x=\"" + ns + "\" xmlns:rr=\"" + rel + "\"><x:sheets>"
                + "<x:sheet name=\"Một\" sheetId=\"1\" rr:id=\"s1\"/><x:sheet name=\"Biểu đồ\" sheetId=\"2\" rr:id=\"c1\"/>"
                + "<x:sheet name=\"Hai\" sheetId=\"3\" rr:id=\"s2\"/></x:sheets></x:workbook>");
        parts.put("XL/strings.xml", "<x:sst xmlns:x=\"" + ns + "\"><x:si><x:t>Tập huấn &amp; truyền thông</x:t></x:si></x:sst>");
        parts.put("xl/sheets/a.xml", "<x:worksheet xmlns:x=\"" + ns + "\"><x:sheetData><x:row r=\"2\">"
                + "<x:c r=\"B2\" t=\"s\"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>");
        parts.put("XL/sheets/b.xml", "<worksheet xmlns=\"" + ns + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\"><v>1200</v></c></row></sheetData></worksheet>");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var p : parts.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
                out.write(p.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Read read = read(file);
        List<String> cells = new ArrayList<>();
        assertThat(read.cells()).hasSameSizeAs(read.rows()); // one cell a row: row numbers pair with cells
        for (int i = 0; i < read.cells().size(); i++) {
            XlsxCell c = read.cells().get(i);
            cells.add(read.rows().get(i) + ":" + c.column() + ":" + c.text());
        }
        List<String> sheets = read.sheets();
        assertThat(sheets).containsExactly("Một", "Hai");
        assertThat(cells).containsExactly("2:1:Tập huấn & truyền thông", "1:0:1200");
    }
}
