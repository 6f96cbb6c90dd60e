package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.StoreTestSupport;

/**
 * A ward set up from the command line: its unit looked up by name, its own agency on the report (a new store's
 * defaults name the city's Department), a commune officer added by the ward's name.
 */
class AgencyCliTest {
    @TempDir
    Path dir;

    @Test
    void aWardLooksUpItsUnitSetsItsAgencyAndItsReportIsIssuedByIt() throws Exception {
        String db = dir.resolve("phuong.db").toString();
        CliTest.Run lookup = atr("units", "le chan", "--db", db);
        assertThat(lookup.exit()).as("a lookup before the store exists: " + lookup.err()).isZero();
        assertThat(lookup.out()).contains("10305012  Phường Lê Chân");
        assertThat(Files.exists(Path.of(db))).as("the lookup made no store").isFalse();
        assertThat(atr("init", "--db", db).exit()).isZero();

        CliTest.Run found = atr("units", "le chan", "--db", db);
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.out()).contains("10305012  Phường Lê Chân").doesNotContain("Quận Lê Chân");
        assertThat(atr("units", "le chan", "--all", "--db", db).out()).contains("305", "Quận Lê Chân", "đến 30/06/2025");
        JsonNode json = new ObjectMapper().readTree(atr("units", "lê  chân", "--json", "--db", db).out());
        assertThat(json).singleElement().satisfies(u -> assertThat(u.get("code").asText()).isEqualTo("10305012"));
        assertThat(atr("units", "an duong", "--all", "--db", db).out()).contains("An Dương")
                .doesNotContain("Dương Kinh");
        assertThat(atr("units", "khong co", "--db", db).out()).contains("Không có đơn vị nào đang còn hiệu lực");

        String before = StoreTestSupport.digest(Path.of(db));
        CliTest.Run unknown = atr("agency", "--db", db, "--unit", "Phường Không Có");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("Không có đơn vị nào tên \"Phường Không Có\"", "atr units");
        CliTest.Run dissolved = atr("agency", "--db", db, "--unit", "305");
        assertThat(dissolved.exit()).isEqualTo(1);
        assertThat(dissolved.err()).contains("Quận Lê Chân (305) đã giải thể sau ngày 30/06/2025");
        CliTest.Run cleared = atr("agency", "--db", db, "--issuing", "");
        assertThat(cleared.exit()).isEqualTo(1);
        assertThat(cleared.err()).contains("Cơ quan ban hành báo cáo: bắt buộc phải nhập");
        assertThat(StoreTestSupport.digest(Path.of(db))).as("a refusal changes nothing").isEqualTo(before);

        CliTest.Run set = atr("agency", "--db", db, "--superior", "", "--issuing", "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN",
                "--abbreviation", "UBND", "--place", "Lê Chân", "--signer-title", "TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH",
                "--unit", "10305012");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("Đã lưu.", "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN", "Phường Lê Chân (10305012)");
        assertThat(atr("agency", "--db", db).out()).as("only the options given change")
                .contains("Ủy ban nhân dân thành phố Hải Phòng", "CHỦ TỊCH");

        Path docx = dir.resolve("bc.docx");
        Path xlsx = dir.resolve("pl.xlsx");
        CliTest.Run report = atr("report", "--db", db, "--year", "2026", "--docx", docx.toString(), "--xlsx",
                xlsx.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("ỦY BAN NHÂN DÂN\nPHƯỜNG LÊ CHÂN", "/BC-UBND", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")
                    .doesNotContain("SỞ Y TẾ").doesNotContain("|");
        }

        String unsubmitted = StoreTestSupport.digest(Path.of(db));
        CliTest.Run held = atr("draft", "--db", db, "--period", "2026", "--submit");
        assertThat(held.exit()).as("nothing written yet: not submitted without --yes").isEqualTo(1);
        assertThat(held.err()).contains("Báo cáo còn phần chưa viết: số văn bản; ngày ban hành;", "họ tên người ký")
                .contains("Chưa nộp báo cáo kỳ", "--yes");
        assertThat(StoreTestSupport.digest(Path.of(db))).isEqualTo(unsubmitted);
        CliTest.Run submit = atr("draft", "--db", db, "--period", "2026", "--submit", "--yes");
        assertThat(submit.exit()).as(submit.err()).isZero();
        assertThat(submit.err()).as("said again before the figures are frozen")
                .contains("Báo cáo còn phần chưa viết: số văn bản; ngày ban hành;");
        assertThat(submit.out()).contains("Đã nộp báo cáo kỳ");
        assertThat(atr("draft", "--db", db, "--period", "2026", "--reopen", "--yes").exit()).as("--yes alone")
                .isEqualTo(2);

        try (InputStream in = Files.newInputStream(xlsx);
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            StringBuilder cover = new StringBuilder();
            wb.getSheetAt(0).forEach(r -> r.forEach(c -> cover.append(c.toString()).append('|')));
            assertThat(cover).as("the ward's own area, not the city's").contains("Toàn địa bàn phường Lê Chân")
                    .doesNotContain("Toàn địa bàn Hải Phòng");
        }

        Path pw = Files.writeString(dir.resolve("pw.txt"), "mat-khau-quan-tri-1\n");
        Path staffPw = Files.writeString(dir.resolve("staff.txt"), "mat-khau-can-bo-01\n");
        assertThat(atr("user", "list", "--db", db, "--admin", "quantri", "--password-file", pw.toString()).exit()).isZero();
        CliTest.Run added = atr("user", "add", "canbo", "--role", "COMMUNE_STAFF", "--unit", "Phường Lê Chân",
                "--new-password-file", staffPw.toString(), "--db", db, "--user", "quantri", "--password-file", pw.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        CliTest.Run noLogin = atr("units", "kien an", "--db", db);
        assertThat(noLogin.exit()).as("reference data needs no login: " + noLogin.err()).isZero();
        assertThat(noLogin.out()).contains("Phường Kiến An");
        assertThat(StoreTestSupport.text(Path.of(db), "SELECT unit_code FROM app_user WHERE name = 'canbo'"))
                .isEqualTo("10305012");
    }
}
