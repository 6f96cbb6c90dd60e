package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.access.AuditHead;
import vn.atr.domain.access.ReceivedAuditHead;
import vn.atr.format.pkg.Manifest;
import vn.atr.service.LegacyFixtures;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/**
 * A package carries its sender's audit chain head under the signature; the city keeps the newest one per
 * sender and says so when a later package's chain went back or was rewritten: a ward's log cut as an
 * attacker who knows the format would (entries deleted, the counter mended), then a package sent (ADR 0189).
 * The ward is a SQLite file, as wards are; the city runs on the engine under test.
 */
class SenderAuditHeadTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2023);

    @TempDir
    Path dir;
    Path ward;
    Path city;
    String unit;
    String fingerprint;

    @BeforeEach
    void wardEnrolledAtTheCity() {
        ward = dir.resolve("ward.db");
        city = dir.resolve("city.db");
        Path key = dir.resolve("ward.key");
        try (Services w = Services.open(ward)) {
            w.sample().loadHaiPhong2023();
            unit = w.repositories().activities().listActive().get(0).unitCode();
            fingerprint = w.exchange().trust().exportKey(key);
        }
        try (Services c = Services.open(store(city))) {
            c.exchange().trust().add(key, unit);
        }
    }

    @Test
    void aPackageCarriesTheHeadItsSenderHadUnderTheSignature() throws Exception {
        AuditHead before;
        try (Services w = Services.open(ward)) {
            before = w.audit().head();
        }
        Path pkg = export("a");
        Manifest m = TrustFixtures.manifest(pkg);
        assertThat(m.formatVersion()).isEqualTo(Manifest.FORMAT_VERSION);
        assertThat(m.auditHead()).isEqualTo(before);
        assertThat(before.seq()).isPositive();

        Map<String, byte[]> e = PackageFiles.entries(pkg);
        PackageFiles.editManifest(e, j -> j.with("auditHead").put("seq", before.seq() + 100));
        Path edited = PackageFiles.write(dir.resolve("edited.atrpkg"), e);
        try (Services c = Services.open(store(city))) {
            assertThatThrownBy(() -> c.exchange().plan(edited, null)).hasMessageContaining("Chữ ký của gói");
        }
    }

    @Test
    void theCityKeepsTheNewestHeadAndSaysWhenTheWardsLogWentBack() throws Exception {
        Path first = export("first");
        AuditHead shown = TrustFixtures.manifest(first).auditHead();
        try (Services c = Services.open(store(city))) {
            ImportPlan plan = c.exchange().plan(first, null);
            assertThat(plan.senderWarnings()).isEmpty();
            c.exchange().apply(plan);
            ReceivedAuditHead kept = c.exchange().trust().auditHeads().get(fingerprint);
            assertThat(kept.head()).isEqualTo(shown);
            assertThat(kept.packageWritten().toString()).isEqualTo(TrustFixtures.manifest(first).createdAt());
        }

        // the attacker removes the ward's entries from the head shown on, and mends the counter too
        cutWardLogFrom(shown.seq());
        Path later = export("later");
        AuditHead now = TrustFixtures.manifest(later).auditHead();
        assertThat(now.seq()).isLessThan(shown.seq());
        try (Services c = Services.open(store(city))) {
            ImportPlan plan = c.exchange().plan(later, null);
            assertThat(plan.senderWarnings()).singleElement().asString()
                    .contains("nơi gửi " + c.repositories().units().find(unit).orElseThrow().name() + " (" + unit
                            + ", khóa " + fingerprint + ") đã lùi lại")
                    .contains("mục số " + String.format("%,d", shown.seq()).replace(',', '.'))
                    .contains("atr audit verify --expect " + shown.hash());
            assertThat(plan.rejected()).isEmpty(); // a ward that restored a backup shows the same: not a refusal
            c.exchange().apply(plan);
            assertThat(c.exchange().trust().auditHeads().get(fingerprint).head()).isEqualTo(now);
            assertThat(StoreTestSupport.count(city, "SELECT count(*) FROM audit_log WHERE action = 'import'"
                    + " AND detail LIKE '%audit log went back%'")).isEqualTo(1);
        }
        // at the ward, the hash the city kept is no longer reached
        try (Services w = Services.open(ward)) {
            assertThat(w.audit().check(shown.hash()).reachesExpected()).isFalse();
        }
    }

    /** A batch reads the senders' heads once and follows them: its second package is judged by its first's head. */
    @Test
    void inOneBatchALaterPackageIsJudgedByTheHeadAnEarlierOneLeft() throws Exception {
        Path first = export("first");
        AuditHead shown = TrustFixtures.manifest(first).auditHead();
        cutWardLogFrom(shown.seq());
        Path later = export("later");
        AuditHead now = TrustFixtures.manifest(later).auditHead();
        try (Services c = Services.open(store(city))) {
            BatchImport batch = c.exchange().importAll(List.of(first, later), p -> null, true);
            assertThat(batch.plans().get(0).senderWarnings()).isEmpty();
            assertThat(batch.plans().get(1).senderWarnings()).singleElement().asString().contains("đã lùi lại")
                    .contains("atr audit verify --expect " + shown.hash());
            assertThat(c.exchange().trust().auditHeads().get(fingerprint).head()).isEqualTo(now);
            assertThat(StoreTestSupport.count(city, "SELECT count(*) FROM audit_log WHERE action = 'import'"
                    + " AND detail LIKE '%no longer holds entry " + shown.seq() + " " + shown.hash() + "%'"))
                    .isEqualTo(1);
        }
    }

    /** The harder case: the log cut, then the ward worked on until its log passed the kept entry again. */
    @Test
    void aLogCutThenGrownPastTheKeptEntryIsStillFound() throws Exception {
        Path first = export("first");
        AuditHead shown = TrustFixtures.manifest(first).auditHead();
        importAtCity(first);
        cutWardLogFrom(shown.seq() - 1);
        for (int i = 0; i < 4; i++) {
            export("filler-" + i); // each export adds an entry: the chain passes the kept number with new hashes
        }
        Path later = export("later");
        assertThat(TrustFixtures.manifest(later).auditHead().seq()).isGreaterThan(shown.seq());
        try (Services c = Services.open(store(city))) {
            assertThat(c.exchange().plan(later, null).senderWarnings()).singleElement().asString()
                    .contains("đã bị ghi lại").contains("--expect " + shown.hash());
        }
    }

    @Test
    void aWardWorkingOnUntouchedRaisesNothingAcrossManyPackages() throws Exception {
        importAtCity(export("first"));
        for (int i = 0; i < 3; i++) {
            export("not-sent-" + i); // packages the city never imports (a test export, another receiver)
        }
        Path later = export("later");
        try (Services c = Services.open(store(city))) {
            ImportPlan plan = c.exchange().plan(later, null);
            assertThat(plan.senderWarnings()).isEmpty();
            c.exchange().apply(plan);
            assertThat(c.exchange().trust().auditHeads().get(fingerprint).head())
                    .isEqualTo(TrustFixtures.manifest(later).auditHead());
        }
    }

    @Test
    void aWardWhoseRecordOfItsPackagesIsGoneIsAskedToCheck() throws Exception {
        Path first = export("first");
        importAtCity(first);
        export("filler");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ward);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM package_export_head");
        }
        Path later = export("later");
        try (Services c = Services.open(store(city))) {
            assertThat(c.exchange().plan(later, null).senderWarnings()).singleElement().asString()
                    .contains("không xác nhận được").contains("--expect "
                            + TrustFixtures.manifest(first).auditHead().hash());
        }
    }

    @Test
    void anEntryRewrittenAtTheSameNumberIsPointedOut() throws Exception {
        Path first = export("first");
        AuditHead shown = TrustFixtures.manifest(first).auditHead();
        importAtCity(first);
        cutWardLogFrom(shown.seq());
        export("filler"); // its own audit entry takes the number the cut freed
        Path later = export("later");
        assertThat(TrustFixtures.manifest(later).auditHead().seq()).isEqualTo(shown.seq());
        try (Services c = Services.open(store(city))) {
            assertThat(c.exchange().plan(later, null).senderWarnings()).singleElement().asString()
                    .contains("đã bị ghi lại").contains("--expect " + shown.hash());
        }
    }

    @Test
    void anOlderPackageImportedLaterNeitherWarnsNorMovesTheHeadBack() throws Exception {
        Path older = export("older");
        Path newer = export("newer");
        AuditHead newest = TrustFixtures.manifest(newer).auditHead();
        assertThat(newest.seq()).isGreaterThan(TrustFixtures.manifest(older).auditHead().seq());
        importAtCity(newer);
        try (Services c = Services.open(store(city))) {
            ImportPlan plan = c.exchange().plan(older, null);
            assertThat(plan.senderWarnings()).isEmpty();
            c.exchange().apply(plan);
            assertThat(c.exchange().trust().auditHeads().get(fingerprint).head()).isEqualTo(newest);
        }
    }

    @Test
    void aSignedPackageOfTheFormatBeforeTheHeadStillImportsPlainAndEncrypted() {
        try (Services c = Services.open(store(city))) {
            TrustFixtures.trustSenderOf(c, LegacyFixtures.FORMAT2);
            ImportPlan encrypted = c.exchange().plan(LegacyFixtures.FORMAT2_ENCRYPTED,
                    LegacyFixtures.PACKAGE_PASSWORD.toCharArray());
            assertThat(encrypted.counts().get(ImportPlan.Outcome.NEW)).isEqualTo(5); // a case, 3 victims, an activity
            ImportPlan plain = c.exchange().plan(LegacyFixtures.FORMAT2, null);
            assertThat(plain.manifest().formatVersion()).isEqualTo(Manifest.SIGNED_FORMAT_VERSION);
            assertThat(plain.manifest().auditHead()).isNull();
            assertThat(plain.senderWarnings()).isEmpty();
            c.exchange().apply(plain);
            assertThat(c.repositories().victims().listActive()).hasSize(3);
            assertThat(c.exchange().trust().auditHeads()).doesNotContainKey(plain.manifest().signerFingerprint());
        }
    }

    @Test
    void aPackageOfANewerFormatSaysToUpdateAtrEvenWithFieldsThisVersionDoesNotKnow() throws Exception {
        Map<String, byte[]> e = PackageFiles.entries(export("a"));
        PackageFiles.editManifest(e, j -> j.put("formatVersion", Manifest.FORMAT_VERSION + 1).put("laterField", 1));
        Path newer = PackageFiles.write(dir.resolve("newer.atrpkg"), e);
        try (Services c = Services.open(store(city))) {
            assertThatThrownBy(() -> c.exchange().plan(newer, null)).hasMessageContaining("Hãy cập nhật ATR");
        }
    }

    @Test
    void aMalformedHeadIsRefusedAsAnIncompleteManifest() throws Exception {
        Path pkg = export("a");
        for (java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit : List.of(
                (java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode>) j -> j.with("auditHead").remove("hash"),
                j -> j.with("auditHead").put("hash", "not-a-hash"),
                j -> j.with("auditHead").put("seq", -1))) {
            Map<String, byte[]> e = PackageFiles.entries(pkg);
            PackageFiles.editManifest(e, edit);
            Path bad = PackageFiles.write(dir.resolve("bad.atrpkg"), e);
            try (Services c = Services.open(store(city))) {
                assertThatThrownBy(() -> c.exchange().plan(bad, null)).hasMessageContaining("đầu chuỗi nhật ký");
            }
        }
    }

    /** A sender whose clock ran ahead once does not pin the kept head: a package further on in its chain moves it. */
    @Test
    void aHeadFurtherOnIsKeptEvenFromAPackageStampedEarlier() throws Exception {
        Path first = export("first");
        Path later = export("later");
        Map<String, byte[]> e = PackageFiles.entries(first);
        PackageFiles.editManifest(e, j -> j.put("createdAt", "2099-01-01T00:00:00Z"));
        try (Services w = Services.open(ward)) { // the ward's own key: what a wrong clock at the ward writes
            PackageFiles.resign(e, TrustFixtures.keysOf(w));
        }
        Path ahead = PackageFiles.write(dir.resolve("ahead.atrpkg"), e);
        importAtCity(ahead);
        importAtCity(later);
        try (Services c = Services.open(store(city))) {
            assertThat(c.exchange().trust().auditHeads().get(fingerprint).head())
                    .isEqualTo(TrustFixtures.manifest(later).auditHead());
        }
    }

    /**
     * A ward that rewrote its log and set its clock back before exporting: the package, stamped before the one the
     * city kept yet further on in its chain, is checked all the same, and the city's log keeps the hash it had.
     */
    @Test
    void aRewrittenLogSentWithTheClockSetBackIsStillFoundAndTheKeptHashStaysInTheCitysLog() throws Exception {
        Path first = export("first");
        AuditHead shown = TrustFixtures.manifest(first).auditHead();
        importAtCity(first);
        cutWardLogFrom(shown.seq() - 1);
        for (int i = 0; i < 3; i++) {
            export("filler-" + i);
        }
        Path later = export("later");
        Map<String, byte[]> e = PackageFiles.entries(later);
        PackageFiles.editManifest(e, j -> j.put("createdAt", "2001-01-01T00:00:00Z"));
        try (Services w = Services.open(ward)) { // the ward's own key: what its clock set back writes
            PackageFiles.resign(e, TrustFixtures.keysOf(w));
        }
        Path backdated = PackageFiles.write(dir.resolve("backdated.atrpkg"), e);
        assertThat(TrustFixtures.manifest(backdated).auditHead().seq()).isGreaterThan(shown.seq());
        try (Services c = Services.open(store(city))) {
            ImportPlan plan = c.exchange().plan(backdated, null);
            assertThat(plan.senderWarnings()).singleElement().asString()
                    .contains("đã bị ghi lại").contains("--expect " + shown.hash());
            c.exchange().apply(plan);
            assertThat(StoreTestSupport.count(city, "SELECT count(*) FROM audit_log WHERE action = 'import'"
                    + " AND detail LIKE '%" + shown.hash() + "%'")).as("the evidence kept in the city's own log")
                    .isEqualTo(1);
        }
    }

    private Path export(String name) {
        Path out = dir.resolve(name + ".atrpkg");
        try (Services w = Services.open(ward)) {
            w.exchange().export(unit, YEAR, out, null);
        }
        return out;
    }

    private void importAtCity(Path pkg) {
        try (Services c = Services.open(store(city))) {
            c.exchange().apply(c.exchange().plan(pkg, null));
        }
    }

    private void cutWardLogFrom(long seq) throws Exception {
        StoreTestSupport.cutAuditLogFrom(ward, seq);
    }
}
