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
}
