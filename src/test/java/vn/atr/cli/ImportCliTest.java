package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.UnitLevel;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/** {@code atr import FILE...}: several packages as one import, all of them or none. */
class ImportCliTest {
    @TempDir
    Path dir;

    @Test
    void severalPackagesAreOneImportAndADamagedOneRefusesAll() throws Exception {
        List<String> files = new ArrayList<>();
        long records;
        try (Services wards = Services.open(dir.resolve("wards.db"))) {
            records = wards.generator().generate(new DataGenerator.Spec(3, 60, 3, 5, 2026)).activities();
            for (AdminUnit u : wards.repositories().units().listByLevel(UnitLevel.COMMUNE).subList(0, 3)) {
                Path p = dir.resolve(u.code() + ".atrpkg");
                wards.exchange().export(u.code(), ReportPeriod.ofYear(2026), p, null);
                files.add(p.toString());
            }
        }
        Path city = dir.resolve("city.db");
        assertThat(atr("init", "--db", city.toString()).exit()).isZero();
        // The city enrols the wards' installation from its key file (ADR 0080).
        Path key = dir.resolve("wards.key");
        assertThat(atr("trust", "export-key", "--db", dir.resolve("wards.db").toString(), "--out", key.toString())
                .exit()).isZero();
        assertThat(atr("trust", "add", "--db", city.toString(), "--key", key.toString()).exit()).isZero();
        byte[] raw = Files.readAllBytes(Path.of(files.get(1)));
        raw[raw.length / 2] ^= 0x01;
        Path damaged = Files.write(dir.resolve("hong.atrpkg"), raw);
        String before = StoreTestSupport.recordsDigest(city); // the refusal itself is audited

        CliTest.Run refused = atr("import", "--db", city.toString(), files.get(0), damaged.toString(), files.get(2));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip().lines().count()).isEqualTo(1);
        assertThat(refused.err()).startsWith("atr: Gói hong.atrpkg bị từ chối").contains(". Không gói nào được ghi.")
                .doesNotContain("..");
        Path typo = dir.resolve("thanhpo.db");
        CliTest.Run typed = atr("import", "--db", typo.toString(), "--dry-run", files.get(0));
        assertThat(typed.exit()).as("a dry run on a store that is not there").isEqualTo(1);
        assertThat(typed.err()).contains("thanhpo.db");
        assertThat(typo).as("nothing written, no store made").doesNotExist();
        assertThat(Path.of(typo + ".lock")).doesNotExist();
        CliTest.Run noFolder = atr("sample", "--db", typo.toString(), "--dir", dir.resolve("khong-co").toString());
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).contains("Không có thư mục dữ liệu mẫu");
        assertThat(typo).doesNotExist();
        Path workbook = dir.resolve("phuong.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(workbook)) {
            wb.createSheet("Hoạt động").createRow(0).createCell(0).setCellValue("Đơn vị");
            wb.write(out);
        }
        CliTest.Run excel = atr("import", "--db", city.toString(), workbook.toString());
        assertThat(excel.exit()).isEqualTo(1);
        assertThat(excel.err()).contains("tài liệu Office").contains("atr import-xlsx").doesNotContain("không an toàn");
        CliTest.Run dry = atr("import", "--db", city.toString(), "--dry-run", files.get(0), files.get(1), files.get(2));
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Tổng cộng 3 gói").contains("Chạy thử (--dry-run)");
        assertThat(StoreTestSupport.recordsDigest(city)).isEqualTo(before);

        CliTest.Run done = atr("import", "--db", city.toString(), files.get(0), files.get(1), files.get(2));
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).contains("Tổng cộng 3 gói").contains("Đã nhập:");
        assertThat(StoreTestSupport.count(city, "SELECT count(*) FROM activity")).isEqualTo(records);
        assertThat(StoreTestSupport.count(city, "SELECT count(*) FROM exchange_import")).isEqualTo(3);
    }

    /**
     * Without --unit a store whose unit is set sends that unit, as the window does: a city that enrolled the ward for
     * its unit refuses a package of every unit. --all-units asks for every unit.
     */
    @Test
    void aStoreWithItsOwnUnitExportsThatUnitUnlessAskedForAll() throws Exception {
        String ward = dir.resolve("own.db").toString();
        assertThat(atr("sample", "--db", ward).exit()).isZero(); // the sample's own unit is the city, 04
        String own = dir.resolve("own.atrpkg").toString();
        CliTest.Run exported = atr("export", "--db", ward, "--period", "2023", "--out", own);
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Gói chứa dữ liệu của Hải Phòng (04), đơn vị của tệp dữ liệu này");
        assertThat(new vn.atr.format.pkg.PackageReader().read(Path.of(own), null).manifest().sourceUnit()).isEqualTo("04");

        String all = dir.resolve("all.atrpkg").toString();
        CliTest.Run every = atr("export", "--db", ward, "--period", "2023", "--all-units", "--out", all);
        assertThat(every.exit()).as(every.err()).isZero();
        assertThat(every.out()).doesNotContain("Gói chứa dữ liệu của");
        assertThat(new vn.atr.format.pkg.PackageReader().read(Path.of(all), null).manifest().sourceUnit()).isNull();
        assertThat(atr("export", "--db", ward, "--period", "2023", "--all-units", "--unit", "04", "--out", all).exit())
                .isEqualTo(2);
        CliTest.Run other = atr("export", "--db", ward, "--period", "2023", "--unit", "07", "--out", all);
        assertThat(other.exit()).as(other.err()).isZero();
        assertThat(other.out()).as("a unit outside the store's own is pointed out")
                .contains("Lưu ý:", "(07) không thuộc đơn vị của tệp dữ liệu này, Hải Phòng (04)");
        assertThat(atr("export", "--db", ward, "--period", "2023", "--unit", "304", "--out", all).out())
                .as("a unit within it is not").doesNotContain("Lưu ý:");
    }

    @Test
    void theSamplesDeletionsArriveNamedAsPeopleKnowTheRecordsAndAFileSeenBeforeSaysWhenInWords() throws Exception {
        String ward = dir.resolve("ward.db").toString();
        String city = dir.resolve("city.db").toString();
        assertThat(atr("sample", "--db", ward).exit()).isZero();
        String first = dir.resolve("p1.atrpkg").toString();
        assertThat(atr("export", "--db", ward, "--period", "2023", "--unit", "04", "--out", first).exit()).isZero();
        assertThat(atr("init", "--db", city).exit()).isZero();
        Path key = dir.resolve("ward.key");
        assertThat(atr("trust", "export-key", "--db", ward, "--out", key.toString()).exit()).isZero();
        assertThat(atr("trust", "add", "--db", city, "--key", key.toString()).exit()).isZero();
        assertThat(atr("import", "--db", city, first).exit()).isZero();

        assertThat(atr("sample", "--db", ward, "--remove").exit()).isZero();
        String second = dir.resolve("p2.atrpkg").toString();
        CliTest.Run exported = atr("export", "--db", ward, "--period", "2023", "--unit", "04", "--out", second);
        assertThat(exported.out()).as("deletions are not taken for data")
                .contains(": 117 bản ghi (").contains(", trong đó 117 bản ghi đã xóa (gửi đi để bên nhận cũng xóa)");
        CliTest.Run deletions = atr("import", "--db", city, second);
        assertThat(deletions.exit()).as(deletions.err()).isZero();
        assertThat(deletions.out()).contains("  đã xóa Vụ việc HP-2023-01 (")
                .doesNotContain("01865a00").doesNotContain("false | true").doesNotContain("trafficking_case");
        assertThat(StoreTestSupport.count(Path.of(city), "SELECT count(*) FROM activity WHERE deleted = 0")).isZero();

        CliTest.Run again = atr("import", "--db", city, first);
        assertThat(again.out()).containsPattern("đã được nhập trước đây \\(\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d: mới 117, ")
                .doesNotContain("new 117");
    }

    @Test
    void aSampleRemovedBeforeItWasEverSentArrivesAsDeletionsThatChangeNoFigureAndKeepOlderCopiesOut() throws Exception {
        String ward = dir.resolve("ward.db").toString();
        String city = dir.resolve("city.db").toString();
        assertThat(atr("sample", "--db", ward).exit()).isZero();
        String before = dir.resolve("before.atrpkg").toString(); // made, but carried to the city only later
        assertThat(atr("export", "--db", ward, "--period", "2023", "--unit", "04", "--out", before).exit()).isZero();
        assertThat(atr("sample", "--db", ward, "--remove").exit()).isZero();
        String after = dir.resolve("after.atrpkg").toString();
        assertThat(atr("export", "--db", ward, "--period", "2023", "--unit", "04", "--out", after).exit()).isZero();
        assertThat(atr("init", "--db", city).exit()).isZero();
        Path key = dir.resolve("ward.key");
        assertThat(atr("trust", "export-key", "--db", ward, "--out", key.toString()).exit()).isZero();
        assertThat(atr("trust", "add", "--db", city, "--key", key.toString()).exit()).isZero();

        CliTest.Run deletions = atr("import", "--db", city, after);
        assertThat(deletions.exit()).as(deletions.err()).isZero();
        assertThat(deletions.out()).as("the city never had these records: none is new, none is listed")
                .containsPattern("\\n  mới +0\\n").containsPattern("\\n  đã xóa +0\\n")
                .containsPattern("\\n  đã xóa \\(chưa từng nhận\\) +117\\n")
                .contains("Đã nhập: 0 bản ghi thay đổi").doesNotContain("HP-2023-01");
        assertThat(StoreTestSupport.count(Path.of(city), "SELECT count(*) FROM activity WHERE deleted = 0")).isZero();
        assertThat(StoreTestSupport.count(Path.of(city), "SELECT count(*) FROM activity WHERE deleted = 1"))
                .isEqualTo(96);

        CliTest.Run older = atr("import", "--db", city, before);
        assertThat(older.exit()).as(older.err()).isZero();
        assertThat(older.out()).as("the stored deletions are newer than the package's records")
                .containsPattern("\\n  mới +0\\n").containsPattern("\\n  không đổi +0\\n")
                .containsPattern("\\n  cũ hơn, bỏ qua +117\\n").doesNotContain("chưa từng nhận")
                .as("counted, not listed one by one").doesNotContain("cũ hơn, bỏ qua Hoạt động");
        assertThat(StoreTestSupport.count(Path.of(city), "SELECT count(*) FROM activity WHERE deleted = 0")).isZero();

        CliTest.Run again = atr("import", "--db", city, after);
        assertThat(again.out()).containsPattern(": mới 0, cập nhật 0, không đổi 0, đã xóa 0, đã xóa \\(chưa từng nhận\\) 117,");
    }
    /** A roll-up store (ADR 0203): made by {@code atr init --rollup}; a package sent again replaces its part. */
    @Test
    void aRollupStoreTakesAPackageAsItsSendersPartAndSaysWhenItReplacesOne() throws Exception {
        String ward = dir.resolve("ward.db").toString();
        String national = dir.resolve("national.db").toString();
        assertThat(atr("sample", "--db", ward).exit()).isZero();
        CliTest.Run notEmpty = atr("init", "--rollup", "--db", ward);
        assertThat(notEmpty.exit()).isEqualTo(1);
        assertThat(notEmpty.err()).contains("chỉ kho chưa có hoạt động nào mới chuyển thành kho tổng hợp được");
        String pkg = dir.resolve("p1.atrpkg").toString();
        assertThat(atr("export", "--db", ward, "--period", "2023", "--unit", "04", "--out", pkg).exit()).isZero();
        CliTest.Run made = atr("init", "--rollup", "--db", national);
        assertThat(made.exit()).isZero();
        assertThat(made.out()).contains("là kho tổng hợp: hoạt động trong mỗi gói nhận về thay toàn bộ");
        Path key = dir.resolve("ward.key");
        assertThat(atr("trust", "export-key", "--db", ward, "--out", key.toString()).exit()).isZero();
        assertThat(atr("trust", "add", "--db", national, "--key", key.toString()).exit()).isZero();

        CliTest.Run first = atr("import", "--db", national, pkg);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("thay toàn bộ");
        long parts = StoreTestSupport.count(Path.of(national), "SELECT coalesce(sum(records), 0) FROM rollup_chunk");
        assertThat(parts).isEqualTo(StoreTestSupport.count(Path.of(ward), "SELECT count(*) FROM activity"
                + " WHERE deleted = 0 AND start_date BETWEEN '2022-12-15' AND '2023-12-14'")).isPositive();
        CliTest.Run again = atr("import", "--db", national, pkg);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).as("the same file: its part unchanged").doesNotContain("thay toàn bộ")
                .contains("Đã nhập: 0 bản ghi thay đổi");
        // the ward's next package, its folder named: every .atrpkg in it, in name order, the other files left
        Path folder = Files.createDirectories(dir.resolve("goi"));
        Files.copy(Path.of(pkg), folder.resolve("p1.atrpkg"));
        assertThat(atr("export", "--db", ward, "--period", "2023", "--unit", "04", "--out",
                folder.resolve("p2.atrpkg").toString()).exit()).isZero();
        Files.writeString(folder.resolve("ghi-chu.txt"), "không phải gói");
        CliTest.Run next = atr("import", "--db", national, folder.toString());
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.out()).contains("Tổng cộng 2 gói").contains("lưu ý: Kho tổng hợp: các hoạt động của gói thay"
                + " toàn bộ " + vn.atr.domain.VnFormats.number(parts) + " hoạt động đã nhận trước đây");
        assertThat(next.out().indexOf("p1.atrpkg")).isNotNegative().isLessThan(next.out().indexOf("p2.atrpkg"));
        CliTest.Run none = atr("import", "--db", national, dir.resolve("khong-co-goi").toString());
        assertThat(none.exit()).isEqualTo(1);
        Files.createDirectories(dir.resolve("trong"));
        CliTest.Run empty = atr("import", "--db", national, dir.resolve("trong").toString());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("Thư mục").contains("trong").contains("không có tệp gói .atrpkg nào");
        assertThat(StoreTestSupport.count(Path.of(national), "SELECT coalesce(sum(records), 0) FROM rollup_chunk")).isEqualTo(parts);
        assertThat(atr("summary", "--db", national, "--period", "2023").out())
                .isEqualTo(atr("summary", "--db", ward, "--period", "2023").out().replace(ward, national));
    }
}
