package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.cli.CliTest.atr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.cli.CliTest.Run;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.ValidationException;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/**
 * {@code atr catalog}: an indicator added on the command line takes records (through the record
 * service the form uses), shows in {@code summary --json} under {@code indicators}, travels to another
 * store as a catalogue file, and once retired refuses records dated from its retirement while keeping
 * its history. Bad input is one line, exit 1, and changes nothing.
 */
class CatalogCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path store(String name) {
        Path db = dir.resolve(name);
        assertThat(atr("init", "--db", db.toString()).exit()).isZero();
        return db;
    }

    private static JsonNode json(Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static JsonNode entry(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (n.get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError(code + " not in " + list);
    }

    private static Activity activity(String type, LocalDate day, int participants, long quantity) {
        return new Activity(Meta.fresh("test"), "04", type, day, null, "Phát sổ tay", null, List.of(), Set.of(),
                null, participants, quantity, null);
    }

    @Test
    void anIndicatorAddedOnTheCommandLineTakesRecordsAndShowsInTheSummary() throws Exception {
        Path db = store("a.db");
        Run add = atr("catalog", "add", "--db", db.toString(), "--kind", "activity", "--name", "Sổ tay",
                "--unit", "cuốn", "--group", "materials", "--from", "01/01/2024");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("SO_TAY");

        JsonNode list = json(atr("catalog", "list", "--db", db.toString(), "--json"));
        JsonNode added = entry(list, "SO_TAY");
        assertThat(added.get("name").asText()).isEqualTo("Sổ tay");
        assertThat(added.get("unit").asText()).isEqualTo("cuốn");
        assertThat(added.get("kind").asText()).isEqualTo("activity");
        assertThat(added.get("group").asText()).isEqualTo("materials");
        assertThat(added.get("introducedOn").asText()).isEqualTo("2024-01-01");
        assertThat(entry(list, "LEAFLET").get("unit").asText()).isEqualTo("tờ");
        assertThat(entry(list, "WEBSITE_VISITS").get("kind").asText()).isEqualTo("metric");
        java.util.List<JsonNode> bands = new java.util.ArrayList<>();
        list.forEach(n -> {
            if ("age-band".equals(n.get("kind").asText())) {
                bands.add(n);
            }
        });
        assertThat(bands).as("the age bands, as in the text list").isNotEmpty()
                .allSatisfy(b -> assertThat(b.get("name").asText()).isNotBlank());

        try (Services s = Services.open(db)) {
            s.activities().save(activity("SO_TAY", LocalDate.of(2024, 3, 8), 40, 300), "test");
            s.activities().save(activity("SO_TAY", LocalDate.of(2024, 5, 2), 25, 200), "test");
            assertThatThrownBy(() -> s.activities().save(activity("SO_TAY", LocalDate.of(2023, 12, 31), 1, 1), "test"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("01/01/2024");
        }

        JsonNode summary = json(atr("summary", "--db", db.toString(), "--year", "2024", "--json"));
        assertThat(summary.get("trainingCourses").asLong()).isZero();
        JsonNode soTay = entry(summary.get("indicators"), "SO_TAY");
        assertThat(soTay.get("name").asText()).isEqualTo("Sổ tay");
        assertThat(soTay.get("unit").asText()).isEqualTo("cuốn");
        assertThat(soTay.get("activities").asLong()).isEqualTo(2);
        assertThat(soTay.get("participants").asLong()).isEqualTo(65);
        assertThat(soTay.get("quantity").asLong()).isEqualTo(500);
        assertThat(entry(summary.get("indicators"), "LEAFLET").get("quantity").asLong()).isZero();
        List<String> keys = List.of("code", "name", "unit", "activities", "participants", "quantity");
        summary.get("indicators").forEach(n -> assertThat(n.fieldNames()).toIterable().containsExactlyElementsOf(keys));

        Run text = atr("summary", "--db", db.toString(), "--year", "2024");
        assertThat(text.out()).contains("Sổ tay: 2 / 65 / 500 cuốn");
    }

    @Test
    void aRetiredIndicatorRefusesNewRecordsFromItsRetirementAndKeepsItsHistory() throws Exception {
        Path db = store("r.db");
        assertThat(atr("catalog", "add", "--db", db.toString(), "--kind", "activity", "--name", "Mít tinh",
                "--unit", "cuộc", "--code", "RALLY").exit()).isZero();
        try (Services s = Services.open(db)) {
            s.activities().save(activity("RALLY", LocalDate.of(2024, 4, 30), 500, 0), "test");
        }
        Run retire = atr("catalog", "retire", "RALLY", "--db", db.toString(), "--from", "01/07/2024");
        assertThat(retire.exit()).as(retire.err()).isZero();

        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.activities().save(activity("RALLY", LocalDate.of(2024, 7, 1), 10, 0), "test"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Mít tinh").hasMessageContaining("01/07/2024");
            Activity june = s.activities().save(activity("RALLY", LocalDate.of(2024, 6, 30), 20, 0), "test");
            Activity corrected = s.activities().save(new Activity(june.meta(), "04", "RALLY", june.startDate(), null,
                    "Sửa tiêu đề", null, List.of(), Set.of(), null, 25, 0, null), "test");
            assertThat(corrected.participants()).isEqualTo(25);
        }
        JsonNode rally = entry(json(atr("summary", "--db", db.toString(), "--year", "2024", "--json"))
                .get("indicators"), "RALLY");
        assertThat(rally.get("activities").asLong()).isEqualTo(2);
        assertThat(rally.get("participants").asLong()).isEqualTo(525);
        assertThat(entry(json(atr("catalog", "list", "--db", db.toString(), "--json")), "RALLY")
                .get("retiredOn").asText()).isEqualTo("2024-07-01");
        assertThat(entry(json(atr("catalog", "list", "--db", db.toString(), "--json")), "RALLY")
                .get("measure").asText()).isEqualTo("sessions");
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        Path db = store("b.db");
        assertThat(atr("catalog", "add", "--db", db.toString(), "--kind", "activity", "--name", "Tờ gấp",
                "--unit", "tờ").exit()).isZero();
        String before = StoreTestSupport.digest(db);
        String decomposed = Normalizer.normalize("  tờ GẤP ", Normalizer.Form.NFD);
        Run[] refused = {
            atr("catalog", "add", "--db", db.toString(), "--kind", "activity", "--name", decomposed, "--unit", "tờ"),
            atr("catalog", "add", "--db", db.toString(), "--kind", "activity", "--name", "Pa nô", "--unit", "tấm",
                    "--code", "pa-no"),
            atr("catalog", "add", "--db", db.toString(), "--kind", "metric", "--name", "Lượt xem", "--unit", " "),
            atr("catalog", "retire", "NO_SUCH", "--db", db.toString()),
            atr("catalog", "import", dir.resolve("missing.json").toString(), "--db", db.toString()),
        };
        for (Run run : refused) {
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err().strip()).startsWith("atr: ").doesNotContain("\n");
        }
        assertThat(refused[0].err()).contains("TO_GAP");
        assertThat(refused[1].err()).contains("PA-NO");
        assertThat(refused[2].err()).contains("Đơn vị tính");
        assertThat(refused[3].err()).contains("NO_SUCH");
        Run badKind = atr("catalog", "add", "--db", db.toString(), "--kind", "thing", "--name", "X", "--unit", "cái");
        assertThat(badKind.exit()).isEqualTo(2);
        assertThat(badKind.err()).contains("--kind").contains("activity, metric");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void theDepartmentsCatalogueTravelsToAWardAsAFile() throws Exception {
        Path city = store("city.db");
        Path ward = store("ward.db");
        assertThat(atr("catalog", "add", "--db", city.toString(), "--kind", "metric", "--name", "Lượt phát thanh",
                "--unit", "lượt phát", "--code", "LOUDSPEAKER_RUNS", "--group", "communication").exit()).isZero();
        assertThat(atr("catalog", "retire", "OTHER", "--db", city.toString(), "--from", "01/01/2025").exit()).isZero();
        Path file = dir.resolve("danh-muc.json");
        assertThat(atr("catalog", "export", "--db", city.toString(), "--out", file.toString()).exit()).isZero();

        // A dry run says what the file would add and change, and changes nothing (no audit entry either).
        JsonNode before = json(atr("catalog", "list", "--db", ward.toString(), "--json"));
        long audited = auditEntries(ward);
        Run rehearsed = atr("catalog", "import", file.toString(), "--db", ward.toString(), "--dry-run");
        assertThat(rehearsed.exit()).as(rehearsed.err()).isZero();
        assertThat(rehearsed.out()).contains("Chạy thử: danh mục sẽ thêm 1, cập nhật 1, không đổi 13")
                .contains("  thêm LOUDSPEAKER_RUNS").contains("  cập nhật OTHER").contains("không ghi gì");
        assertThat(json(atr("catalog", "list", "--db", ward.toString(), "--json"))).isEqualTo(before);
        assertThat(auditEntries(ward)).isEqualTo(audited);

        Run imported = atr("catalog", "import", file.toString(), "--db", ward.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("thêm 1").contains("cập nhật 1");
        JsonNode wardList = json(atr("catalog", "list", "--db", ward.toString(), "--json"));
        assertThat(entry(wardList, "LOUDSPEAKER_RUNS").get("unit").asText()).isEqualTo("lượt phát");
        assertThat(entry(wardList, "OTHER").get("retiredOn").asText()).isEqualTo("2025-01-01");
        assertThat(json(atr("catalog", "list", "--db", city.toString(), "--json"))).isEqualTo(wardList);

        Run twice = atr("catalog", "import", file.toString(), "--db", ward.toString());
        assertThat(twice.out()).contains("thêm 0").contains("cập nhật 0").contains("không đổi 15");
        assertThat(json(atr("catalog", "list", "--db", ward.toString(), "--json"))).isEqualTo(wardList);
    }

    @Test
    void aPackageWithAnIndicatorTheCityLacksIsRefusedWithItsNameThenAddedOnApproval() throws Exception {
        Path ward = store("ward.db");
        Path city = store("city.db");
        assertThat(atr("catalog", "add", "--db", ward.toString(), "--kind", "activity", "--name", "Sổ tay",
                "--unit", "cuốn", "--group", "materials").exit()).isZero();
        try (Services s = Services.open(ward)) {
            s.activities().save(activity("SO_TAY", LocalDate.of(2024, 3, 8), 40, 300), "test");
            s.activities().save(activity("LEAFLET", LocalDate.of(2024, 3, 9), 0, 1000), "test");
        }
        Path pkg = dir.resolve("ward.atrpkg");
        Run export = atr("export", "--db", ward.toString(), "--year", "2024", "--out", pkg.toString());
        assertThat(export.exit()).as(export.err()).isZero();

        try (Services s = Services.open(city)) { // the city enrols the ward's key (signed packages)
            vn.atr.service.exchange.TrustFixtures.trustSenderOf(s, pkg);
        }
        Run refused = atr("import", pkg.toString(), "--db", city.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("atr: ").doesNotContain("\n")
                .contains("Sổ tay (mã SO_TAY, đơn vị cuốn)").contains("--add-catalog-entries");
        assertThat(StoreTestSupport.text(city, "SELECT count(*) FROM activity")).isEqualTo("0");
        assertThat(StoreTestSupport.text(city, "SELECT count(*) FROM activity_type WHERE code = 'SO_TAY'")).isEqualTo("0");

        Run approved = atr("import", pkg.toString(), "--db", city.toString(), "--add-catalog-entries");
        assertThat(approved.exit()).as(approved.err()).isZero();
        JsonNode soTay = entry(json(atr("summary", "--db", city.toString(), "--year", "2024", "--json"))
                .get("indicators"), "SO_TAY");
        assertThat(soTay.get("quantity").asLong()).isEqualTo(300);
        assertThat(entry(json(atr("catalog", "list", "--db", city.toString(), "--json")), "SO_TAY")
                .get("group").asText()).isEqualTo("materials");
        assertThat(StoreTestSupport.text(city, "SELECT count(*) FROM audit_log WHERE action = 'catalog.add'"))
                .isEqualTo("1");
    }

    private static long auditEntries(Path store) {
        try (Services s = Services.open(store)) {
            return s.audit().list(null, "catalog.", 100).size();
        }
    }
}
