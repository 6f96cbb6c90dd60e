package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AtrException;
import vn.atr.domain.ReportPeriod;
import vn.atr.security.Sha256;
import vn.atr.format.pkg.PackageException;
import vn.atr.security.Ed25519;
import vn.atr.format.pkg.PackageJson;
import vn.atr.format.pkg.PackageReader;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/** Damaged, hostile or foreign packages are refused with a clear message and the store unchanged. */
class PackageRefusalTest {
    @TempDir
    Path dir;
    Path good;
    Path target;
    /** The sending installation's key: the edits below are signed again, as an insider could. */
    Ed25519.Keys sender;

    @BeforeEach
    void exportSample() {
        good = dir.resolve("good.atrpkg");
        try (Services s = Services.open(dir.resolve("src.db"))) {
            s.sample().loadHaiPhong2023();
            s.exchange().export(null, ReportPeriod.ofYear(2023), good, null);
            sender = TrustFixtures.keysOf(s);
        }
        target = dir.resolve("target.db");
        try (Services s = Services.open(target)) {
            s.exchange().installationId();
            TrustFixtures.trustSenderOf(s, good);
        }
    }

    @Test
    void oneByteChangedIsRefused() throws Exception {
        Path bad = rewrite(e -> e.put("activity.jsonl", flipFirstDigit(e.get("activity.jsonl"))));
        assertRefused(bad, "activity.jsonl bị thay đổi");
        byte[] raw = Files.readAllBytes(good);
        raw[raw.length / 2] ^= 0x01;
        Path flipped = Files.write(dir.resolve("flipped.atrpkg"), raw);
        assertRefused(flipped, "");
    }

    @Test
    void aRefusedPackageIsAuditedWithWhoFileChecksumAndReason() throws Exception {
        Path bad = rewrite(e -> e.put("activity.jsonl", flipFirstDigit(e.get("activity.jsonl"))));
        assertRefused(bad, "activity.jsonl bị thay đổi");
        assertThat(StoreTestSupport.text(target, "SELECT user_name || ' ' || record_kind || ' ' || record_id || ' '"
                + " || detail FROM audit_log WHERE action = 'import.refused'")).startsWith("local package "
                + bad.getFileName() + " sha256 " + Sha256.hex(bad) + ", ").contains("activity.jsonl bị thay đổi");
    }

    @Test
    void truncatedZipIsRefused() throws Exception {
        byte[] raw = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.atrpkg"), java.util.Arrays.copyOf(raw, raw.length / 2));
        assertRefused(cut, "bị cắt cụt");
        assertRefused(cut, "tệp không có cấu trúc của một gói .atrpkg"); // not the zip library's English
    }

    @Test
    void entryPathWithDotDotIsRefused() throws Exception {
        Path bad = rewrite(e -> e.put("../evil.jsonl", "x".getBytes(StandardCharsets.UTF_8)));
        assertRefused(bad, "không an toàn");
    }

