package vn.atr.store.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Tally;
import vn.atr.store.ActivityRepository;
import vn.atr.store.Database;
import vn.atr.store.ReportQueries;
import vn.atr.store.SummaryQuery;

/**
 * Migration V16 builds the half-month, report-year and list totals from the activities a store already holds
 * (ADR 0170): after the upgrade the report's activity figures equal the activities counted here, including
 * deleted rows left out and list values on either side of 15/12.
 */
class UpgradeReportTotalsTest {
    @TempDir
    Path dir;

    @Test
    void theTotalsBuiltByTheUpgradeEqualTheActivities() throws Exception {
        Path file = dir.resolve("v15.db");
        String url = vn.atr.store.StoreTestSupport.atSchema(file, "15");
        Random random = new Random(16);
        List<String> units = List.of("303", "304", "305");
        List<String> types = List.of("OUTREACH_SESSION", "TRAINING", "LEAFLET", "CONFERENCE");
        List<String> partners = List.of("", "SYT", "SYT;CATP");
        List<String> topics = List.of("", "DRUGS", "DRUGS;PROSTITUTION");
        try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity (id, unit_code, type_code, start_date, title, partner_orgs, topics, target_group,"
                        + " participants, quantity, created_at, updated_at, updated_by, version, deleted)"
                        + " VALUES (?, ?, ?, ?, 'Hoạt động', ?, ?, ?, ?, ?, '2023-01-01T00:00:00Z',"
                        + " '2023-01-01T00:00:00Z', 'an', 1, ?)")) {
            for (int i = 0; i < 300; i++) {
                ps.setString(1, "r" + i);
                ps.setString(2, units.get(random.nextInt(units.size())));
                ps.setString(3, types.get(random.nextInt(types.size())));
                ps.setString(4, LocalDate.of(2022, 11, 20).plusDays(random.nextInt(420)).toString());
                ps.setString(5, partners.get(random.nextInt(partners.size())));
                ps.setString(6, topics.get(random.nextInt(topics.size())));
                ps.setString(7, random.nextBoolean() ? null : "Học sinh;Phụ nữ");
                ps.setInt(8, random.nextInt(200));
                ps.setInt(9, random.nextInt(20));
                ps.setInt(10, i % 10 == 0 ? 1 : 0);
                ps.executeUpdate();
            }
            try (java.sql.Statement s = c.createStatement()) { // the day totals the repository keeps since V12
                s.executeUpdate("INSERT INTO activity_day_total (day, unit_code, type_code, records, participants,"
                        + " quantity) SELECT start_date, unit_code, type_code, count(*), sum(participants),"
                        + " sum(quantity) FROM activity WHERE deleted = 0 GROUP BY start_date, unit_code, type_code");
            }
        }
        try (Database db = Database.open(file)) {
            List<Activity> live = new ActivityRepository(db).listActive();
            assertThat(live).hasSize(270);
            ReportQueries q = new ReportQueries(db);
            for (ReportPeriod p : List.of(ReportPeriod.ofYear(2023), ReportPeriod.ofYear(2024),
                    ReportPeriod.ofHalfYear(2023), ReportPeriod.ofMonth(2023, 1),
                    new ReportPeriod(LocalDate.of(2022, 12, 3), LocalDate.of(2023, 2, 20)))) {
                List<Activity> in = live.stream().filter(a -> !a.startDate().isBefore(p.from())
                        && !a.startDate().isAfter(p.to())).toList();
                assertThat(in).as(p.toString()).isNotEmpty();
                assertThat(records(q.activitiesByType(p, List.of()))).as(p + " by type")
                        .isEqualTo(count(in.stream().map(Activity::typeCode).toList()));
                assertThat(records(q.activitiesByUnit(p, List.of()))).as(p + " by unit")
                        .isEqualTo(count(in.stream().map(Activity::unitCode).toList()));
                assertThat(records(q.activitiesByMonth(p, List.of()))).as(p + " by month")
                        .isEqualTo(count(in.stream().map(a -> java.time.YearMonth.from(a.startDate())
                                .plusMonths(a.startDate().getDayOfMonth() >= 15 ? 1 : 0).toString()).toList()));
                assertThat(new SummaryQuery(db).summary(p, Optional.empty()).trainingCourses()).as(p + " summary")
                        .isEqualTo(in.stream().filter(a -> a.typeCode().equals("TRAINING")).count());
                assertThat(tallies(q.activityListValues(ReportQueries.ActivityList.PARTNERS, p, List.of())))
                        .as(p + " partners").isEqualTo(count(in.stream().flatMap(a -> a.partnerOrgs().stream()).toList()));
                assertThat(tallies(q.activityListValues(ReportQueries.ActivityList.TOPICS, p, List.of())))
                        .as(p + " topics").isEqualTo(count(in.stream().flatMap(a -> a.topics().stream().map(Enum::name))
                                .toList()));
            }
        }
    }

    private static Map<String, Long> records(List<ActivityTally> rows) {
        return rows.stream().filter(t -> t.records() > 0)
                .collect(Collectors.toMap(ActivityTally::key, ActivityTally::records, Long::sum, TreeMap::new));
    }

    private static Map<String, Long> tallies(List<Tally> rows) {
        return rows.stream().collect(Collectors.toMap(Tally::key, Tally::count, Long::sum, TreeMap::new));
    }

    private static Map<String, Long> count(List<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }
}
