package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.service.xlsximport.XlsxFixture.header;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Tally;
import vn.atr.domain.Topic;
import vn.atr.domain.report.ReportModel;
import vn.atr.service.Services;
import vn.atr.store.EngineUnderTest;
import vn.atr.store.StoreLocation;

/**
 * The report's activity figures come from totals kept per batch (half-month, report year, list values:
 * ADR 0105, 0170). After each path that writes activities (entry, correction, deletion, workbook import,
 * package merge, store copy) every such figure of the report, for periods cut in each way, equals the figure
 * counted here from the live activities themselves.
 */
class ActivityTotalsPathsTest implements EngineUnderTest {
    private static final List<ReportPeriod> PERIODS = List.of(ReportPeriod.ofYear(2023), ReportPeriod.ofHalfYear(2023),
            ReportPeriod.ofQuarter(2023, 2), ReportPeriod.ofMonth(2023, 7),
            new ReportPeriod(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 6, 20)));

    @TempDir
    Path dir;

    @Test
    void everyWritePathKeepsTheReportFiguresEqualToTheActivities() throws Exception {
        try (Services s = Services.open(store(dir.resolve("n.db")))) {
            s.sample().loadHaiPhong2023();
            assertFiguresEqualTheActivities(s, "sample");
            Activity first = s.repositories().activities().listActive().get(0);

            Activity entered = s.activities().save(activity(Meta.fresh("an"), first.unitCode(),
                    LocalDate.of(2023, 6, 14), List.of("SYT", "CATP"), "Học sinh"), "an");
            assertFiguresEqualTheActivities(s, "entry");

            s.activities().save(new Activity(entered.meta(), entered.unitCode(), ActivityType.TRAINING,
                    LocalDate.of(2023, 6, 15), null, entered.title(), entered.leadOrg(), List.of("SLDTBXH"),
                    Set.of(Topic.HIV_AIDS), "Phụ nữ", 41, 0, null), "an"); // across a half-month and a type
            assertFiguresEqualTheActivities(s, "correction");

            s.activities().delete(first.meta().id(), "an");
            assertFiguresEqualTheActivities(s, "deletion");

            Path template = dir.resolve("mau.xlsx");
            s.xlsx().writeTemplate(template);
            Path book = dir.resolve("book.xlsx");
            XlsxFixture.fill(template, book, Map.of("Hoạt động", List.of(
                    row(first.unitCode(), "Buổi tuyên truyền", LocalDate.of(2023, 2, 1), "SYT", "Thanh niên"),
                    row(first.unitCode(), "Buổi tuyên truyền", LocalDate.of(2023, 12, 14), "", "Học sinh"))));
            assertThat(s.xlsx().importFile(book, false, false).written()).isTrue();
            assertFiguresEqualTheActivities(s, "workbook import");

            // A commune's package: a new record and a newer version of a stored one, moved to another day.
            Path key = dir.resolve("w.key");
            Path pkg = dir.resolve("w.atrpkg");
            try (Services w = Services.open(store(dir.resolve("w.db")))) {
                Activity moved = s.repositories().activities().listActive().get(3);
                Meta m = moved.meta();
                w.exchange().exportActivities(moved.unitCode(), ReportPeriod.ofYear(2023), List.of(
                        activity(new Meta(Meta.fresh("xa").id(), m.createdAt(), m.updatedAt(), "xa", 1, false),
                                moved.unitCode(), LocalDate.of(2023, 8, 31), List.of("CATP"), "Phụ nữ"),
                        new Activity(new Meta(m.id(), m.createdAt(), m.updatedAt(), "xa", m.version() + 1, false),
                                moved.unitCode(), moved.typeCode(), LocalDate.of(2023, 3, 15), null, moved.title(),
                                moved.leadOrg(), List.of("SYT"), Set.of(Topic.DRUGS), null, 7, 2, null)), pkg);
                w.exchange().trust().exportKey(key);
            }
            var sender = vn.atr.format.pkg.SenderKeyFile.parse(Files.readAllBytes(key));
            s.exchange().trust().enrol(sender.publicKey(), sender.installation(), null);
            assertThat(s.exchange().importAll(List.of(pkg), p -> null, true).changes()).isEqualTo(2);
            assertFiguresEqualTheActivities(s, "package merge");

            StoreLocation copy = store(dir.resolve("copy.db"));
            assertThat(s.copy().copyTo(copy.toString()).verified()).isTrue();
        }
        try (Services c = Services.open(store(dir.resolve("copy.db")))) {
            assertFiguresEqualTheActivities(c, "store copy");
        }
    }

    private static Activity activity(Meta meta, String unit, LocalDate day, List<String> partners, String group) {
        return new Activity(meta, unit, ActivityType.OUTREACH_SESSION, day, null, "Tuyên truyền", "SLDTBXH", partners,
                Set.of(Topic.DRUGS, Topic.PROSTITUTION), group, 120, 0, null);
    }

    private static Map<String, Object> row(String unit, String type, LocalDate day, String partners, String group) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), unit);
        m.put(header("typeCode"), type);
        m.put(header("startDate"), day);
        m.put(header("title"), "Tuyên truyền tại khu dân cư");
        m.put(header("partnerOrgs"), partners);
        m.put(header("targetGroup"), group);
        m.put(header("participants"), 35);
        return m;
    }

    /** The report's activity figures of each period against the live activities counted here. */
    private static void assertFiguresEqualTheActivities(Services s, String after) {
        List<Activity> all = s.repositories().activities().listActive();
        for (ReportPeriod p : PERIODS) {
            List<Activity> in = all.stream().filter(a -> !a.startDate().isBefore(p.from())
                    && !a.startDate().isAfter(p.to())).toList();
            assertThat(in).as(after + " " + p).isNotEmpty();
            ReportModel model = s.report().build(p, Optional.empty());
            String as = after + ", " + p;
            assertThat(figures(model.current().activitiesByType())).as(as + " by type")
                    .isEqualTo(counted(in, Activity::typeCode));
            assertThat(figures(model.current().activitiesByUnit())).as(as + " by unit")
                    .isEqualTo(counted(in, Activity::unitCode));
            assertThat(figures(model.current().activitiesByMonth())).as(as + " by month")
                    .isEqualTo(counted(in, a -> java.time.YearMonth.from(a.startDate()) // reporting months
                            .plusMonths(a.startDate().getDayOfMonth() >= 15 ? 1 : 0).toString()));
            assertThat(s.summary().summary(p, Optional.empty()).outreachSessions()).as(as + " summary")
                    .isEqualTo(in.stream().filter(a -> a.typeCode().equals(ActivityType.OUTREACH_SESSION)).count());
            assertThat(tallies(model.facts().partners())).as(as + " partners")
                    .isEqualTo(values(in.stream().flatMap(a -> a.partnerOrgs().stream()).toList()));
            assertThat(tallies(model.facts().topics())).as(as + " topics")
                    .isEqualTo(values(in.stream().flatMap(a -> a.topics().stream().map(Enum::name)).toList()));
            assertThat(model.facts().targetGroups().stream().mapToLong(Tally::count).sum()).as(as + " target groups")
                    .isEqualTo(in.stream().filter(a -> a.targetGroup() != null).flatMap(a -> Arrays.stream(
                            a.targetGroup().split(";"))).filter(g -> !g.isBlank()).count());
        }
    }

    /** key -> records|participants of the rows that have records. */
    private static Map<String, String> figures(List<ActivityTally> rows) {
        return rows.stream().filter(t -> t.records() > 0).collect(Collectors.toMap(ActivityTally::key,
                t -> t.records() + "|" + t.participants(), (x, y) -> x, TreeMap::new));
    }

    private static Map<String, String> counted(List<Activity> in, Function<Activity, String> key) {
        Map<String, String> out = new TreeMap<>();
        in.stream().collect(Collectors.groupingBy(key)).forEach((k, rows) -> out.put(k,
                rows.size() + "|" + rows.stream().mapToLong(Activity::participants).sum()));
        return out;
    }

    private static Map<String, Long> tallies(List<Tally> rows) {
        return rows.stream().collect(Collectors.toMap(Tally::key, Tally::count, Long::sum, TreeMap::new));
    }

    private static Map<String, Long> values(List<String> names) {
        return names.stream().collect(Collectors.groupingBy(x -> x, TreeMap::new, Collectors.counting()));
    }
}
