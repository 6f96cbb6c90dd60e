package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.atr.domain.Measure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Tally;
import vn.atr.service.Services;
import vn.atr.store.ReportQueries.VictimField;

/**
 * The report's breakdowns on the Hai Phong 2023 sample, checked against the sample's CSV rows. One store
 * for the class (on the engine of {@link EngineUnderTest}), loaded once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportQueriesTest implements EngineUnderTest {
    private static final ReportPeriod Y2023 = ReportPeriod.ofYear(2023);

    StoreLocation store;

    @BeforeAll
    void loadSample(@TempDir Path dir) {
        store = store(dir.resolve("s.db"));
        try (Services s = Services.open(store)) {
            s.sample().loadHaiPhong2023();
        }
    }

    private <T> T with(java.util.function.Function<ReportQueries, T> work) {
        try (Database db = Database.open(store)) {
            return work.apply(new ReportQueries(db));
        }
    }

    private static Map<String, Long> counts(List<Tally> rows) {
        return rows.stream().collect(Collectors.toMap(Tally::key, Tally::count));
    }

    @Test
    void activitiesByTypeMonthAndUnitAddUpToTheSummary() {
        List<ActivityTally> byType = with(q -> q.activitiesByType(Y2023, List.of()));
        ActivityTally outreach = byType.stream().filter(t -> t.key().equals("OUTREACH_SESSION")).findFirst().orElseThrow();
        assertThat(outreach.records()).isEqualTo(54);
        assertThat(outreach.participants()).isEqualTo(10_215);
        assertThat(outreach.label()).isEqualTo("Buổi tuyên truyền");
        assertThat(byType.get(0).key()).isEqualTo("TRAINING");
        long total = byType.stream().mapToLong(ActivityTally::records).sum();
        List<ActivityTally> byMonth = with(q -> q.activitiesByMonth(Y2023, List.of()));
        assertThat(byMonth.stream().mapToLong(ActivityTally::records).sum()).isEqualTo(total);
        assertThat(byMonth).as("the year's twelve reporting months, 15/12/2022-14/01/2023 the first").hasSizeLessThanOrEqualTo(12);
        assertThat(byMonth.get(0).label()).isEqualTo("01/2023");
        ActivityTally march = byMonth.stream().filter(m -> m.label().equals("03/2023")).findFirst().orElseThrow();
        List<ActivityTally> marchReport = with(q -> q.activitiesByType(ReportPeriod.ofMonth(2023, 3), List.of()));
        assertThat(march.participants()).as("the month's row is that month's own report: 15/02 to 14/03")
                .isEqualTo(marchReport.stream().mapToLong(ActivityTally::participants).sum());
        assertThat(march.records()).isEqualTo(marchReport.stream().mapToLong(ActivityTally::records).sum());
        // a range of dates holds only part of its first and last reporting months: their rows say which days
        List<ActivityTally> range = with(q -> q.activitiesByMonth(new ReportPeriod(java.time.LocalDate.of(2023, 2, 1),
                java.time.LocalDate.of(2023, 4, 30)), List.of()));
        assertThat(range).extracting(ActivityTally::label)
                .containsExactly("02/2023 (01/02-14/02)", "03/2023", "04/2023", "05/2023 (15/04-30/04)");
        List<ActivityTally> byUnit = with(q -> q.activitiesByUnit(Y2023, List.of()));
        assertThat(byUnit.stream().mapToLong(ActivityTally::records).sum()).isEqualTo(total);
        assertThat(byUnit.stream().mapToLong(ActivityTally::quantity).sum()).isEqualTo(54);
        assertThat(byUnit).anySatisfy(u -> assertThat(u.label()).isEqualTo("Quận Ngô Quyền"));
    }

    @Test
    void casesAndVictimsBreakdowns() {
        assertThat(counts(with(q -> q.casesByAgency(Y2023, List.of())))).containsOnly(
                Map.entry("POLICE", 2L), Map.entry("BORDER_GUARD", 1L));
        assertThat(counts(with(q -> q.casesByScope(Y2023, List.of())))).containsOnly(
                Map.entry("CROSS_BORDER", 2L), Map.entry("DOMESTIC", 1L));
        assertThat(counts(with(q -> q.casesByExploitation(Y2023, List.of())))).containsOnly(
                Map.entry("FORCED_MARRIAGE", 1L), Map.entry("FORCED_LABOUR", 1L), Map.entry("SEXUAL", 1L));
        assertThat(counts(with(q -> q.victimsBy(VictimField.SEX, Y2023, List.of())))).containsOnly(
                Map.entry("FEMALE", 3L), Map.entry("MALE", 1L));
        assertThat(counts(with(q -> q.victimsBy(VictimField.RETURN_PATH, Y2023, List.of())))).containsOnly(
                Map.entry("HANDED_OVER", 2L), Map.entry("RESCUED", 2L));
        assertThat(counts(with(q -> q.victimsBy(VictimField.ETHNICITY, Y2023, List.of())))).containsOnly(
                Map.entry("Kinh", 3L), Map.entry("Mường", 1L));
        List<Tally> provinces = with(q -> q.victimsByProvince(Y2023, List.of()));
        assertThat(provinces).extracting(Tally::label).contains("Hải Phòng", "Tuyên Quang", "Thanh Hóa", "Nghệ An");
        List<Tally> byUnit = with(q -> q.casesByUnit(Y2023, List.of()));
        assertThat(byUnit.stream().mapToLong(Tally::count).sum()).isEqualTo(3);
        assertThat(byUnit.stream().mapToLong(Tally::value).sum()).isEqualTo(4);
    }

    @Test
    void supportByTypeAndUnitScope() {
        List<Tally> support = with(q -> q.supportByType(Y2023, List.of()));
        assertThat(support.stream().mapToLong(Tally::count).sum()).isEqualTo(13);
        assertThat(support.stream().mapToLong(Tally::value).sum()).isPositive();
        List<Tally> inUnit = with(q -> q.casesByAgency(Y2023, q.scope(Optional.of("311"))));
        assertThat(counts(inUnit)).containsOnly(Map.entry("POLICE", 1L));
        assertThatThrownBy(() -> with(q -> q.scope(Optional.of("999999")))).isInstanceOf(StoreException.class);
        List<ActivityTally> none = with(q -> q.activitiesByMonth(ReportPeriod.ofYear(2020), List.of()));
        assertThat(none).isEmpty();
        assertThat(ReportQueries.everyMonth(none, ReportPeriod.ofYear(2020))).as("no data: no table of zeros").isEmpty();
    }

    @Test
    void theReportsMonthsAreEveryMonthOfThePeriodThoseWithoutActivityAtZero() {
        ReportPeriod half = ReportPeriod.ofHalfYear(2023);
        List<ActivityTally> found = List.of(new ActivityTally("2023-03", "03/2023", Measure.SESSIONS, 4, 120, 0, 2),
                new ActivityTally("2023-05", "05/2023", Measure.SESSIONS, 1, 30, 0, 1));
        List<ActivityTally> every = ReportQueries.everyMonth(found, half);
        assertThat(every).extracting(ActivityTally::label)
                .containsExactly("01/2023", "02/2023", "03/2023", "04/2023", "05/2023", "06/2023");
        assertThat(every).extracting(ActivityTally::records).containsExactly(0L, 0L, 4L, 0L, 1L, 0L);
        assertThat(ReportQueries.everyMonth(List.of(found.get(0)), new ReportPeriod(java.time.LocalDate.of(2023, 2, 1),
                java.time.LocalDate.of(2023, 4, 30)))).extracting(ActivityTally::label)
                .containsExactly("02/2023 (01/02-14/02)", "03/2023", "04/2023", "05/2023 (15/04-30/04)");
    }

    /**
     * Partners, topics and target groups counted from the list totals (whole report years and half-months) and
     * from the activities (the days of a period that cuts a half-month) equal the counts made here from the
     * sample's activities themselves, for the year and for periods cut inside half-months and report years.
     */
    @Test
    void listValuesCountEveryActivityThatNamesThem() {
        List<vn.atr.domain.Activity> all;
        try (Database db = Database.open(store)) {
            all = new ActivityRepository(db).listActive();
        }
        for (ReportPeriod p : List.of(Y2023, ReportPeriod.ofHalfYear(2023), new ReportPeriod(
                java.time.LocalDate.of(2022, 12, 20), java.time.LocalDate.of(2023, 11, 9)))) {
            List<vn.atr.domain.Activity> in = all.stream().filter(a -> !a.startDate().isBefore(p.from())
                    && !a.startDate().isAfter(p.to())).toList();
            Map<String, Long> partners = in.stream().flatMap(a -> a.partnerOrgs().stream())
                    .collect(Collectors.groupingBy(x -> x, Collectors.counting()));
            Map<String, Long> topics = in.stream().flatMap(a -> a.topics().stream().map(Enum::name))
                    .collect(Collectors.groupingBy(x -> x, Collectors.counting()));
            assertThat(counts(with(q -> q.activityListValues(ReportQueries.ActivityList.PARTNERS, p, List.of()))))
                    .as(p.toString()).isEqualTo(partners).isNotEmpty();
            assertThat(counts(with(q -> q.activityListValues(ReportQueries.ActivityList.TOPICS, p, List.of()))))
                    .as(p.toString()).isEqualTo(topics).isNotEmpty();
            long groups = in.stream().filter(a -> a.targetGroup() != null).flatMap(a -> java.util.Arrays.stream(
                    a.targetGroup().split(";"))).filter(g -> !g.isBlank()).count(); // merged variants keep their sum
            assertThat(with(q -> q.activityListValues(ReportQueries.ActivityList.TARGET_GROUPS, p, List.of()))
                    .stream().mapToLong(Tally::count).sum()).as(p.toString()).isEqualTo(groups).isPositive();
        }
    }
}
