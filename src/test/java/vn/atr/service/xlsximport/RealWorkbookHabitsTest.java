package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.service.Services;

/**
 * Workbooks filled as ward staff fill them: a column renamed, a sheet copied, a sum row, text in TCVN3, a
 * non-breaking space after a code, a LibreOffice or text file. Each is refused with what to do, or read as meant;
 * none stores something wrong while the import succeeds.
 */
class RealWorkbookHabitsTest {
    private static final String WARD = "10301008"; // Phường Hồng Bàng

    @TempDir
    Path dir;

    private Path template(Services s) {
        Path template = dir.resolve("mau.xlsx");
        s.xlsx().writeTemplate(template);
        return template;
    }

    private Path filled(Services s, String name, Map<String, Object> row) throws Exception {
        Path out = dir.resolve(name);
        XlsxFixture.fill(template(s), out, Map.of("Hoạt động", List.of(row)));
        return out;
    }

    /** Reopens {@code file} and lets {@code change} edit it in place. */
    private static void edit(Path file, java.util.function.Consumer<XSSFWorkbook> change) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            change.accept(wb);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
    }

    private static List<String> problems(XlsxImportResult r) {
        return r.problems().stream().map(XlsxProblem::message).toList();
    }

    @Test
    void aRenamedColumnWithFiguresIsRefusedNotReadAsNothing() throws Exception {
        try (Services s = Services.open(dir.resolve("a.db"))) {
            Path file = filled(s, "renamed.xlsx", XlsxFixture.outreachRow(WARD, "05/11/2026", 120));
            edit(file, wb -> {
                Sheet sheet = wb.getSheet("Hoạt động");
                var header = sheet.getRow(0);
                for (var c : header) {
                    if (c.getStringCellValue().startsWith("Số lượt người tham dự")) {
                        c.setCellValue("Số người tham dự");
                    }
                }
            });
            XlsxImportResult r = s.xlsx().importFile(file, false, false);
            assertThat(r.written()).isFalse();
            assertThat(problems(r)).singleElement().asString().contains("có cột \"Số người tham dự\" không có trong mẫu")
                    .contains("thiếu cột \"Số lượt người tham dự\"");
            assertThat(s.repositories().activities().countActive()).isZero();
            // a name unlike the template's, but a column of numbers only: the figures all the same
            edit(file, wb -> {
                for (var c : wb.getSheet("Hoạt động").getRow(0)) {
                    if (c.getStringCellValue().equals("Số người tham dự")) {
                        c.setCellValue("SL");
                    }
                }
            });
            assertThat(problems(s.xlsx().importFile(file, false, false))).singleElement().asString()
                    .contains("có cột \"SL\" không có trong mẫu");
            edit(file, wb -> { // a row-number column is no figure: read, its missing participants a warning only
                for (var c : wb.getSheet("Hoạt động").getRow(0)) {
                    if (c.getStringCellValue().equals("SL")) {
                        c.setCellValue("STT");
                    }
                }
            });
            assertThat(s.xlsx().importFile(file, false, false).written()).isTrue();
        }
    }

    /** Merged unit cells read as empty below their first row: the refusal's "bắt buộc" is explained. */
    @Test
    void mergedCellsAreNamedBesideTheEmptyCellsTheyMake() throws Exception {
        try (Services s = Services.open(dir.resolve("m.db"))) {
            Path file = dir.resolve("merged.xlsx");
            XlsxFixture.fill(template(s), file, Map.of("Hoạt động", List.of(
                    XlsxFixture.outreachRow(WARD, "05/11/2026", 50), XlsxFixture.outreachRow(WARD, "06/11/2026", 60))));
            edit(file, wb -> {
                Sheet sheet = wb.getSheet("Hoạt động");
                sheet.getRow(2).getCell(0).setBlank();
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 0, 0));
            });
            XlsxImportResult r = s.xlsx().importFile(file, false, false);
            assertThat(r.written()).isFalse();
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("có ô gộp (A2:A3)", "bỏ gộp ô"));

            // a title merged across the top, above the header, holds no data: not said
            Path titled = dir.resolve("titled.xlsx");
            XlsxFixture.fill(template(s), titled, Map.of("Hoạt động", List.of(
                    XlsxFixture.outreachRow(WARD, "05/11/2026", 50))));
            edit(titled, wb -> {
                Sheet sheet = wb.getSheet("Hoạt động");
                sheet.shiftRows(0, sheet.getLastRowNum(), 2);
                sheet.createRow(0).createCell(0).setCellValue("KẾT QUẢ TUYÊN TRUYỀN NĂM 2026");
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 5));
            });
            XlsxImportResult t = s.xlsx().importFile(titled, true, false);
            assertThat(problems(t)).isEmpty();
            assertThat(t.warnings()).noneMatch(w -> w.contains("ô gộp"));
        }
    }

    @Test
    void aCopiedSheetIsRefusedRatherThanSkipped() throws Exception {
        try (Services s = Services.open(dir.resolve("b.db"))) {
            Path file = filled(s, "copied.xlsx", XlsxFixture.outreachRow(WARD, "05/11/2026", 120));
            edit(file, wb -> wb.setSheetName(wb.getSheetIndex(wb.cloneSheet(wb.getSheetIndex("Hoạt động"))),
                    "Hoạt động (2)"));
            XlsxImportResult r = s.xlsx().importFile(file, false, false);
            assertThat(r.written()).isFalse();
            assertThat(problems(r)).anySatisfy(p -> assertThat(p).contains("trang \"Hoạt động (2)\" không phải trang"
                    + " của mẫu").contains("chép các dòng sang trang \"Hoạt động\""));
        }
    }

    @Test
    void aSumRowTextInTcvn3AndNonBreakingSpaces() throws Exception {
        try (Services s = Services.open(dir.resolve("c.db"))) {
            Map<String, Object> total = new java.util.LinkedHashMap<>(XlsxFixture.outreachRow(WARD, "05/11/2026", 300));
            total.put(XlsxFixture.header("title"), "Tổng cộng");
            Path sum = filled(s, "sum.xlsx", total);
            assertThat(problems(s.xlsx().importFile(sum, false, false))).singleElement().asString()
                    .contains("\"Tổng cộng\" là dòng cộng, không phải một bản ghi");
            // several topics separated by commas, as staff write lists, typed without marks
            Map<String, Object> commas = new java.util.LinkedHashMap<>(XlsxFixture.outreachRow(WARD, "06/11/2026", 40));
            commas.put(XlsxFixture.header("topics"), "ma tuy, mai dam");
            commas.put(XlsxFixture.header("title"), "Tuyên truyền lồng ghép");
            XlsxImportResult listed = s.xlsx().importFile(filled(s, "phay.xlsx", commas), true, false);
            assertThat(problems(listed)).isEmpty();
            // the usual one: the label in the first column, the figures summed, nothing else: said once, as such
            Map<String, Object> usual = new java.util.LinkedHashMap<>();
            usual.put(XlsxFixture.header("unitCode"), "Tổng cộng");
            usual.put(XlsxFixture.header("participants"), 300);
            assertThat(problems(s.xlsx().importFile(filled(s, "tong.xlsx", usual), false, false))).singleElement()
                    .asString().contains("dòng 2", "\"Tổng cộng\" là dòng cộng, không phải một bản ghi: xóa dòng này");

            Map<String, Object> legacy = new java.util.LinkedHashMap<>(XlsxFixture.outreachRow(WARD, "05/11/2026", 80));
            legacy.put(XlsxFixture.header("title"), "TËp huÊn phßng, chèng mua b¸n ng\u00adêi");
            assertThat(problems(s.xlsx().importFile(filled(s, "tcvn3.xlsx", legacy), false, false))).singleElement()
                    .asString().contains("bảng mã cũ (TCVN3 hoặc VNI)");
            assertThat(s.repositories().activities().countActive()).isZero();

            Map<String, Object> spaced = new java.util.LinkedHashMap<>(XlsxFixture.outreachRow(WARD, "05/11/2026", 80));
            spaced.put(XlsxFixture.header("title"), "Tuyên truyền tại chợ\u00a0");
            Path nbsp = filled(s, "nbsp.xlsx", spaced);
            edit(nbsp, wb -> { // hidden, the row and the sheet's tab: still read, and said
                wb.getSheet("Hoạt động").getRow(1).setZeroHeight(true);
                wb.setSheetHidden(wb.getSheetIndex("Hoạt động"), true);
            });
            XlsxImportResult r = s.xlsx().importFile(nbsp, false, false);
            assertThat(r.written()).as("%s", problems(r)).isTrue();
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("1 dòng đang ẩn vẫn được nhập", "(dòng 2)"))
                    .anySatisfy(w -> assertThat(w).startsWith("Trang Hoạt động đang ẩn trong Excel nhưng vẫn được nhập"));
            assertThat(s.repositories().activities().listActive()).singleElement()
                    .satisfies(a -> assertThat(a.title()).isEqualTo("Tuyên truyền tại chợ"));
        }
    }

    /** A half-year's figure and the whole year's, typed as two, would be added up: the form and the workbook refuse. */
    @Test
    void overlappingFiguresOfOneUnitAndIndicatorAreRefusedOnEveryPath() throws Exception {
        try (Services s = Services.open(dir.resolve("e.db"))) {
            s.metrics().save(new vn.atr.domain.OutreachMetric(vn.atr.domain.Meta.fresh("an"), WARD,
                    vn.atr.domain.OutreachMetric.WEBSITE_VISITS, java.time.LocalDate.of(2026, 1, 1),
                    java.time.LocalDate.of(2026, 6, 30), 1_500, null), "an");
            var form = org.assertj.core.api.Assertions.catchThrowableOfType(vn.atr.domain.ValidationException.class,
                    () -> s.metrics().save(new vn.atr.domain.OutreachMetric(vn.atr.domain.Meta.fresh("an"), WARD,
                            vn.atr.domain.OutreachMetric.WEBSITE_VISITS, java.time.LocalDate.of(2026, 1, 1),
                            java.time.LocalDate.of(2026, 11, 30), 4_000, null), "an"));
            assertThat(form.getMessage()).contains("đã có số liệu chỉ số này của đơn vị cho thời gian từ 01/01/2026"
                    + " đến 30/06/2026 (1.500)");

            Map<String, Object> second = new java.util.LinkedHashMap<>();
            second.put(XlsxFixture.header("unitCode"), WARD);
            second.put(XlsxFixture.header("metricType"), "Lượt truy cập trang thông tin điện tử");
            second.put(XlsxFixture.header("periodFrom"), "01/07/2026");
            second.put(XlsxFixture.header("periodTo"), "30/11/2026");
            second.put(XlsxFixture.header("value"), 2_500);
            Map<String, Object> again = new java.util.LinkedHashMap<>(second);
            again.put(XlsxFixture.header("periodFrom"), "01/10/2026");
            Path file = dir.resolve("chi-so.xlsx");
            XlsxFixture.fill(template(s), file, Map.of("Chỉ số", List.of(second, again)));
            XlsxImportResult r = s.xlsx().importFile(file, false, false);
            assertThat(r.written()).isFalse();
            assertThat(problems(r)).singleElement().asString().contains("dòng 3")
                    .contains("trùng thời gian với số liệu cùng chỉ số, cùng đơn vị ở dòng 2");
            assertThat(s.repositories().metrics().listActive()).hasSize(1);
        }
    }

    /** A figure of a district dissolved on 30/06/2025 may not run past that day, on either path. */
    @Test
    void aFigureOfADissolvedDistrictEndsWithIt() throws Exception {
        try (Services s = Services.open(dir.resolve("f.db"))) {
            var form = org.assertj.core.api.Assertions.catchThrowableOfType(vn.atr.domain.ValidationException.class,
                    () -> s.metrics().save(new vn.atr.domain.OutreachMetric(vn.atr.domain.Meta.fresh("an"), "304",
                            vn.atr.domain.OutreachMetric.WEBSITE_VISITS, java.time.LocalDate.of(2025, 6, 1),
                            java.time.LocalDate.of(2025, 8, 31), 900, null), "an"));
            assertThat(form.getMessage()).contains("không còn sau ngày 30/06/2025", "31/08/2025");
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put(XlsxFixture.header("unitCode"), "304");
            row.put(XlsxFixture.header("metricType"), "Lượt truy cập trang thông tin điện tử");
            row.put(XlsxFixture.header("periodFrom"), "01/06/2025");
            row.put(XlsxFixture.header("periodTo"), "31/08/2025");
            row.put(XlsxFixture.header("value"), 900);
            Path file = dir.resolve("quan.xlsx");
            XlsxFixture.fill(template(s), file, Map.of("Chỉ số", List.of(row)));
            XlsxImportResult r = s.xlsx().importFile(file, false, false);
            assertThat(r.written()).isFalse();
            assertThat(problems(r)).singleElement().asString().contains("không còn sau ngày 30/06/2025");
            assertThat(s.repositories().metrics().countActive()).isZero();
        }
    }

    @Test
    void aLibreOfficeOrTextFileIsNamedForWhatItIs() throws Exception {
        try (Services s = Services.open(dir.resolve("d.db"))) {
            Path csv = Files.writeString(dir.resolve("du-lieu.xlsx"), "Đơn vị,Loại hoạt động\n10301008,Tập huấn\n");
            assertThat(catchMessage(() -> s.xlsx().importFile(csv, false, false))).contains("tệp là văn bản (CSV hoặc TXT)");
            Path ods = dir.resolve("bang.ods");
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
                zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes());
                zip.closeEntry();
            }
            assertThat(catchMessage(() -> s.xlsx().importFile(ods, false, false))).contains("OpenDocument (.ods)");
        }
    }

    private static String catchMessage(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call).getMessage();
    }
}
