package vn.atr.store.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Measure;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorFigure;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.domain.catalog.IndicatorSection;
import vn.atr.service.Services;

/**
 * Migration V9 (the indicator catalogue) on the committed stores of the first schema ({@code atr-v1.db})
 * and of the last schema before it ({@code atr-v8.db}, {@link V8StoreGenerator}): every row and column
 * stays, today's ten types, the website-visits metric, types an administrator added and metric codes
 * records carry all become catalogue entries, and the records keep their figures and take new ones.
 */
class UpgradeToCatalogueTest {
    private static final Path V1 = Path.of("src/test/resources/upgrade/atr-v1.db");
    private static final Path V8 = Path.of("src/test/resources/upgrade/atr-v8.db");

    @TempDir
    Path dir;

    private static Map<String, Indicator> byCode(Services s) {
        return s.catalog().list().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    private static Map<String, IndicatorFigure> figures(Services s, ReportPeriod p) {
        return s.summary().indicators(p, Optional.empty()).stream()
                .collect(Collectors.toMap(IndicatorFigure::code, Function.identity()));
    }

    @Test
    void aStoreOfTheSchemaBeforeTheCatalogueKeepsEveryRowAndGetsItsEntries() throws Exception {
        Path store = Files.copy(V8, dir.resolve("atr.db"));
        Map<String, List<Map<String, Object>>> before = UpgradeFromV1Test.rows(store);
        assertThat(before.get("activity")).hasSize(6);

        try (Services s = Services.open(store)) {
            Map<String, Indicator> catalog = byCode(s);
            assertThat(catalog.keySet()).containsAll(ActivityType.BUILT_IN)
                    .contains("V1_RALLY", "LOUDSPEAKER", "WEBSITE_VISITS", "FANPAGE_REACH", "INSPECTION",
                            "INTERNATIONAL_COOPERATION", "FUNDING").hasSize(17);
            Indicator leaflet = catalog.get("LEAFLET");
            assertThat(leaflet.kind()).isEqualTo(IndicatorKind.ACTIVITY);
            assertThat(leaflet.group()).isEqualTo(IndicatorGroup.MATERIALS);
            assertThat(leaflet.section()).isEqualTo(IndicatorSection.MATERIALS);
            assertThat(leaflet.unitVi()).isEqualTo("tờ");
            assertThat(leaflet.retiredOn()).isNull();
            assertThat(catalog.get("TRAINING").section()).isEqualTo(IndicatorSection.ORGANISED);
            Indicator loudspeaker = catalog.get("LOUDSPEAKER");
            assertThat(loudspeaker.nameVi()).isEqualTo("Phát thanh loa lưu động");
            assertThat(loudspeaker.measure()).isEqualTo(Measure.MINUTES);
            assertThat(loudspeaker.unitVi()).isEqualTo("phút");
            assertThat(catalog.get("V1_RALLY").unitVi()).isEqualTo("buổi");
            assertThat(catalog.get("V1_RALLY").section()).isEqualTo(IndicatorSection.ORGANISED);
            assertThat(catalog.get("WEBSITE_VISITS").kind()).isEqualTo(IndicatorKind.METRIC);
            assertThat(catalog.get("WEBSITE_VISITS").nameVi()).isEqualTo("Lượt truy cập trang thông tin điện tử");
            assertThat(catalog.get("FANPAGE_REACH").kind()).isEqualTo(IndicatorKind.METRIC);

            assertThat(s.reference().activityTypes()).extracting(ActivityType::code)
                    .contains("LOUDSPEAKER", "V1_RALLY").doesNotContain("WEBSITE_VISITS", "FANPAGE_REACH");

            ReportPeriod year = ReportPeriod.ofYear(2024);
            Summary sum = s.summary().summary(year, Optional.empty());
            assertThat(sum.leaflets()).isEqualTo(4000);
            assertThat(sum.outreachSessions()).isEqualTo(1);
            assertThat(sum.websiteVisits()).isEqualTo(61000);
            Map<String, IndicatorFigure> f = figures(s, year);
            assertThat(f.get("LEAFLET").quantity()).isEqualTo(4000);
            assertThat(f.get("OUTREACH_SESSION").participants()).isEqualTo(120);
            assertThat(f.get("LOUDSPEAKER").quantity()).isEqualTo(90);
            assertThat(f.get("WEBSITE_VISITS").quantity()).isEqualTo(61000);
            assertThat(f.get("FANPAGE_REACH").quantity()).isEqualTo(1200);

            s.activities().save(new Activity(Meta.fresh("test"), "04", "LOUDSPEAKER", LocalDate.of(2024, 6, 1), null,
                    "Loa lưu động đợt 2", null, List.of(), Set.of(), null, 0, 60, null), "test");
            // another unit's: the city's own figure already counts these days (one figure a day, MetricService)
            s.metrics().save(new OutreachMetric(Meta.fresh("test"), "304", "FANPAGE_REACH", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 6, 30), 300, null), "test");
            assertThat(figures(s, year).get("LOUDSPEAKER").quantity()).isEqualTo(150);
            assertThat(figures(s, year).get("FANPAGE_REACH").quantity()).isEqualTo(1500);
        }
        Map<String, List<Map<String, Object>>> after = UpgradeFromV1Test.rows(store);
        UpgradeFromV1Test.asV21Leaves(before, after);
        assertEveryOldRowKept(before, after);
    }

    @Test
    void aFirstVersionStoreGetsItsTypeAndTheMetricAsEntries() throws Exception {
        Path store = Files.copy(V1, dir.resolve("atr.db"));
        Map<String, List<Map<String, Object>>> before = UpgradeFromV1Test.rows(store);
        try (Services s = Services.open(store)) {
            Map<String, Indicator> catalog = byCode(s);
            assertThat(catalog.get("V1_RALLY").nameVi()).isEqualTo("Mít tinh hưởng ứng");
            assertThat(catalog.get("V1_RALLY").order()).isEqualTo(5);
            assertThat(catalog.get("WEBSITE_VISITS").kind()).isEqualTo(IndicatorKind.METRIC);
            Map<String, IndicatorFigure> f = figures(s, ReportPeriod.ofYear(2023));
            assertThat(f.get("V1_RALLY").activities()).as("the soft-deleted one is not counted").isEqualTo(2);
            assertThat(f.get("V1_RALLY").participants()).isEqualTo(1650);
            assertThat(f.get("WEBSITE_VISITS").quantity()).isEqualTo(50640);
        }
        Map<String, List<Map<String, Object>>> after = UpgradeFromV1Test.rows(store);
        UpgradeFromV1Test.asV21Leaves(before, after);
        assertEveryOldRowKept(before, after);
    }

    private static void assertEveryOldRowKept(Map<String, List<Map<String, Object>>> before,
            Map<String, List<Map<String, Object>>> after) {
        for (Map.Entry<String, List<Map<String, Object>>> table : before.entrySet()) {
            if (table.getValue().isEmpty()) {
                continue;
            }
            Set<String> columns = table.getValue().get(0).keySet();
            List<Map<String, Object>> kept = after.get(table.getKey()).stream()
                    .map(row -> UpgradeFromV1Test.onlyColumns(row, columns)).filter(table.getValue()::contains).toList();
            assertThat(kept).as("rows of %s", table.getKey()).containsExactlyInAnyOrderElementsOf(table.getValue());
        }
    }
}
