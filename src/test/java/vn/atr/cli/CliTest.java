package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.StoreTestSupport;

/** Drives the real command line in-process and checks output, exit codes and the store. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run atr(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = AtrCli.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void sampleThenSummaryJsonPrintsTheArticleFigures() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        Run run = atr("summary", "--db", db, "--year", "2023", "--json");
        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("from").asText()).isEqualTo("2022-12-15");
        assertThat(json.get("to").asText()).isEqualTo("2023-12-14");
        Map<String, Long> expected = Map.ofEntries(Map.entry("trainingCourses", 1L), Map.entry("outreachSessions", 54L),
                Map.entry("outreachParticipants", 10_215L), Map.entry("leaflets", 4_000L),
                Map.entry("bannerPlaces", 3L), Map.entry("newsArticles", 70L), Map.entry("legalDocumentsPosted", 24L),
                Map.entry("websiteNewsItems", 50L), Map.entry("websiteVisits", 50_640L), Map.entry("cases", 3L),
                Map.entry("victims", 4L), Map.entry("victimsLocal", 1L), Map.entry("victimsOtherProvince", 3L),
                Map.entry("victimsReturned", 4L), Map.entry("supportServices", 13L),
                Map.entry("supportAmountVnd", 14_300_000L));
        expected.forEach((key, value) -> assertThat(json.get(key).isIntegralNumber()).as(key).isTrue());
        expected.forEach((key, value) -> assertThat(json.get(key).asLong()).as(key).isEqualTo(value));
        assertThat(json.get("trainingParticipants").isIntegralNumber()).isTrue();
    }

    @Test
    void summaryAcceptsBothDateFormsAndPrintsVietnameseNumbers() {
        String db = dir.resolve("s.db").toString();
        atr("sample", "--db", db);
        Run run = atr("summary", "--db", db, "--from", "15/12/2022", "--to", "2023-12-14");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("15/12/2022").contains("10.215").contains("50.640");
    }

    @Test
    void impossibleDateIsOneLineExitOneAndNothingChanges() throws Exception {
        Path db = dir.resolve("s.db");
        atr("sample", "--db", db.toString());
        String before = StoreTestSupport.digest(db);
        Run run = atr("summary", "--db", db.toString(), "--from", "31/11/2023");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("31/11/2023");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void missingFolderIsRefused() {
        Run run = atr("summary", "--db", dir.resolve("missing/s.db").toString(), "--year", "2023");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("missing");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void damagedFileIsRefusedAndLeftAsItWas() throws Exception {
        Path db = dir.resolve("broken.db");
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        Files.write(db, junk);
        Run run = atr("summary", "--db", db.toString(), "--year", "2023");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("bị hỏng");
        assertThat(Files.readAllBytes(db)).isEqualTo(junk);
    }

    @Test
    void theSampleNeverGoesIntoAStoreWithRecords() throws Exception {
        Path db = dir.resolve("real.db");
        assertThat(atr("generate", "--db", db.toString(), "--units", "2", "--activities", "5", "--cases", "0")
                .exit()).isZero();
        String before = StoreTestSupport.digest(db);
        Run sample = atr("sample", "--db", db.toString());
        assertThat(sample.exit()).isEqualTo(1);
        assertThat(sample.err().strip()).doesNotContain("\n")
                .containsPattern("đã có \\d+ bản ghi: dữ liệu mẫu chỉ nạp vào một tệp dữ liệu mới").contains("atr sample --db mau.db");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void loadingTheSampleTwiceIsRefused() throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(atr("sample", "--db", db.toString()).exit()).isZero();
        String before = StoreTestSupport.digest(db);
        Run second = atr("sample", "--db", db.toString());
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err().strip()).doesNotContain("\n").contains("đã được nạp");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void theSampleComesOutAgainAndTheRecordsTypedBesideItStay() throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(atr("sample", "--db", db.toString()).exit()).isZero();
        try (vn.atr.service.Services s = vn.atr.service.Services.open(db)) {
            s.activities().save(new vn.atr.domain.Activity(vn.atr.domain.Meta.fresh("canbo"), "04", "TRAINING",
                    java.time.LocalDate.of(2026, 3, 5), null, "Tập huấn của phường", null, java.util.List.of(),
                    java.util.Set.of(), null, 25, 0, null), "canbo");
        }
        long sampleActivities = StoreTestSupport.count(db, "SELECT count(*) FROM activity") - 1;

        Run removed = atr("sample", "--db", db.toString(), "--remove");
        assertThat(removed.exit()).isZero();
        assertThat(removed.out()).startsWith("Đã gỡ dữ liệu mẫu haiphong-2023: xóa 118 bản ghi mẫu và bản nháp báo cáo năm 2023\n")
                .contains("Các bản ghi do người dùng nhập được giữ nguyên");
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM activity WHERE deleted = 0")).isEqualTo(1);
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM activity WHERE deleted = 1")).isEqualTo(sampleActivities);

        String before = StoreTestSupport.digest(db);
        Run again = atr("sample", "--db", db.toString(), "--remove");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("atr: Tệp dữ liệu này không có dữ liệu mẫu haiphong-2023: không có gì để gỡ");
        CliTest.Run both = atr("sample", "--db", db.toString(), "--remove", "--dir", dir.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("atr sample: --remove chỉ gỡ dữ liệu mẫu Hải Phòng 2023: không dùng"
                + " cùng --dir. Xem: atr sample --help");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(atr("summary", "--bogus").exit()).isEqualTo(2);
        assertThat(atr("summary", "--db", dir.resolve("s.db").toString(), "--year", "2023", "--from", "1/1/2023",
                "--to", "2/1/2023").exit()).isEqualTo(2);
        assertThat(atr("nonsense").exit()).isEqualTo(2);
    }

    @Test
    void initAndGenerateWork() {
        String db = dir.resolve("g.db").toString();
        assertThat(atr("init", "--db", db).exit()).isZero();
        Run gen = atr("generate", "--db", db, "--units", "5", "--activities", "300", "--cases", "4", "--seed", "3",
                "--year", "2024");
        assertThat(gen.exit()).isZero();
        assertThat(gen.out()).contains("300");
        assertThat(atr("generate", "--db", db, "--units", "500").exit()).isEqualTo(1);
    }
}
