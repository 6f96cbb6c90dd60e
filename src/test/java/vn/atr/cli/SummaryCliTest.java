package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.cli.CliTest.Run;
import vn.atr.store.StoreTestSupport;

/** The command line's unit summaries, generator determinism and refusals beyond those of {@link CliTest}. */
class SummaryCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path sampleStore() {
        Path db = dir.resolve("s.db");
        assertThat(atr("sample", "--db", db.toString()).exit()).isZero();
        return db;
    }

    private static JsonNode json(Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void unitSummaryCountsThatUnitAndAQuietUnitGivesZeros() throws Exception {
        Path db = sampleStore();
        JsonNode thuyNguyen = json(atr("summary", "--db", db.toString(), "--year", "2023", "--unit", "311", "--json"));
        assertThat(thuyNguyen.get("cases").asLong()).isEqualTo(1);
        assertThat(thuyNguyen.get("victims").asLong()).isEqualTo(2);

        JsonNode quiet = json(atr("summary", "--db", db.toString(), "--from", "01/01/2021", "--to", "31/12/2021",
                "--unit", "311", "--json"));
        assertThat(quiet.get("from").asText()).isEqualTo("2021-01-01");
        quiet.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                assertThat(e.getValue().asLong()).as(e.getKey()).isZero();
            }
        });
    }

    @Test
    void eachIndicatorsUnitWordGoesWithTheFigureItCountsAndAColumnItDoesNotCountIsADash() throws Exception {
        Path db = sampleStore();
        List<String> lines = atr("summary", "--db", db.toString(), "--year", "2023").out().lines().toList();
        assertThat(lines).contains("  Lớp tập huấn: 1 lớp / 118 / -", "  Buổi tuyên truyền: 54 buổi / 10.215 / -",
                "  Tờ rơi, tài liệu: 2 / - / 4.000 tờ", "  Lượt truy cập trang thông tin điện tử: - / - / 50.640 lượt truy cập");
        // the people recorded with cases, then those of them not (yet) found victims, as the report words them
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  Nạn nhân \\(kể cả người đang xác minh, trẻ em đi cùng\\) +4"))
                .anySatisfy(l -> assertThat(l).matches("  Trong đó: đang xác minh, trẻ em đi cùng +0"));
        assertThat(atr("summary", "--db", db.toString(), "--year", "2023").err()).as("a year with data").isEmpty();
        CliTest.Run empty = atr("summary", "--db", db.toString(), "--year", "2019");
        assertThat(empty.exit()).isZero();
        assertThat(empty.err().strip()).isEqualTo("atr: cảnh báo: kỳ 15/12/2018 - 14/12/2019 không có số liệu nào"
                + " (kiểm tra năm, --db hoặc --unit).");
        List<String> english = atr("--lang", "en", "summary", "--db", db.toString(), "--year", "2023").out().lines().toList();
        assertThat(english).as("the unit apart, where English would need its singular")
                .contains("  Training course (courses): 1 / 118 / -", "  Leaflets (copies): 2 / - / 4.000");
        CliTest.Run badDate = atr("summary", "--db", db.toString(), "--from", "2023/12/14", "--to", "14/12/2023");
        assertThat(badDate.exit()).isEqualTo(1);
        assertThat(badDate.err()).as("the option named").contains("--from: không đọc được \"2023/12/14\"");
        // the line's own mistakes are said in the language it asks for, wherever --lang stands
        for (String[] args : new String[][] {{"--lang=en", "summary", "--db", db.toString(), "--year", "2023x"},
                {"summary", "--lang", "en", "--db", db.toString(), "--year", "2023x"}, {"--lang=en", "bogus"}}) {
            CliTest.Run wrong = atr(args);
            assertThat(wrong.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(wrong.err()).as(String.join(" ", args)).doesNotContain("không").containsPattern("(?i)invalid|no command|See:");
        }
    }

    @Test
    void aPeriodWithOnlyOtherActivitiesHasDataAndPrintsThem() throws Exception {
        Path db = sampleStore();
        try (vn.atr.service.Services s = vn.atr.service.Services.open(db)) {
            s.activities().save(new vn.atr.domain.Activity(vn.atr.domain.Meta.fresh("test"), "303", "OTHER",
                    java.time.LocalDate.of(2019, 3, 2), null, "Họp dân về phòng, chống mua bán người", null, List.of(),
                    java.util.Set.of(), null, 40, 0, null), "test");
            // an entry of the section "other" with a unit of its own: its number of activities, then its copies
            String handbook = s.catalog().add(new vn.atr.service.catalog.NewIndicator(
                    vn.atr.domain.catalog.IndicatorKind.ACTIVITY, "Sổ tay gia đình", null, "cuốn", null,
                    vn.atr.domain.catalog.IndicatorGroup.OTHER, vn.atr.domain.Measure.COPIES, null)).code();
            s.activities().save(new vn.atr.domain.Activity(vn.atr.domain.Meta.fresh("test"), "303", handbook,
                    java.time.LocalDate.of(2019, 5, 2), null, "Phát sổ tay", null, List.of(), java.util.Set.of(), null,
                    0, 500, null), "test");
            // a metric alone is no data, as in the report
            s.metrics().save(new vn.atr.domain.OutreachMetric(vn.atr.domain.Meta.fresh("test"), "303", "FUNDING",
                    java.time.LocalDate.of(2017, 12, 15), java.time.LocalDate.of(2018, 12, 14), 90_000_000L, null),
                    "test");
        }
        CliTest.Run other = atr("summary", "--db", db.toString(), "--year", "2019");
        assertThat(other.exit()).isZero();
        assertThat(other.err()).as("no warning of an empty period").isEmpty();
        // counted as the report counts them: the activities, then what they recorded in their own unit, or "-"
        assertThat(other.out().lines()).contains("  Hoạt động khác: 1 hoạt động / 40 / -",
                "  Sổ tay gia đình: 1 hoạt động / - / 500 cuốn");
        assertThat(atr("--lang", "en", "summary", "--db", db.toString(), "--year", "2019").out().lines())
                .contains("  Other (activities): 1 / 40 / -");
        CliTest.Run fundingOnly = atr("summary", "--db", db.toString(), "--year", "2018");
        assertThat(fundingOnly.err()).contains("không có số liệu nào");
    }

    @Test
    void anUpgradeSaysSoOnTheTerminalBeforeItStartsAndOnlyOnce() throws Exception {
        Path db = java.nio.file.Files.copy(Path.of("src/test/resources/upgrade/atr-v1.db"), dir.resolve("old.db"));
        Run first = atr("summary", "--db", db.toString(), "--year", "2023", "--json");
        assertThat(json(first).get("victims").asLong()).isEqualTo(2);
        assertThat(first.err().lines().toList()).hasSize(2).satisfiesExactly(
                copy -> assertThat(copy).isEqualTo("atr: Đang lưu một bản sao của dữ liệu trước khi nâng cấp, vào "
                        + dir.toAbsolutePath().resolve("backups") + "."),
                upgrade -> assertThat(upgrade).startsWith("atr: Đang nâng cấp cấu trúc dữ liệu cho phiên bản mới (")
                        .contains("xin đừng ngắt lệnh"));
        Run again = atr("summary", "--db", db.toString(), "--year", "2023", "--json");
        assertThat(json(again).get("victims").asLong()).isEqualTo(2);
        assertThat(again.err()).as("a current store opens silently").isEmpty();
    }

    @Test
    void unknownUnitIsOneLineExitOneAndNothingChanges() throws Exception {
        Path db = sampleStore();
        String before = StoreTestSupport.digest(db);
        Run run = atr("summary", "--db", db.toString(), "--year", "2023", "--unit", "XYZ");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("atr: ").doesNotContain("\n").contains("XYZ");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void readingCommandsRefuseAMissingStoreAndCreateNothing() throws Exception {
        Path missing = dir.resolve("typo.db");
        for (String[] args : new String[][] {
                {"summary", "--db", missing.toString(), "--year", "2023"},
                {"report", "--db", missing.toString(), "--year", "2023", "--docx", dir.resolve("r.docx").toString()},
                {"audit", "verify", "--db", missing.toString()}}) {
            Run run = atr(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err().strip()).startsWith("atr: ").doesNotContain("\n").contains("typo.db");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(atr("init", "--db", missing.toString()).exit()).isZero();
        assertThat(atr("summary", "--db", missing.toString(), "--year", "2023").exit()).isZero();
    }

    @Test
    void impossibleEndDateIsNamed() throws Exception {
        Path db = sampleStore();
        String before = StoreTestSupport.digest(db);
        Run run = atr("summary", "--db", db.toString(), "--from", "15/12/2022", "--to", "29/02/2023");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("29/02/2023");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
        assertThat(atr("summary", "--db", db.toString(), "--from", "15/12/2023", "--to", "29/02/2024").exit())
                .isZero();
    }

    @Test
    void everyCommandRefusesADamagedFileAndLeavesItsBytes() throws Exception {
        Path db = dir.resolve("broken.db");
        byte[] junk = new byte[20_000];
        new Random(11).nextBytes(junk);
        Files.write(db, junk);
        for (String[] args : new String[][] {{"init"}, {"sample"}, {"generate", "--units", "2", "--activities", "5"}}) {
            String[] full = new String[args.length + 2];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--db";
            full[args.length + 1] = db.toString();
            Run run = atr(full);
            assertThat(run.exit()).as(args[0]).isEqualTo(1);
            assertThat(run.err().strip()).as(args[0]).doesNotContain("\n").isNotEmpty();
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(junk);
        assertThat(dir.resolve("broken.db-wal")).doesNotExist();
        assertThat(dir.resolve("broken.db.lock")).as("no lock file left beside a file that is not ATR's").doesNotExist();
    }

    @Test
    void initTwiceChangesNothing() throws Exception {
        Path db = dir.resolve("i.db");
        assertThat(atr("init", "--db", db.toString()).exit()).isZero();
        String before = StoreTestSupport.digest(db);
        assertThat(atr("init", "--db", db.toString()).exit()).isZero();
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        Run noPeriod = atr("summary", "--db", dir.resolve("s.db").toString());
        assertThat(noPeriod.exit()).isEqualTo(2);
        assertThat(noPeriod.err()).contains("--year");
        Run badYear = atr("summary", "--year", "hai nghìn");
        assertThat(badYear.exit()).isEqualTo(2);
        assertThat(badYear.err()).isNotBlank();
    }

    @Test
    void generateWithTheSameSeedGivesTheSameSummaryInTwoStores() throws Exception {
        String[] spec = {"--units", "6", "--activities", "400", "--cases", "5", "--seed", "17", "--year", "2024"};
        JsonNode[] summaries = new JsonNode[3];
        for (int i = 0; i < 3; i++) {
            String db = dir.resolve("g" + i + ".db").toString();
            String[] args = new String[spec.length + 3];
            args[0] = "generate";
            args[1] = "--db";
            args[2] = db;
            System.arraycopy(spec, 0, args, 3, spec.length);
            if (i == 2) {
                args[args.length - 3] = "18"; // another seed
            }
            assertThat(atr(args).exit()).isZero();
            summaries[i] = json(atr("summary", "--db", db, "--year", "2024", "--json"));
        }
        assertThat(summaries[0]).isEqualTo(summaries[1]);
        assertThat(summaries[0].get("cases").asLong()).isEqualTo(5);
        assertThat(summaries[0].get("outreachSessions").asLong()
                + summaries[0].get("trainingCourses").asLong()).isPositive();
        assertThat(summaries[2]).isNotEqualTo(summaries[0]);
    }
}
