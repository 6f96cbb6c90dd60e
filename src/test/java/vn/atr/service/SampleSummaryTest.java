package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.store.StoreException;
import vn.atr.store.StoreTestSupport;

/** The Hai Phong 2023 sample must give exactly the figures of the public article. */
class SampleSummaryTest implements vn.atr.store.EngineUnderTest {
    @TempDir
    Path dir;

    @Test
    void sampleGivesTheArticleFigures() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            assertThat(s.sample().loadHaiPhong2023()).isEqualTo(118); // 117 records and the city's plan of the year
            Summary y = s.summary().summary(ReportPeriod.ofYear(2023), Optional.empty());
            assertThat(y.from()).isEqualTo(LocalDate.of(2022, 12, 15));
            assertThat(y.to()).isEqualTo(LocalDate.of(2023, 12, 14));
            assertThat(y.trainingCourses()).isEqualTo(1);
            assertThat(y.outreachSessions()).isEqualTo(54);
            assertThat(y.outreachParticipants()).isEqualTo(10_215).isGreaterThan(10_000);
            assertThat(y.leaflets()).isEqualTo(4_000);
            assertThat(y.bannerPlaces()).isEqualTo(3);
            assertThat(y.newsArticles()).isEqualTo(70);
            assertThat(y.legalDocumentsPosted()).isEqualTo(24);
            assertThat(y.websiteNewsItems()).isEqualTo(50);
            assertThat(y.websiteVisits()).isEqualTo(50_640);
            assertThat(y.cases()).isEqualTo(3);
            assertThat(y.victims()).isEqualTo(4);
            assertThat(y.victimsOtherProvince()).isEqualTo(3);
            assertThat(y.victimsLocal()).isEqualTo(1);
            assertThat(y.victimsReturned()).isEqualTo(4);
            assertThat(y.supportServices()).isEqualTo(13);
            assertThat(y.supportAmountVnd()).isEqualTo(14_300_000);
        }
    }

    @Test
    void sampleRecordsAllLieInsideThePeriod() throws Exception {
        Path file = dir.resolve("s.db");
        try (Services s = Services.open(store(file))) {
            s.sample().loadHaiPhong2023();
        }
        assertThat(StoreTestSupport.count(file,
                "SELECT count(*) FROM activity WHERE start_date NOT BETWEEN '2022-12-15' AND '2023-12-14'")).isZero();
        assertThat(StoreTestSupport.count(file,
                "SELECT count(*) FROM support_service WHERE service_date NOT BETWEEN '2022-12-15' AND '2023-12-14'"))
                .isZero();
    }

    @Test
    void summaryForAUnitCountsItsRecordsOnly() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.sample().loadHaiPhong2023();
            Summary thuyNguyen = s.summary().summary(ReportPeriod.ofYear(2023), Optional.of("311"));
            assertThat(thuyNguyen.cases()).isEqualTo(1);
            assertThat(thuyNguyen.victims()).isEqualTo(2);
            assertThat(thuyNguyen.victimsLocal()).isEqualTo(1);
            assertThat(thuyNguyen.websiteVisits()).isZero();
            Summary city = s.summary().summary(ReportPeriod.ofYear(2023), Optional.of("04"));
            assertThat(city.outreachSessions()).isEqualTo(54);
        }
    }

    @Test
    void periodOrUnitWithoutDataGivesZeros() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.sample().loadHaiPhong2023();
            Summary empty = s.summary().summary(ReportPeriod.ofYear(2021), Optional.empty());
            assertThat(empty).usingRecursiveComparison().ignoringFields("from", "to")
                    .isEqualTo(new Summary(null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            Summary quietCommune = s.summary().summary(ReportPeriod.ofYear(2023), Optional.of("10301008"));
            assertThat(quietCommune.outreachSessions()).isZero();
            assertThat(quietCommune.cases()).isZero();
            assertThatThrownBy(() -> s.summary().summary(ReportPeriod.ofYear(2023), Optional.of("XYZ")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("XYZ");
        }
    }

    @Test
    void sampleLoadsOnlyOnceAndTheSecondAttemptChangesNothing() throws Exception {
        Path file = dir.resolve("s.db");
        try (Services s = Services.open(store(file))) {
            s.sample().loadHaiPhong2023();
        }
        String before = StoreTestSupport.digest(file);
        try (Services s = Services.open(store(file))) {
            assertThatThrownBy(() -> s.sample().loadHaiPhong2023()).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("haiphong-2023");
        }
        assertThat(StoreTestSupport.digest(file)).isEqualTo(before);
    }

    @Test
    void generatorIsDeterministic() {
        DataGenerator.Spec spec = new DataGenerator.Spec(10, 500, 8, 99, 2025);
        Summary a;
        Summary b;
        try (Services s = Services.open(store(dir.resolve("a.db")))) {
            DataGenerator.Result r = s.generator().generate(spec);
            assertThat(r.activities()).isEqualTo(500);
            assertThat(r.cases()).isEqualTo(8);
            a = s.summary().summary(ReportPeriod.ofYear(2025), Optional.empty());
            assertThatThrownBy(() -> s.generator().generate(spec)).isInstanceOf(ServiceException.class);
        }
        try (Services s = Services.open(store(dir.resolve("b.db")))) {
            s.generator().generate(spec);
            b = s.summary().summary(ReportPeriod.ofYear(2025), Optional.empty());
        }
        assertThat(a).isEqualTo(b);
        assertThat(a.cases()).isEqualTo(8);
        assertThat(a.outreachSessions() + a.trainingCourses()).isPositive();
    }
}
