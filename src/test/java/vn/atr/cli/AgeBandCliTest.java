package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.cli.CliTest.atr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.cli.CliTest.Run;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Meta;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/**
 * Age bands are data: a band added with {@code atr catalog add --kind age-band} becomes a row of the report's age
 * table (.docx and .xlsx, read back) with no code change, victims with a birth year counted into it; a band that
 * overlaps another or leaves ages out is refused with one Vietnamese line, and nothing changes. The bands travel
 * in the catalogue file (export, import with the same rules), and files from before bands were data still import.
 */
class AgeBandCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2024, 3, 14);

    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("a.db");
        assertThat(atr("init", "--db", db.toString()).exit()).isZero();
        return db;
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    @Test
    void aBandAddedOnTheCommandLineIsARowOfTheAgeTablesInWordAndExcel() throws Exception {
        Path db = store();
        // Over 50 splits in two: the open band is retired first (the last band may go), then 51-60 and 61+ follow on.
        ok(atr("catalog", "retire", "OVER_50", "--db", db.toString(), "--from", "01/01/2024"));
        ok(atr("catalog", "add", "--db", db.toString(), "--kind", "age-band", "--name", "Từ 51 đến 60 tuổi",
                "--from-age", "51", "--to-age", "60"));
        Run add = ok(atr("catalog", "add", "--db", db.toString(), "--kind", "age-band", "--name", "Trên 60 tuổi",
                "--from-age", "61", "--code", "OVER_60"));
        assertThat(add.out()).contains("OVER_60", "Trên 60 tuổi", "61+");
        assertThat(ok(atr("catalog", "list", "--db", db.toString())).out())
                .contains("OVER_60", "Trên 60 tuổi", "AGE_51_60", "Từ 51 đến 60 tuổi", "UNDER_6");

        try (Services s = Services.open(db)) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-09", DAY,
                    DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(), CaseStatus.INVESTIGATING, 1, null), "test");
            String id = c.meta().id();
            // Born 1961 and 1958: 63 and 66 in 2024, counted by age whatever band was chosen on entry (the band
            // retired before the case is no longer offered nor accepted).
            s.cases().save(victim(id, "NN-1", 1961, "AGE_51_60"), "test");
            s.cases().save(victim(id, "NN-2", 1958, "OVER_60"), "test");
            s.cases().save(victim(id, "NN-3", 1970, "AGE_51_60"), "test");
            s.cases().save(victim(id, "NN-4", 2010, "FROM_12_TO_15"), "test");
            s.cases().save(victim(id, "NN-5", null, "UNDER_16"), "test");
            assertThatThrownBy(() -> s.cases().save(victim(id, "NN-6", 1960, "OVER_50"), "test"))
                    .hasMessage("Nhóm tuổi: nhóm tuổi \"Trên 50 tuổi\" ngừng áp dụng từ ngày 01/01/2024: không chọn"
                            + " được cho vụ việc phát hiện ngày 14/03/2024; chọn một nhóm tuổi đang áp dụng");
            List<AuditEntry> audit = s.audit().list(null, "catalog.", 10);
            assertThat(audit).extracting(AuditEntry::recordId).contains("OVER_60", "AGE_51_60", "OVER_50");
        }

        Path docx = dir.resolve("r.docx");
        Path xlsx = dir.resolve("r.xlsx");
        ok(atr("report", "--db", db.toString(), "--year", "2024", "--docx", docx.toString(), "--xlsx", xlsx.toString()));

        String sheet = vn.atr.report.SheetText.of(xlsx, "Độ tuổi");
        assertThat(sheet).contains("Từ 12 đến dưới 16 tuổi|1\nDưới 16 tuổi (không rõ tuổi cụ thể)|1\n")
                .contains("Từ 51 đến 60 tuổi|1\nTrên 60 tuổi|2\n").doesNotContain("Trên 50 tuổi");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(body).contains("2 nạn nhân trên 60 tuổi");
            assertThat(tableRows(doc)).contains("Trên 60 tuổi|2", "Từ 51 đến 60 tuổi|1",
                    "Dưới 16 tuổi (không rõ tuổi cụ thể)|1");
        }
    }

    @Test
    void overlappingOrGappedBandsAreRefusedAndNothingChanges() {
        Path db = store();
        List<AgeBandEntry> before;
        try (Services s = Services.open(db)) {
            before = s.ageBands().list();
        }
        Run overlap = atr("catalog", "add", "--db", db.toString(), "--kind", "age-band", "--name", "Từ 10 đến 14 tuổi",
                "--from-age", "10", "--to-age", "14");
        assertThat(overlap.exit()).isEqualTo(1);
        assertThat(overlap.err()).contains("Từ tuổi", "trùng với nhóm", "Từ 10 đến 14 tuổi");

        Run gap = atr("catalog", "retire", "FROM_18_TO_30", "--db", db.toString());
        assertThat(gap.exit()).isEqualTo(1);
        assertThat(gap.err()).contains("bỏ sót tuổi 18 đến 30");

        Run noUnit = atr("catalog", "add", "--db", db.toString(), "--kind", "activity", "--name", "Sổ tay");
        assertThat(noUnit.exit()).isEqualTo(2);
        assertThat(noUnit.err()).contains("--unit");

        try (Services s = Services.open(db)) {
            assertThat(s.ageBands().list()).isEqualTo(before);
            assertThat(s.audit().list(null, "catalog.", 10)).isEmpty();
        }
    }

    @Test
    void theBandsTravelWithTheCatalogueFileAndAreShownAsTheyAreApplied() throws Exception {
        Path city = dir.resolve("city.db");
        Path ward = dir.resolve("ward.db");
        ok(atr("init", "--db", city.toString()));
        ok(atr("init", "--db", ward.toString()));
        ok(atr("catalog", "retire", "OVER_50", "--db", city.toString(), "--from", "01/01/2025"));
        ok(atr("catalog", "add", "--db", city.toString(), "--kind", "age-band", "--name", "Từ 51 đến 60 tuổi",
                "--from-age", "51", "--to-age", "60"));
        ok(atr("catalog", "add", "--db", city.toString(), "--kind", "age-band", "--name", "Trên 60 tuổi",
                "--from-age", "61", "--code", "OVER_60"));
        Path file = dir.resolve("danh-muc.json");
        assertThat(ok(atr("catalog", "export", "--db", city.toString(), "--out", file.toString())).out())
                .contains("11 nhóm tuổi");
        JsonNode written = JSON.readTree(file.toFile());
        assertThat(written.get("version").asInt()).isEqualTo(2);
        assertThat(written.get("ageBands")).hasSize(11);

        Run imported = ok(atr("catalog", "import", file.toString(), "--db", ward.toString()));
        assertThat(imported.out()).contains("Nhóm tuổi: thêm 2, cập nhật 1, không đổi 8")
                .contains("thêm nhóm tuổi AGE_51_60: Từ 51 đến 60 tuổi (51-60)")
                .contains("thêm nhóm tuổi OVER_60: Trên 60 tuổi (61+)")
                .contains("cập nhật nhóm tuổi OVER_50: Trên 50 tuổi (51+) (ngừng từ 01/01/2025)");
        try (Services c = Services.open(city); Services w = Services.open(ward)) {
            assertThat(w.ageBands().list()).isEqualTo(c.ageBands().list());
            assertThat(w.audit().list(null, "catalog.", 20)).extracting(AuditEntry::recordId)
                    .contains("AGE_51_60", "OVER_60", "OVER_50");
        }
        assertThat(ok(atr("catalog", "import", file.toString(), "--db", ward.toString())).out())
                .contains("Nhóm tuổi: thêm 0, cập nhật 0, không đổi 11");
    }

    @Test
    void aFileWhoseBandsWouldOverlapOrLeaveAGapIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        Path city = dir.resolve("city.db");
        Path ward = dir.resolve("ward.db");
        ok(atr("init", "--db", city.toString()));
        ok(atr("init", "--db", ward.toString()));
        ok(atr("catalog", "retire", "OVER_50", "--db", city.toString(), "--from", "01/01/2025"));
        ok(atr("catalog", "add", "--db", city.toString(), "--kind", "age-band", "--name", "Từ 51 đến 60 tuổi",
                "--from-age", "51", "--to-age", "60"));
        ok(atr("catalog", "add", "--db", city.toString(), "--kind", "age-band", "--name", "Trên 60 tuổi",
                "--from-age", "61", "--code", "OVER_60"));
        // The ward split the open band its own way: the city's 51-60 would overlap it.
        ok(atr("catalog", "retire", "OVER_50", "--db", ward.toString(), "--from", "01/01/2025"));
        ok(atr("catalog", "add", "--db", ward.toString(), "--kind", "age-band", "--name", "Từ 51 đến 65 tuổi",
                "--from-age", "51", "--to-age", "65", "--code", "FROM_51_TO_65"));
        Path file = dir.resolve("danh-muc.json");
        ok(atr("catalog", "export", "--db", city.toString(), "--out", file.toString()));
        String before = StoreTestSupport.digest(ward);

        Run overlap = atr("catalog", "import", file.toString(), "--db", ward.toString());
        assertThat(overlap.exit()).isEqualTo(1);
        assertThat(overlap.err()).contains("Từ tuổi", "trùng với nhóm", "Từ 51 đến 65 tuổi");
        assertThat(StoreTestSupport.digest(ward)).isEqualTo(before);

        // A file whose 18-30 band starts at 19 would leave age 18 in no band.
        ObjectNode gapped = (ObjectNode) JSON.readTree(file.toFile());
        for (JsonNode b : gapped.get("ageBands")) {
            if (b.get("code").asText().equals("FROM_18_TO_30")) {
                ((ObjectNode) b).put("minAge", 19);
            }
        }
        Path gapFile = dir.resolve("gap.json");
        JSON.writeValue(gapFile.toFile(), gapped);
        Path fresh = dir.resolve("fresh.db");
        ok(atr("init", "--db", fresh.toString()));
        String freshBefore = StoreTestSupport.digest(fresh);
        Run gap = atr("catalog", "import", gapFile.toString(), "--db", fresh.toString());
        assertThat(gap.exit()).isEqualTo(1);
        assertThat(gap.err()).contains("bỏ sót tuổi 18 đến 18");
        assertThat(StoreTestSupport.digest(fresh)).isEqualTo(freshBefore);
    }

    @Test
    void aCatalogueFileFromBeforeAgeBandsStillImportsAndLeavesTheBands() throws Exception {
        Path city = dir.resolve("city.db");
        Path ward = dir.resolve("ward.db");
        ok(atr("init", "--db", city.toString()));
        ok(atr("init", "--db", ward.toString()));
        ok(atr("catalog", "add", "--db", city.toString(), "--kind", "metric", "--name", "Lượt phát thanh",
                "--unit", "lượt phát", "--code", "LOUDSPEAKER_RUNS"));
        Path file = dir.resolve("danh-muc.json");
        ok(atr("catalog", "export", "--db", city.toString(), "--out", file.toString()));
        ObjectNode old = (ObjectNode) JSON.readTree(file.toFile());
        old.put("version", 1);
        old.remove("ageBands");
        JSON.writeValue(file.toFile(), old);
        List<AgeBandEntry> bands;
        try (Services w = Services.open(ward)) {
            bands = w.ageBands().list();
        }
        Run imported = ok(atr("catalog", "import", file.toString(), "--db", ward.toString()));
        assertThat(imported.out()).contains("thêm 1").contains("Nhóm tuổi: thêm 0, cập nhật 0, không đổi 0");
        try (Services w = Services.open(ward)) {
            assertThat(w.catalog().find("LOUDSPEAKER_RUNS")).isPresent();
            assertThat(w.ageBands().list()).isEqualTo(bands);
        }
    }

    @Test
    void aPackageVictimWithABandTheCityLacksIsRejectedWithTheReasonUntilTheBandArrives() throws Exception {
        Path ward = dir.resolve("ward.db");
        Path city = dir.resolve("city.db");
        ok(atr("init", "--db", ward.toString()));
        ok(atr("init", "--db", city.toString()));
        // The ward split the open band on its own; its victim carries the new band.
        ok(atr("catalog", "retire", "OVER_50", "--db", ward.toString(), "--from", "01/01/2024"));
        ok(atr("catalog", "add", "--db", ward.toString(), "--kind", "age-band", "--name", "Từ 51 tuổi trở lên",
                "--from-age", "51", "--code", "FROM_51"));
        try (Services s = Services.open(ward)) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-11", DAY,
                    DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(), CaseStatus.INVESTIGATING, 1, null), "test");
            s.cases().save(victim(c.meta().id(), "NN-1", null, "FROM_51"), "test");
        }
        Path pkg = dir.resolve("ward.atrpkg");
        ok(atr("export", "--db", ward.toString(), "--year", "2024", "--out", pkg.toString()));
        try (Services s = Services.open(city)) {
            vn.atr.service.exchange.TrustFixtures.trustSenderOf(s, pkg);
        }
        String before = StoreTestSupport.recordsDigest(city); // the refusal itself is logged
        Run refused = atr("import", pkg.toString(), "--db", city.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("không có nhóm tuổi \"FROM_51\" trong danh mục nhóm tuổi");
        assertThat(StoreTestSupport.recordsDigest(city)).isEqualTo(before);

        // Once the city has the band (the catalogue file), the same package imports.
        Path file = dir.resolve("danh-muc.json");
        ok(atr("catalog", "export", "--db", ward.toString(), "--out", file.toString()));
        ok(atr("catalog", "import", file.toString(), "--db", city.toString()));
        ok(atr("import", pkg.toString(), "--db", city.toString()));
        assertThat(StoreTestSupport.text(city, "SELECT age_band FROM victim WHERE victim_code = 'NN-1'"))
                .isEqualTo("FROM_51");
    }

    private static Victim victim(String caseId, String code, Integer birthYear, String band) {
        return new Victim(Meta.fresh("test"), "04", caseId, code, Sex.FEMALE, birthYear, band, "Kinh", null, true, "04",
                LegalStatus.VICTIM, Set.of(ExploitationForm.FORCED_LABOUR), ReturnPath.RESCUED, null, null, false, null);
    }

    /** Every table row of the document as "label|figures" (the row number left out). */
    private static List<String> tableRows(XWPFDocument doc) {
        return doc.getTables().stream().flatMap(t -> t.getRows().stream()).map(AgeBandCliTest::rowText).toList();
    }

    private static String rowText(XWPFTableRow r) {
        return r.getTableCells().stream().map(XWPFTableCell::getText).filter(t -> !t.isBlank())
                .collect(Collectors.joining("|")).replaceFirst("^\\d+\\|", "");
    }
}