    @Test
    void entryInflatingPastTheLimitIsRefused() throws Exception {
        Path bomb = rewrite(e -> e.put("activity.jsonl", new byte[3 * 1024 * 1024]));
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> new PackageReader(1024 * 1024).read(bomb, null))
                .isInstanceOf(PackageException.class).hasMessageContaining("vượt giới hạn");
    }

    @Test
    void wrongFormatVersionIsRefused() throws Exception {
        Path bad = rewrite(e -> e.put("manifest.json", editManifest(e.get("manifest.json"),
                m -> m.put("formatVersion", 99))));
        assertRefused(bad, "mới hơn (định dạng gói 99");
        Path none = rewrite(e -> e.put("manifest.json", editManifest(e.get("manifest.json"),
                m -> m.put("formatVersion", 0))));
        assertRefused(none, "Phiên bản định dạng gói 0");
    }

    @Test
    void aFormat3ManifestWithoutTheAuditHeadIsIncomplete() throws Exception {
        Path bad = rewrite(e -> e.put("manifest.json", editManifest(e.get("manifest.json"),
                m -> m.remove("auditHead"))));
        assertRefused(bad, "thiếu");
    }

    @Test
    void oneInvalidRecordRefusesThePackage() throws Exception {
        Path bad = withInvalidRecord();
        String before = StoreTestSupport.recordsDigest(target);
        try (Services s = Services.open(target)) {
            ImportPlan plan = s.exchange().plan(bad, null);
            assertThat(plan.rejected()).hasSize(1);
            assertThat(plan.rejected().get(0).reason()).contains("participants");
            assertThatThrownBy(() -> s.exchange().apply(plan)).isInstanceOf(AtrException.class)
                    .hasMessageContaining("không hợp lệ").hasMessageContaining("participants");
        }
        assertThat(StoreTestSupport.recordsDigest(target)).isEqualTo(before);
        assertThat(StoreTestSupport.text(target, "SELECT detail FROM audit_log WHERE action = 'import.refused'"))
                .startsWith("sha256 " + Sha256.hex(bad) + ", ").contains("participants");
    }

    @Test
    void encryptedPackageOpensOnlyWithTheRightPassword() {
        Path enc = dir.resolve("enc.atrpkg");
        try (Services s = Services.open(dir.resolve("src.db"))) {
            s.exchange().export(null, ReportPeriod.ofYear(2023), enc, "đúng-mật-khẩu".toCharArray());
        }
        try (Services s = Services.open(target)) {
            assertThatThrownBy(() -> s.exchange().plan(enc, "sai-mật-khẩu".toCharArray()))
                    .isInstanceOf(PackageException.class).hasMessageContaining("Sai mật khẩu");
            assertThatThrownBy(() -> s.exchange().plan(enc, null)).hasMessageContaining("--password-file");
            ImportPlan plan = s.exchange().plan(enc, "đúng-mật-khẩu".toCharArray());
            assertThat(plan.manifest().encryption().iterations()).isGreaterThanOrEqualTo(600_000);
            assertThat(plan.counts().get(ImportPlan.Outcome.NEW)).isEqualTo(117);
        }
    }

    /** Refused: the records unchanged, one more refusal in the audit log (kept although the import failed). */
    private void assertRefused(Path pkg, String message) throws Exception {
        String before = StoreTestSupport.recordsDigest(target);
        String refusals = "SELECT count(*) FROM audit_log WHERE action = 'import.refused'";
        long audited = StoreTestSupport.count(target, refusals);
        try (Services s = Services.open(target)) {
            assertThatThrownBy(() -> s.exchange().apply(s.exchange().plan(pkg, null)))
                    .isInstanceOf(PackageException.class).hasMessageContaining(message);
        }
        assertThat(StoreTestSupport.recordsDigest(target)).isEqualTo(before);
        assertThat(StoreTestSupport.count(target, refusals)).isEqualTo(audited + 1);
    }

    /** The good package with one activity's participants set to -5 (checksums updated). */
    private Path withInvalidRecord() throws IOException {
        return rewrite(e -> {
            String lines = new String(e.get("activity.jsonl"), StandardCharsets.UTF_8);
            String first = lines.substring(0, lines.indexOf('\n'));
            ObjectNode rec = read(first.getBytes(StandardCharsets.UTF_8));
            rec.put("participants", -5);
            byte[] edited = (rec + lines.substring(lines.indexOf('\n'))).getBytes(StandardCharsets.UTF_8);
            e.put("activity.jsonl", edited);
            e.put("manifest.json", editManifest(e.get("manifest.json"),
                    m -> ((ObjectNode) m.get("sha256")).put("activity.jsonl", Sha256.hex(edited))));
        });
    }

    @Test
    void aBatchWithOneInvalidRecordWritesNoPackage() throws Exception {
        Path bad = withInvalidRecord();
        String before = StoreTestSupport.recordsDigest(target);
        try (Services s = Services.open(target)) {
            BatchImport dry = s.exchange().importAll(java.util.List.of(good, bad), p -> null, false);
            assertThat(dry.refused()).singleElement().satisfies(p -> assertThat(p.fileName())
                    .isEqualTo(bad.getFileName().toString()));
            assertThat(dry.plans().get(0).changes()).isNotEmpty();
            assertThatThrownBy(() -> s.exchange().importAll(java.util.List.of(good, bad), p -> null, true))
                    .isInstanceOf(AtrException.class).hasMessageContaining(bad.getFileName().toString())
                    .hasMessageContaining("participants").hasMessageContaining("Không gói nào được ghi");
        }
        assertThat(StoreTestSupport.recordsDigest(target)).isEqualTo(before);
        assertThat(StoreTestSupport.text(target, "SELECT group_concat(record_id) FROM audit_log WHERE action = 'import.refused'"))
                .isEqualTo(bad.getFileName().toString()); // the import's refusal (the dry run only listed it)
    }

    @Test
    void aWriteThatFailsIsRolledBackAndItsRefusalAudited() throws Exception {
        // The metrics fail (as a full disk would) after the activities were written, in the same transaction.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + target);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER test_fail BEFORE INSERT ON outreach_metric BEGIN SELECT RAISE(ABORT, 'ổ đĩa đầy'); END");
        }
        String before = StoreTestSupport.recordsDigest(target);
        try (Services s = Services.open(target)) {
            ImportPlan plan = s.exchange().plan(good, null);
            assertThat(plan.counts().get(ImportPlan.Outcome.NEW)).isPositive();
            assertThatThrownBy(() -> s.exchange().apply(plan)).isInstanceOf(AtrException.class)
                    .hasMessageContaining("ổ đĩa đầy");
        }
        assertThat(StoreTestSupport.recordsDigest(target)).isEqualTo(before);
        assertThat(StoreTestSupport.text(target, "SELECT detail FROM audit_log WHERE action = 'import.refused'"))
                .startsWith("sha256 " + Sha256.hex(good) + ", ").contains("ổ đĩa đầy");
    }

    @Test
    void aBatchWithADamagedFileNamesItAndWritesNothing() throws Exception {
        byte[] raw = Files.readAllBytes(good);
        raw[raw.length / 2] ^= 0x01;
        Path flipped = Files.write(dir.resolve("flipped.atrpkg"), raw);
        String before = StoreTestSupport.recordsDigest(target);
        try (Services s = Services.open(target)) {
            for (boolean write : new boolean[] {false, true}) {
                assertThatThrownBy(() -> s.exchange().importAll(java.util.List.of(good, flipped), p -> null, write))
                        .isInstanceOf(AtrException.class).hasMessageContaining("flipped.atrpkg");
            }
        }
        assertThat(StoreTestSupport.recordsDigest(target)).isEqualTo(before);
        assertThat(StoreTestSupport.count(target, "SELECT count(*) FROM audit_log WHERE action = 'import.refused'"
                + " AND record_id = 'flipped.atrpkg'")).isEqualTo(2);
    }

    private Path rewrite(Consumer<Map<String, byte[]>> edit) throws IOException {
        Map<String, byte[]> entries = PackageFiles.entries(good);
        edit.accept(entries);
        PackageFiles.resign(entries, sender);
        return PackageFiles.write(Files.createTempFile(dir, "bad", ".atrpkg"), entries);
    }

    private static byte[] flipFirstDigit(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] >= '1' && copy[i] <= '8') {
                copy[i]++;
                return copy;
            }
        }
        throw new AssertionError("no digit");
    }

    private static ObjectNode read(byte[] json) {
        try {
            return (ObjectNode) PackageJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] editManifest(byte[] json, Consumer<ObjectNode> edit) {
        ObjectNode m = read(json);
        edit.accept(m);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(m.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
