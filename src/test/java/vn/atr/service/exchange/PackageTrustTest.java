package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Victim;
import vn.atr.domain.access.PackageSender;
import vn.atr.format.pkg.Manifest;
import vn.atr.format.pkg.PackageJson;
import vn.atr.security.Ed25519;
import vn.atr.security.Sha256;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/**
 * Signed packages against the attacks on the old checksummed ones: each builds a real package file,
 * offers it to a real city store that enrolled the ward for its own unit, and asserts the refusal, its
 * audit entry and the city's records unchanged (ADR 0080).
 */
class PackageTrustTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2023);
    private static final String REFUSALS = "SELECT count(*) FROM audit_log WHERE action = 'import.refused'";
    /** Everything an import may write; a refusal adds an audit entry, and an unknown sender its pending entry. */
    private static final String[] RECORDS = {"activity", "activity_half_total", "outreach_metric", "trafficking_case",
        "victim", "victim_identity", "support_service", "exchange_import", "exchange_base", "exchange_conflict"};

    @TempDir
    Path dir;
    Path ward;
    Path city;
    String unitA;
    String unitB;
    Path pkgA;
    Ed25519.Keys wardKeys;
    String wardFingerprint;

    /** Ward and city hold the same sample (same ids); the city enrolled the ward for unit A only. */
    @BeforeEach
    void wardEnrolledForItsUnit() {
        ward = dir.resolve("ward.db");
        city = dir.resolve("city.db");
        pkgA = dir.resolve("a.atrpkg");
        Path key = dir.resolve("ward.key");
        try (Services w = Services.open(store(ward))) {
            w.sample().loadHaiPhong2023();
            List<Victim> victims = w.repositories().victims().listActive();
            unitA = victims.get(0).unitCode();
            unitB = victims.stream().map(Victim::unitCode).filter(u -> !u.equals(unitA)).findFirst().orElseThrow();
            w.exchange().export(unitA, YEAR, pkgA, null);
            wardFingerprint = w.exchange().trust().exportKey(key);
            wardKeys = TrustFixtures.keysOf(w);
        }
        try (Services c = Services.open(store(city))) {
            c.sample().loadHaiPhong2023();
            PackageSender enrolled = c.exchange().trust().add(key, unitA);
            assertThat(enrolled.fingerprint()).isEqualTo(wardFingerprint);
            assertThat(enrolled.status()).isEqualTo(PackageSender.Status.APPROVED);
        }
    }

    @Test
    void theWardsOwnPackageIsAccepted() {
        try (Services c = Services.open(store(city))) {
            ImportPlan plan = c.exchange().plan(pkgA, null);
            assertThat(plan.rejected()).isEmpty();
            assertThat(plan.manifest().signerFingerprint()).isEqualTo(wardFingerprint);
        }
    }

    @Test
    void aFigureChangedWithItsChecksumRecomputedBreaksTheSignature() throws Exception {
        Map<String, byte[]> e = PackageFiles.entries(pkgA);
        byte[] victims = PackageFiles.editLines(e.get("victim.jsonl"), r -> r.put("birthYear", 1950));
        e.put("victim.jsonl", victims);
        PackageFiles.editManifest(e, m -> ((ObjectNode) m.get("sha256")).put("victim.jsonl", Sha256.hex(victims)));
        assertRefused(PackageFiles.write(dir.resolve("edited.atrpkg"), e), null, "Chữ ký của gói");
    }

    @Test
    void anotherUnitsVictimsMarkedDeletedWithAHigherVersionAreRefused() throws Exception {
        StringBuilder forged = new StringBuilder();
        try (Services c = Services.open(store(city))) {
            for (Victim v : c.repositories().victims().listActive()) {
                if (v.unitCode().equals(unitB)) {
                    ObjectNode r = (ObjectNode) PackageJson.mapper().readTree(ExchangeService.json(v));
                    ((ObjectNode) r.get("meta")).put("version", v.meta().version() + 1).put("deleted", true)
                            .put("updatedBy", "nguoi-khac");
                    forged.append(r).append('\n');
                }
            }
        }
        assertThat(forged).isNotEmpty();
        assertRefused(withVictimLines(forged, "deletes"), null, "ngoài đơn vị " + unitA);
        assertThat(StoreTestSupport.count(city, "SELECT count(*) FROM victim WHERE deleted = 1")).isZero();
    }

    @Test
    void anotherUnitsRecordGivenTheWardsUnitUnderItsOwnIdIsRefused() throws Exception {
        // An insider reuses the id of a unit B record the city holds, "moving" it into unit A, to overwrite it.
        StringBuilder forged = new StringBuilder();
        try (Services c = Services.open(store(city))) {
            Victim v = c.repositories().victims().listActive().stream().filter(x -> x.unitCode().equals(unitB))
                    .findFirst().orElseThrow();
            ObjectNode r = (ObjectNode) PackageJson.mapper().readTree(ExchangeService.json(v));
            r.put("unitCode", unitA);
            ((ObjectNode) r.get("meta")).put("version", v.meta().version() + 8).put("updatedBy", "nguoi-khac");
            forged.append(r).append('\n');
        }
        assertRefused(withVictimLines(forged, "moved"), null, "mà ở đây thuộc");
    }

    @Test
    void aNewVictimOfTheWardsUnitBelowAnotherUnitsCaseIsRefused() throws Exception {
        // counted in unit B's figures if let in: the services refuse it to commune staff, packages the same
        StringBuilder forged = new StringBuilder();
        try (Services c = Services.open(store(city))) {
            Victim v = c.repositories().victims().listActive().stream().filter(x -> x.unitCode().equals(unitA))
                    .findFirst().orElseThrow();
            String caseOfB = c.repositories().cases().listActive().stream().filter(x -> x.unitCode().equals(unitB))
                    .findFirst().orElseThrow().meta().id();
            ObjectNode r = (ObjectNode) PackageJson.mapper().readTree(ExchangeService.json(v));
            r.put("caseId", caseOfB).put("victimCode", "NN-MOI");
            ((ObjectNode) r.get("meta")).put("id", "01865a00-0000-7000-8000-00000000bee2").put("version", 1);
            forged.append(r).append('\n');
        }
        assertRefused(withVictimLines(forged, "below"), null, "ghi một bản ghi thuộc vụ việc");
    }

    @Test
    void identifiersAddedToAPackageOrOfAnotherUnitsVictimAreRefused() throws Exception {
        char[] password = "mat-khau-goi-xa".toCharArray();
        String victimOfB;
        Map<String, byte[]> entities = new java.util.LinkedHashMap<>();
        try (Services c = Services.open(store(city))) {
            victimOfB = c.repositories().victims().listActive().stream().filter(x -> x.unitCode().equals(unitB))
                    .findFirst().orElseThrow().meta().id();
        }
        entities.put("victim_identity", (PackageJson.mapper().writeValueAsString(new vn.atr.domain.VictimIdentity(
                victimOfB, "Nguyễn Văn Giả", "001099012345", null, null)) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Manifest honest = TrustFixtures.manifest(pkgA);
        for (boolean declared : new boolean[] {false, true}) {
            Manifest m = new Manifest(Manifest.FORMAT_VERSION, unitA, honest.installationId(), honest.periodFrom(),
                    honest.periodTo(), honest.createdAt(), honest.appVersion(), declared, null, null, null, null,
                    honest.auditHead(), honest.earlierHeads());
            Path forged = dir.resolve("ids-" + declared + ".atrpkg");
            try (var out = java.nio.file.Files.newOutputStream(forged)) {
                new vn.atr.format.pkg.PackageWriter().write(out, m, entities, Map.of("victim_identity", 1L),
                        password, wardKeys);
            }
            assertRefused(forged, password, declared ? "ngoài đơn vị được duyệt của nơi gửi"
                    : "phần khai của gói (đã ký) ghi là không kèm");
        }
    }

    @Test
    void anotherInstallationOrUnitClaimedIsRefused() throws Exception {
        Map<String, byte[]> e = PackageFiles.entries(pkgA);
        PackageFiles.editManifest(e, m -> m.put("installationId", "00000000-0000-0000-0000-000000000000"));
        PackageFiles.resign(e, wardKeys);
        assertRefused(PackageFiles.write(dir.resolve("other-installation.atrpkg"), e), null, "thuộc cài đặt");

        Path pkgB = dir.resolve("b.atrpkg");
        try (Services w = Services.open(store(ward))) {
            w.exchange().export(unitB, YEAR, pkgB, null); // signed correctly, but for a unit not its own
        }
        // the units by name, with the code the commands take
        assertRefused(pkgB, null, "Gói ghi dữ liệu của đơn vị ", " (" + unitB + ") nhưng nơi gửi ");
        assertRefused(pkgB, null, "chỉ được gửi dữ liệu của ", " (" + unitA + ") và các đơn vị trực thuộc");
    }

    @Test
    void theManifestOfAnEncryptedPackageCannotBeSwappedOrEdited() throws Exception {
        char[] password = "mat-khau-goi-xa".toCharArray();
        Path enc = dir.resolve("enc.atrpkg");
        Path other = dir.resolve("enc-2.atrpkg");
        try (Services w = Services.open(store(ward))) {
            w.exchange().export(unitA, YEAR, enc, password);
            w.exchange().export(unitA, ReportPeriod.ofYear(2022), other, password);
        }
        Map<String, byte[]> edited = PackageFiles.entries(enc);
        PackageFiles.editManifest(edited, m -> m.put("periodFrom", "2020-01-01"));
        assertRefused(PackageFiles.write(dir.resolve("edited.atrpkg"), edited), password, "Chữ ký của gói");
        // Signed again by the ward's own key: the payload's tag covers the manifest (associated data).
        PackageFiles.resign(edited, wardKeys);
        assertRefused(PackageFiles.write(dir.resolve("resigned.atrpkg"), edited), password, "đã bị thay đổi");
        // Another package's manifest and signature, both genuine, over this payload.
        Map<String, byte[]> swapped = PackageFiles.entries(enc);
        Map<String, byte[]> donor = PackageFiles.entries(other);
        swapped.put(Manifest.ENTRY, donor.get(Manifest.ENTRY));
        swapped.put(Manifest.SIGNATURE, donor.get(Manifest.SIGNATURE));
        assertRefused(PackageFiles.write(dir.resolve("swapped.atrpkg"), swapped), password, "payload.enc bị thay đổi");
    }

    @Test
    void anUnknownSignerIsRefusedByFingerprintAndListedPendingThenApprovedOnce() throws Exception {
        Path stranger = dir.resolve("stranger.atrpkg");
        String fingerprint;
        String installation;
        try (Services s = Services.open(store(dir.resolve("stranger.db")))) {
            s.sample().loadHaiPhong2023();
            s.exchange().export(unitB, YEAR, stranger, null);
            fingerprint = s.exchange().trust().ownFingerprint();
            installation = s.exchange().installationId();
        }
        assertRefused(stranger, null, "chưa được duyệt: mã khóa " + fingerprint);
        assertRefused(stranger, null, fingerprint); // still pending: refused again, listed once
        try (Services c = Services.open(store(city))) {
            assertThat(c.exchange().trust().list()).filteredOn(p -> p.fingerprint().equals(fingerprint))
                    .singleElement().satisfies(p -> {
                        assertThat(p.status()).isEqualTo(PackageSender.Status.PENDING);
                        assertThat(p.unit()).isEqualTo(unitB);
                        assertThat(p.installation()).isEqualTo(installation);
                    });
            c.exchange().trust().approve(fingerprint.toLowerCase().replace("-", ""));
            ImportPlan plan = c.exchange().plan(stranger, null);
            assertThat(plan.rejected()).isEmpty();
            c.exchange().apply(plan);
            assertThat(c.audit().list(null, "trust.approved", 5)).anySatisfy(a ->
                    assertThat(a.recordId()).isEqualTo(fingerprint));
        }
    }

    @Test
    void aRevokedSignerIsRefused() throws Exception {
        try (Services c = Services.open(store(city))) {
            c.exchange().trust().revoke(wardFingerprint);
        }
        assertRefused(pkgA, null, "đã bị thu hồi");
    }

    @Test
    void anOldUnsignedPackageImportsAfterOneApprovalOfItsInstallation() throws Exception {
        Path legacy = Path.of("src/test/resources/legacy/package-unsigned.atrpkg");
        Path legacyEncrypted = Path.of("src/test/resources/legacy/package-unsigned-encrypted.atrpkg");
        char[] password = vn.atr.service.LegacyFixtures.PACKAGE_PASSWORD.toCharArray();
        String identity = PackageSender.unsignedFingerprint(TrustFixtures.manifest(legacy).installationId());
        Path fresh = dir.resolve("fresh-city.db");
        city = fresh;
        try (Services c = Services.open(store(fresh))) {
            c.exchange().installationId();
        }
        assertRefused(legacy, null, "chưa được duyệt: mã khóa " + identity);
        try (Services c = Services.open(store(fresh))) {
            assertThat(c.exchange().trust().list()).singleElement().satisfies(p -> {
                assertThat(p.status()).isEqualTo(PackageSender.Status.PENDING);
                assertThat(p.unit()).isEqualTo(vn.atr.service.LegacyFixtures.UNIT);
            });
            c.exchange().trust().approve(identity);
            assertThat(c.exchange().plan(legacyEncrypted, password).counts().get(ImportPlan.Outcome.NEW)).isEqualTo(5);
            ImportPlan plan = c.exchange().plan(legacy, null);
            assertThat(plan.manifest().formatVersion()).isEqualTo(Manifest.UNSIGNED_FORMAT_VERSION);
            assertThat(plan.counts().get(ImportPlan.Outcome.NEW)).isEqualTo(5); // a case, 3 victims, an activity
            c.exchange().apply(plan);
            assertThat(c.repositories().victims().listActive()).hasSize(3);

            // Once that installation signs its packages, its unsigned identity is retired.
            String installation = TrustFixtures.manifest(legacy).installationId();
            c.exchange().trust().enrol(java.util.Base64.getEncoder().encodeToString(Ed25519.generate().publicKey()),
                    installation, vn.atr.service.LegacyFixtures.UNIT);
            assertThat(c.exchange().trust().list()).filteredOn(p -> p.fingerprint().equals(identity)).singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo(PackageSender.Status.REVOKED));
            assertThatThrownBy(() -> c.exchange().plan(legacy, null)).hasMessageContaining("đã bị thu hồi");
            // and it cannot be approved again: an unsigned package in its name could be anyone's
            assertThatThrownBy(() -> c.exchange().trust().approve(identity))
                    .hasMessageContaining("Không duyệt " + identity).hasMessageContaining("xuất lại gói");
            assertThat(c.exchange().trust().list()).filteredOn(p -> p.fingerprint().equals(identity)).singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo(PackageSender.Status.REVOKED));
            // nor under its installation id written otherwise: the same installation, not a new one to approve
            Map<String, byte[]> e = PackageFiles.entries(legacy);
            PackageFiles.editManifest(e, m -> m.put("installationId", " " + installation.toUpperCase() + " "));
            Path shouted = PackageFiles.write(dir.resolve("shouted.atrpkg"), e);
            assertThatThrownBy(() -> c.exchange().plan(shouted, null)).hasMessageContaining("đã bị thu hồi");
            assertThat(c.exchange().trust().list()).filteredOn(p -> !p.signed()).singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo(PackageSender.Status.REVOKED));
        }
    }

    /**
     * A ward formed on 01/07/2025 filed its earlier work under its old district: its package of the district is
     * refused, saying how to allow it; once an administrator allows that dissolved unit (audited), it merges. A
     * unit still in force cannot be allowed.
     */
    @Test
    void aWardFormedIn2025SendsItsOldDistrictsRecordsOnceAllowed() throws Exception {
        String ward2025 = "10305012"; // Phường Lê Chân, in force from 01/07/2025
        try (Services c = Services.open(store(city))) {
            c.exchange().trust().add(dir.resolve("ward.key"), ward2025);
            assertThat(c.reference().unit(unitA).orElseThrow().validTo()).as("the sample's unit is a district dissolved"
                    + " in 2025").isNotNull();
        }
        assertRefused(pkgA, null, "chỉ được gửi dữ liệu của Phường Lê Chân (" + ward2025 + ")");
        assertRefused(pkgA, null, "quản trị viên cho phép bằng lệnh: atr trust approve " + wardFingerprint
                + " --former-unit " + unitA);
        try (Services c = Services.open(store(city))) {
            assertThatThrownBy(() -> c.exchange().trust().approve(wardFingerprint, List.of(unitA, "10305013")))
                    .hasMessageContaining("vẫn còn hiệu lực");
            assertThat(c.exchange().trust().formerUnits(wardFingerprint)).as("one transaction: nothing granted").isEmpty();

            c.exchange().trust().approve(wardFingerprint, List.of(unitA));
            assertThat(c.exchange().trust().formerUnits(wardFingerprint)).containsExactly(unitA);
            ImportPlan plan = c.exchange().plan(pkgA, null);
            assertThat(plan.rejected()).isEmpty();
            c.exchange().apply(plan);
            // a package of another unit, dissolved or not, is still refused
            assertThat(c.exchange().trust().approve(wardFingerprint, List.of(unitA)).status())
                    .isEqualTo(PackageSender.Status.APPROVED);
        }
        assertThat(StoreTestSupport.count(city, "SELECT count(*) FROM audit_log WHERE action = 'trust.formerUnit'"))
                .as("granted once, audited once").isEqualTo(1);
        Path pkgB = dir.resolve("b.atrpkg");
        try (Services w = Services.open(store(ward))) {
            w.exchange().export(unitB, YEAR, pkgB, null);
        }
        assertRefused(pkgB, null, "chỉ được gửi dữ liệu của Phường Lê Chân (" + ward2025 + ")");
    }

    @Test
    void onlyAnAdministratorApprovesOrRevokesASender() {
        try (Services c = Services.open(store(city))) {
            c.auth().createFirstAdministrator("quantri", "mat-khau-quan-tri-1".toCharArray());
            c.users().add("bientap", vn.atr.domain.access.Role.COMPILER, null, "mat-khau-bien-tap-1".toCharArray());
            c.auth().login("bientap", "mat-khau-bien-tap-1".toCharArray());
            assertThat(c.exchange().trust().list()).isNotEmpty(); // a compiler imports, so sees who is trusted
            assertThatThrownBy(() -> c.exchange().trust().revoke(wardFingerprint))
                    .isInstanceOf(vn.atr.service.AccessDeniedException.class);
            c.auth().login("quantri", "mat-khau-quan-tri-1".toCharArray());
            assertThat(c.exchange().trust().revoke(wardFingerprint).status()).isEqualTo(PackageSender.Status.REVOKED);
        }
    }

    /**
     * The ward's package A with {@code lines} added to its victims, its checksum and signature made again with the
     * ward's own key: an insider, not an outsider.
     */
    private Path withVictimLines(CharSequence lines, String name) throws Exception {
        Map<String, byte[]> e = PackageFiles.entries(pkgA);
        byte[] victims = (new String(e.get("victim.jsonl"), java.nio.charset.StandardCharsets.UTF_8) + lines)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        e.put("victim.jsonl", victims);
        PackageFiles.editManifest(e, m -> ((ObjectNode) m.get("sha256")).put("victim.jsonl", Sha256.hex(victims)));
        PackageFiles.resign(e, wardKeys);
        return PackageFiles.write(dir.resolve(name + ".atrpkg"), e);
    }

    /** Refused with {@code fragment}, audited once more, the city's records and exchange bookkeeping unchanged. */
    private void assertRefused(Path pkg, char[] password, String... fragments) throws Exception {
        String before = StoreTestSupport.tablesDigest(city, RECORDS);
        long refusals = StoreTestSupport.count(city, REFUSALS);
        try (Services c = Services.open(store(city))) {
            assertThatThrownBy(() -> c.exchange().apply(c.exchange().plan(pkg, password)))
                    .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
        }
        assertThat(StoreTestSupport.tablesDigest(city, RECORDS)).isEqualTo(before);
        assertThat(StoreTestSupport.count(city, REFUSALS)).isEqualTo(refusals + 1);
        assertThat(StoreTestSupport.text(city, "SELECT detail FROM audit_log WHERE action = 'import.refused'"
                + " ORDER BY seq DESC LIMIT 1")).contains(fragments);
    }
}
