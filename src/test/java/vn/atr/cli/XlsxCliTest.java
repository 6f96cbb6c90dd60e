package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.StoreTestSupport;

/** {@code atr template} and {@code atr import-xlsx}: files, exit codes, one-line reasons, the store. */
class XlsxCliTest {
    @TempDir
    Path dir;

    @Test
    void templateThenImportWithExitCodes() throws Exception {
        String db = dir.resolve("s.db").toString();
        Path template = dir.resolve("mau.xlsx");
        assertThat(atr("template", "--db", db, "--out", template.toString()).exit()).isEqualTo(1); // no store yet
        assertThat(atr("init", "--db", db).exit()).isZero();
        CliTest.Run t = atr("template", "--db", db, "--out", template.toString());
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains("mau.xlsx");

        Path filled = dir.resolve("phuong.xlsx");
        fill(template, filled, Map.of(1, new Object[] {"304", "Buổi tuyên truyền", "14/12/2023", 120},
                2, new Object[] {"304", "Buổi tuyên truyền", "31/11/2023", 80}));
        String before = StoreTestSupport.recordsDigest(Path.of(db));
        CliTest.Run refused = atr("import-xlsx", "--db", db, filled.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("Hoạt động, dòng 3, cột Ngày bắt đầu: 31/11/2023 không tồn tại");
        assertThat(refused.err().strip().lines().count()).isEqualTo(1);
        assertThat(refused.err()).startsWith("atr: Tệp phuong.xlsx có 1 ô không hợp lệ");
        assertThat(StoreTestSupport.recordsDigest(Path.of(db))).isEqualTo(before);

        CliTest.Run dry = atr("import-xlsx", "--db", db, "--dry-run", filled.toString());
        assertThat(dry.exit()).isEqualTo(1);
        CliTest.Run dryValid = atr("import-xlsx", "--db", db, "--dry-run", "--valid-only", filled.toString());
        assertThat(dryValid.exit()).isZero(); // the valid rows could be imported
        assertThat(dryValid.out()).contains("Chạy thử (--dry-run): 1 dòng hợp lệ, 1 ô không hợp lệ; không ghi gì"
                + " (mới 1, cập nhật 0, không đổi 0)");
        assertThat(StoreTestSupport.recordsDigest(Path.of(db))).isEqualTo(before);

        CliTest.Run partial = atr("import-xlsx", "--db", db, "--valid-only", filled.toString());
        assertThat(partial.exit()).as(partial.err()).isZero();
        assertThat(partial.out()).contains("Đã nhập 1 bản ghi từ phuong.xlsx (mới 1, cập nhật 0, không đổi 0)");
        assertThat(StoreTestSupport.count(Path.of(db), "SELECT count(*) FROM activity")).isEqualTo(1);

        // The same file again: its valid row is the record it made (ADR 0032), so nothing is written twice.
        CliTest.Run again = atr("import-xlsx", "--db", db, "--valid-only", filled.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("đã được nhập trước đây", "đã có trong dữ liệu và không đổi; không ghi gì");
        assertThat(again.out()).as("when and what, in words").containsPattern(
                "đã được nhập trước đây \\(\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d: mới 1, cập nhật 0, không đổi 0\\)")
                .doesNotContain("added");
        assertThat(StoreTestSupport.count(Path.of(db), "SELECT count(*) FROM activity")).isEqualTo(1);
        assertThat(StoreTestSupport.count(Path.of(db), "SELECT count(*) FROM audit_log WHERE action = 'import.refused'"))
                .isEqualTo(1); // the first, refused, import

        CliTest.Run missing = atr("import-xlsx", "--db", db, dir.resolve("none.xlsx").toString());
        assertThat(missing.exit()).isEqualTo(1);
        Path notXlsx = Files.writeString(dir.resolve("x.xlsx"), "not a workbook");
        CliTest.Run broken = atr("import-xlsx", "--db", db, notXlsx.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).startsWith("atr: Không đọc được tệp Excel x.xlsx");
        assertThat(atr("import-xlsx", "--db", db).exit()).isEqualTo(2);

        // A ward's own header ("Ngày" for "Ngày bắt đầu"): the sheet cannot be read, and --valid-only does not skip it
        Path ownHeaders = dir.resolve("rieng.xlsx");
        fill(template, ownHeaders, Map.of(1, new Object[] {"304", "Buổi tuyên truyền", "15/11/2023", 30}));
        try (InputStream in = Files.newInputStream(ownHeaders); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Hoạt động").getRow(0).getCell(2).setCellValue("Ngày");
            try (OutputStream os = Files.newOutputStream(ownHeaders)) {
                wb.write(os);
            }
        }
        String beforeOwn = StoreTestSupport.recordsDigest(Path.of(db));
        for (boolean dryRun : new boolean[] {true, false}) {
            CliTest.Run sheet = dryRun ? atr("import-xlsx", "--db", db, "--valid-only", "--dry-run", ownHeaders.toString())
                    : atr("import-xlsx", "--db", db, "--valid-only", ownHeaders.toString());
            assertThat(sheet.exit()).isEqualTo(1);
            assertThat(sheet.out()).contains("thiếu cột bắt buộc \"Ngày bắt đầu\"");
            assertThat(sheet.err()).contains("có trang không đọc được", "--valid-only chỉ bỏ qua các dòng sai")
                    .doesNotContain("không có dòng dữ liệu nào");
        }
        assertThat(StoreTestSupport.recordsDigest(Path.of(db))).isEqualTo(beforeOwn);
    }

    private static void fill(Path template, Path out, Map<Integer, Object[]> rows) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Hoạt động");
            rows.forEach((r, values) -> {
                Row row = sheet.createRow(r);
                // Template order: unit, type, start date, end date, title, lead, partners, topics, target, participants.
                row.createCell(0).setCellValue((String) values[0]);
                row.createCell(1).setCellValue((String) values[1]);
                row.createCell(2).setCellValue((String) values[2]);
                row.createCell(9).setCellValue(((Integer) values[3]).doubleValue());
            });
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }
}
