package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/**
 * {@code atr trust}: an unknown sender refused by fingerprint and listed pending, approved once, revoked;
 * a ward enrolled from its key file; and a package that would inflate to 1.5 GB refused in one line.
 */
class TrustCliTest {
    private static final String REFUSALS = "SELECT count(*) FROM audit_log WHERE action = 'import.refused'";

    @TempDir
    Path dir;

    @Test
    void anUnknownSenderIsPendingUntilApprovedAndRefusedOnceRevoked() throws Exception {
        Path pkg = dir.resolve("xa.atrpkg");
        String unit;
        String installation;
        try (Services ward = Services.open(dir.resolve("ward.db"))) {
            ward.sample().loadHaiPhong2023();
            unit = ward.repositories().activities().listActive().get(0).unitCode();
            ward.exchange().export(unit, ReportPeriod.ofYear(2023), pkg, null);
            installation = ward.exchange().installationId();
        }
        String city = dir.resolve("city.db").toString();
        assertThat(atr("init", "--db", city).exit()).isZero();

        CliTest.Run refused = atr("import", "--db", city, pkg.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("chưa được duyệt: mã khóa ");
        JsonNode pending = list(city);
        assertThat(pending).hasSize(1);
        JsonNode sender = pending.get(0);
        List<String> keys = new ArrayList<>();
        sender.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("fingerprint", "unit", "installation", "status", "formerUnits", "auditSeq",
                "auditHead", "auditPackageWritten");
        assertThat(sender.get("formerUnits")).isEmpty();
        assertThat(sender.get("auditHead").isNull()).isTrue(); // nothing imported from it yet
        String fingerprint = sender.get("fingerprint").asText();
        assertThat(refused.err()).contains(fingerprint, "(đơn vị " + unit + ", cài đặt ").doesNotContain("đơn vị đơn vị");
        assertThat(atr("trust", "list", "--db", city).out()).as("the unit by its name in the list")
                .containsPattern("chờ duyệt  đơn vị [^(]+ \\(" + unit + "\\)  cài đặt ");
        assertThat(sender.get("unit").asText()).isEqualTo(unit);
        assertThat(sender.get("installation").asText()).isEqualTo(installation);
        assertThat(sender.get("status").asText()).isEqualTo("pending");
        assertThat(StoreTestSupport.count(Path.of(city), "SELECT count(*) FROM activity")).isZero();

        CliTest.Run approved = atr("trust", "approve", "--db", city, fingerprint);
        assertThat(approved.exit()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("Đã duyệt nơi gửi " + fingerprint)
                .containsPattern("\\(đơn vị [^(]+ \\(" + unit + "\\), cài đặt ");
        assertThat(list(city).get(0).get("status").asText()).isEqualTo("approved");
        // a dissolved district's records, allowed by name (a ward formed in 2025 filed its earlier work there)
        CliTest.Run former = atr("trust", "approve", "--db", city, fingerprint, "--former-unit", "Quận Hồng Bàng");
        assertThat(former.exit()).as(former.err()).isZero();
        assertThat(former.out()).contains("được gửi thêm dữ liệu của Quận Hồng Bàng (303), đơn vị đã giải thể sau ngày 30/06/2025");
        assertThat(list(city).get(0).get("formerUnits").get(0).asText()).isEqualTo("303");
        assertThat(atr("trust", "list", "--db", city).out()).contains("được gửi thêm dữ liệu của đơn vị cũ: Quận Hồng Bàng (303)");
        CliTest.Run inForce = atr("trust", "approve", "--db", city, fingerprint, "--former-unit", "10301009");
        assertThat(inForce.exit()).isEqualTo(1);
        assertThat(inForce.err()).contains("Phường Hồng An (10301009) vẫn còn hiệu lực");
        assertThat(StoreTestSupport.text(Path.of(city), "SELECT detail FROM audit_log WHERE action = 'trust.approved'"))
                .as("the audit log keeps the code, not the sentence").isEqualTo("unit " + unit + ", installation "
                        + installation);
        CliTest.Run imported = atr("import", "--db", city, pkg.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).as("the unit by its name").containsPattern("của đơn vị [^(]+ \\(" + unit + "\\)");
        assertThat(StoreTestSupport.count(Path.of(city), "SELECT count(*) FROM activity")).isPositive();
        JsonNode imported1 = list(city).get(0);
        assertThat(imported1.get("auditHead").asText()).isEqualTo(vn.atr.service.exchange.TrustFixtures.manifest(pkg)
                .auditHead().hash());
        assertThat(imported1.get("auditSeq").asLong()).isPositive();
        CliTest.Run listed = atr("trust", "list", "--db", city);
        assertThat(listed.out()).contains("atr audit verify --expect " + imported1.get("auditHead").asText());

        assertThat(atr("trust", "revoke", "--db", city, fingerprint).exit()).isZero();
        assertThat(list(city).get(0).get("status").asText()).isEqualTo("revoked");
        CliTest.Run again = atr("import", "--db", city, pkg.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("đã bị thu hồi");
        assertThat(atr("trust", "approve", "--db", city, "0000-0000").err()).contains("Không có nơi gửi");
    }

    @Test
    void aWardEnrolledFromItsKeyFileIsTrustedForTheUnitGiven() throws Exception {
        String ward = dir.resolve("ward.db").toString();
        String city = dir.resolve("city.db").toString();
        assertThat(atr("sample", "--db", ward).exit()).isZero();
        assertThat(atr("init", "--db", city).exit()).isZero();
        Path key = dir.resolve("ward.key");
        CliTest.Run exported = atr("trust", "export-key", "--db", ward, "--out", key.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        CliTest.Run added = atr("trust", "add", "--db", city, "--key", key.toString(), "--unit", "305");
        assertThat(added.exit()).as(added.err()).isZero();
        JsonNode senders = list(city);
        assertThat(senders).hasSize(1);
        assertThat(exported.out()).contains(senders.get(0).get("fingerprint").asText());
        assertThat(senders.get(0).get("unit").asText()).isEqualTo("305");
        assertThat(senders.get(0).get("status").asText()).isEqualTo("approved");
        CliTest.Run again = atr("trust", "add", "--db", city, "--key", key.toString(), "--unit", "305");
        assertThat(again.out()).as("a key enrolled twice says it was known").contains("đã có trong danh sách");
        assertThat(list(city)).hasSize(1);

        Files.writeString(key, Files.readString(key).replaceFirst("\"fingerprint\" : \"[0-9A-F]", "\"fingerprint\" : \"X"));
        assertThat(atr("trust", "add", "--db", city, "--key", key.toString()).err()).contains("không khớp");
    }

    @Test
    void severalNewSendersInOneImportAreAllNamedAndListedAsPendingAtOnce() throws Exception {
        List<Path> packages = new ArrayList<>();
        for (String ward : new String[] {"a", "b", "c"}) {
            Path pkg = dir.resolve(ward + ".atrpkg");
            try (Services w = Services.open(dir.resolve(ward + ".db"))) {
                w.sample().loadHaiPhong2023();
                w.exchange().export(null, ReportPeriod.ofYear(2023), pkg, null);
            }
            packages.add(pkg);
        }
        String city = dir.resolve("city-many.db").toString();
        assertThat(atr("init", "--db", city).exit()).isZero();
        List<String> args = new ArrayList<>(List.of("import", "--db", city));
        packages.forEach(p -> args.add(p.toString()));
        CliTest.Run refused = atr(args.toArray(String[]::new));
        assertThat(refused.exit()).isEqualTo(1);
        JsonNode pending = list(city);
        assertThat(pending).as("all three, in one round").hasSize(3);
        for (JsonNode sender : pending) {
            assertThat(sender.get("status").asText()).isEqualTo("pending");
            assertThat(refused.err()).contains(sender.get("fingerprint").asText());
        }
        assertThat(refused.err().strip()).doesNotContain("\n").contains("chưa được duyệt", "atr trust approve",
                "mọi đơn vị");
        assertThat(StoreTestSupport.count(Path.of(city), "SELECT count(*) FROM activity")).isZero();
        assertThat(StoreTestSupport.count(Path.of(city),
                "SELECT count(*) FROM audit_log WHERE action = 'import.refused'")).as("each file's refusal").isEqualTo(3);
    }

    /** Three entries of 500 MB of zeros in 1.5 MB: refused on the first, in one line, audited, nothing read into memory. */
    @Test
    void aPackageInflatingToOneAndAHalfGigabytesIsRefusedInOneLine() throws Exception {
        Path legacy = Path.of("src/test/resources/legacy/package-unsigned.atrpkg");
        byte[] manifest;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(legacy.toFile())) {
            manifest = z.getInputStream(z.getEntry("manifest.json")).readAllBytes();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest);
            byte[] zeros = new byte[1 << 20];
            for (String entry : new String[] {"activity.jsonl", "victim.jsonl", "trafficking_case.jsonl"}) {
                zip.putNextEntry(new ZipEntry(entry));
                for (int i = 0; i < 500; i++) {
                    zip.write(zeros);
                }
            }
        }
        Path bomb = Files.write(dir.resolve("bom.atrpkg"), bytes.toByteArray());
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        Path city = dir.resolve("city.db");
        assertThat(atr("init", "--db", city.toString()).exit()).isZero();
        String before = StoreTestSupport.recordsDigest(city);

        CliTest.Run run = atr("import", "--db", city.toString(), bomb.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("atr: ").contains("vượt giới hạn")
                .doesNotContain("OutOfMemoryError");
        assertThat(StoreTestSupport.recordsDigest(city)).isEqualTo(before);
        assertThat(StoreTestSupport.count(city, REFUSALS)).isEqualTo(1);

        // An entry the manifest does not list is refused by its name, before it is inflated.
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(extra)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest);
            zip.putNextEntry(new ZipEntry("victim_identity.jsonl"));
            zip.write(new byte[1 << 20]);
        }
        Path unlisted = Files.write(dir.resolve("unlisted.atrpkg"), extra.toByteArray());
        CliTest.Run second = atr("import", "--db", city.toString(), unlisted.toString());
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains("victim_identity.jsonl").contains("không có trong bản kê");
        assertThat(StoreTestSupport.count(city, REFUSALS)).isEqualTo(2);
    }

    private static JsonNode list(String db) throws Exception {
        CliTest.Run run = atr("trust", "list", "--db", db, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}
