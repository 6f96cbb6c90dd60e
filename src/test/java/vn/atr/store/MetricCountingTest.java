package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;

/**
 * A counted figure is counted by the report period that holds most of its days, unless it is a longer period's
 * total: the store's queries (summary, indicator figures, the report's table by type) and the domain's rule agree,
 * on each engine. A year's website visits ending on 05/12 were counted whole in December's monthly report, and a
 * calendar year's funding to 31/12 in the next year's report.
 */
class MetricCountingTest implements EngineUnderTest {
    @TempDir
    Path dir;

    @Test
    void aFigureIsCountedByThePeriodHoldingMostOfItsDaysAndNeverInAShorterOne() {
        try (Services s = Services.open(store(dir.resolve("m.db")))) {
            save(s, OutreachMetric.WEBSITE_VISITS, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 5), 52_727);
            save(s, "FUNDING", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 50_000_000);
            // figures over the same days are of different units: one unit's are refused on entry (MetricService)
            save(s, "10301008", OutreachMetric.WEBSITE_VISITS, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), 900);
            save(s, "10305012", OutreachMetric.WEBSITE_VISITS, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 14), 70);
            // a calendar February: 14 of its 28 days in each reporting month, counted once, in March's
            save(s, "10301008", "FUNDING", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 9_000_000);

            expect(s, ReportPeriod.ofYear(2026), 52_727 + 900 + 70, 59_000_000);
            expect(s, ReportPeriod.ofMonth(2026, 2), 0, 0);
            expect(s, ReportPeriod.ofMonth(2026, 3), 0, 9_000_000);
            expect(s, ReportPeriod.ofYear(2027), 0, 0);
            expect(s, ReportPeriod.ofMonth(2026, 12), 0, 0); // the year's visits are not December's
            expect(s, ReportPeriod.ofNineMonths(2026), 900, 9_000_000); // nor the nine months'
            expect(s, ReportPeriod.ofQuarter(2026, 3), 900, 0); // a calendar quarter in the reporting quarter
            expect(s, ReportPeriod.ofQuarter(2026, 4), 70, 0);
            expect(s, ReportPeriod.ofMonth(2026, 10), 70, 0);

            for (ReportPeriod p : new ReportPeriod[] {ReportPeriod.ofYear(2026), ReportPeriod.ofMonth(2026, 12),
                    ReportPeriod.ofNineMonths(2026), ReportPeriod.ofQuarter(2026, 3), ReportPeriod.ofMonth(2026, 10)}) {
                long byDomain = s.repositories().metrics().listActive().stream()
                        .filter(m -> m.metricType().equals(OutreachMetric.WEBSITE_VISITS) && m.countsIn(p))
                        .mapToLong(OutreachMetric::value).sum();
                assertThat(s.summary().summary(p, Optional.empty()).websiteVisits()).as("%s", p).isEqualTo(byDomain);
            }
        }
    }

    /** A year's package carries every figure that year's report counts, so the Department's report counts them too. */
    @Test
    void aPeriodsPackageCarriesTheFiguresItsReportCounts() {
        Path pkg = dir.resolve("2026.atrpkg");
        vn.atr.domain.Summary sent;
        try (Services ward = Services.open(store(dir.resolve("ward.db")))) {
            save(ward, "FUNDING", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 50_000_000);
            save(ward, OutreachMetric.WEBSITE_VISITS, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), 4_000);
            ward.exchange().export(null, ReportPeriod.ofYear(2026), pkg, null);
            sent = ward.summary().summary(ReportPeriod.ofYear(2026), Optional.empty());
        }
        try (Services city = Services.open(store(dir.resolve("city.db")))) {
            vn.atr.service.exchange.TrustFixtures.trustSenderOf(city, pkg);
            city.exchange().apply(city.exchange().plan(pkg, null));
            assertThat(city.summary().summary(ReportPeriod.ofYear(2026), Optional.empty())).isEqualTo(sent);
            expect(city, ReportPeriod.ofYear(2026), 4_000, 50_000_000);
        }
    }

    private static void save(Services s, String type, LocalDate from, LocalDate to, long value) {
        save(s, "04", type, from, to, value);
    }

    private static void save(Services s, String unit, String type, LocalDate from, LocalDate to, long value) {
        s.metrics().save(new OutreachMetric(Meta.fresh("test"), unit, type, from, to, value, null), "test");
    }

    private static void expect(Services s, ReportPeriod p, long visits, long funding) {
        assertThat(s.summary().summary(p, Optional.empty()).websiteVisits()).as("visits in %s", p).isEqualTo(visits);
        long fundingFigure = s.summary().indicators(p, Optional.empty()).stream()
                .filter(f -> f.code().equals("FUNDING")).mapToLong(vn.atr.domain.catalog.IndicatorFigure::quantity)
                .sum();
        assertThat(fundingFigure).as("funding in %s", p).isEqualTo(funding);
        long byType = s.report().build(p, Optional.empty()).current().activitiesByType().stream()
                .filter(t -> t.key().equals("FUNDING")).mapToLong(vn.atr.domain.ActivityTally::quantity).sum();
        assertThat(byType).as("the report's table by type in %s", p).isEqualTo(funding);
    }
}
