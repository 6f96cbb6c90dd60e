package vn.atr.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.Services;
import vn.atr.service.catalog.NewIndicator;
import vn.atr.ui.ViewModelFixture;

/** The dashboard follows the period, reading its figures through the task runner, without JavaFX. */
class DashboardViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);

    @Test
    void reloadsThePeriodsFiguresOffTheFxThread() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        assertThat(DashboardViewModel.figure(model.data().get().current(), "outreachSessions")).isEqualTo(54);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2024));
        model.reload();
        assertThat(DashboardViewModel.figure(model.data().get().current(), "outreachSessions")).isZero();
        assertThat(DashboardViewModel.figure(model.data().get().previous(), "outreachSessions")).isEqualTo(54);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aMonthsBarOpensTheDaysOfItsReportingMonthWithinThePeriodShown() {
        ReportPeriod year = ReportPeriod.ofYear(2023);
        assertThat(DashboardViewModel.monthWithin("2023-03", year))
                .isEqualTo(new ReportPeriod(LocalDate.of(2023, 2, 15), LocalDate.of(2023, 3, 14)));
        assertThat(DashboardViewModel.monthWithin("2023-01", year)).as("the year's first: from 15/12/2022")
                .isEqualTo(new ReportPeriod(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 1, 14)));
        ReportPeriod range = new ReportPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31));
        assertThat(DashboardViewModel.monthWithin("2023-04", range))
                .isEqualTo(new ReportPeriod(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 31)));
    }

    @Test
    void showsNoChangeAgainstAPeriodWithoutData() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        DashboardData d = model.data().get();
        assertThat(d.previous().hasData()).as("2022 has no records").isFalse();
        long sessions = DashboardViewModel.figure(d.current(), "outreachSessions");
        assertThat(sessions).isPositive();
        for (String name : DashboardViewModel.FIGURES) {
            var change = DashboardViewModel.change(DashboardViewModel.figure(d.current(), name),
                    DashboardViewModel.figure(d.previous(), name), d.previous().hasData());
            assertThat(change.text()).as(name).isEqualTo("-");
            assertThat(change.style()).as(name).isEqualTo("change-none");
        }
        // the victims' row counts everyone the report counts; the row under it those not (yet) found victims
        assertThat(DashboardViewModel.figureLabel("victims")).isEqualTo("Nạn nhân (kể cả người đang xác minh, trẻ em đi cùng)");
        assertThat(DashboardViewModel.figureLabel("victimsNotYetIdentified"))
                .isEqualTo("\u2003trong đó đang xác minh, trẻ em đi cùng");
        assertThat(DashboardViewModel.CASE_FIGURES.indexOf("victimsNotYetIdentified"))
                .isEqualTo(DashboardViewModel.CASE_FIGURES.indexOf("victims") + 1);
        assertThat(DashboardViewModel.note(d, ReportPeriod.ofYear(2023)))
                .isEqualTo("Năm trước (" + ReportPeriod.ofYear(2022) + ") chưa có số liệu nên cột Tăng/giảm để trống.");

        // against a period with data the change is shown, with its sign
        vm.context.periodProperty().set(ReportPeriod.ofYear(2024));
        model.reload();
        DashboardData next = model.data().get();
        var fall = DashboardViewModel.change(DashboardViewModel.figure(next.current(), "outreachSessions"),
                DashboardViewModel.figure(next.previous(), "outreachSessions"), next.previous().hasData());
        assertThat(fall.text()).isEqualTo("-" + sessions + " (-100%)");
        assertThat(fall.style()).isEqualTo("change-down");
        assertThat(DashboardViewModel.note(next, ReportPeriod.ofYear(2024))).startsWith("Kỳ " + ReportPeriod.ofYear(2024)
                + " chưa có số liệu. Nhập hoạt động");
    }

    @Test
    void aPeriodWithOnlyOtherActivitiesHasDataAndItsChartsAndNote() {
        vm.context.services().activities().save(new Activity(Meta.fresh("test"), "303", "OTHER", LocalDate.of(2019, 3, 2),
                null, "Họp dân về phòng, chống mua bán người", null, List.of(), Set.of(), null, 40, 0, null), "test");
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2019));
        model.reload();
        DashboardData d = model.data().get();
        assertThat(d.current().hasData()).as("no headline figure counts it").isFalse();
        assertThat(d.currentHasData()).isTrue();
        // counted as the report counts them: one activity, its participants under it; no quantity was recorded
        assertThat(DashboardViewModel.keyFigures(d)).extracting(DashboardViewModel.KeyFigure::label,
                        DashboardViewModel.KeyFigure::current)
                .containsExactly(tuple("Khác", 0L), tuple("Hoạt động khác (số hoạt động)", 1L),
                        tuple("\u2003lượt người tham dự", 40L));
        assertThat(DashboardViewModel.note(d, ReportPeriod.ofYear(2019))).as("not \"chưa có số liệu\"")
                .isEqualTo("Năm trước (" + ReportPeriod.ofYear(2018) + ") chưa có số liệu nên cột Tăng/giảm để trống.");
        // the year after compares with it
        vm.context.periodProperty().set(ReportPeriod.ofYear(2020));
        model.reload();
        assertThat(model.data().get().previousHasData()).isTrue();

        // an entry of the section "other" with a unit of its own: its number of activities, then its copies
        Services s = vm.context.services();
        String handbook = s.catalog().add(new vn.atr.service.catalog.NewIndicator(
                vn.atr.domain.catalog.IndicatorKind.ACTIVITY, "Sổ tay gia đình", null, "cuốn", null,
                vn.atr.domain.catalog.IndicatorGroup.OTHER, vn.atr.domain.Measure.COPIES, null)).code();
        s.activities().save(new Activity(Meta.fresh("test"), "303", handbook, LocalDate.of(2020, 5, 2), null,
                "Phát sổ tay", null, List.of(), Set.of(), null, 0, 500, null), "test");
        model.reload();
        assertThat(DashboardViewModel.keyFigures(model.data().get())).extracting(DashboardViewModel.KeyFigure::label,
                        DashboardViewModel.KeyFigure::current, DashboardViewModel.KeyFigure::previous)
                .containsExactly(tuple("Khác", 0L, 0L), tuple("Hoạt động khác (số hoạt động)", 0L, 1L),
                        tuple("\u2003lượt người tham dự", 0L, 40L), tuple("Sổ tay gia đình (số hoạt động)", 1L, 0L),
                        tuple("\u2003số cuốn", 500L, 0L));

        // a metric alone is no data, as in the report
        s.metrics().save(new vn.atr.domain.OutreachMetric(Meta.fresh("test"), "303", "FUNDING", LocalDate.of(2017, 12, 15),
                LocalDate.of(2018, 12, 14), 90_000_000L, null), "test");
        vm.context.periodProperty().set(ReportPeriod.ofYear(2018));
        model.reload();
        assertThat(model.data().get().currentHasData()).isFalse();
    }

    @Test
    void theUnitsWithoutActivityAreNamedWhereTheStoreExpectsThem() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        DashboardData d = model.data().get();
        var q = d.quietUnits();
        // 2023: the city's 15 districts (its communes of 2025 did not exist yet)
        assertThat(q.expected()).isEqualTo(15);
        java.util.Set<String> active = new java.util.HashSet<>();
        d.byUnit().forEach(u -> active.add(u.key()));
        assertThat(q.quiet()).isNotEmpty().allSatisfy(u -> {
            assertThat(u.level()).isEqualTo(vn.atr.domain.UnitLevel.DISTRICT);
            assertThat(active).doesNotContain(u.code());
        });
        assertThat(DashboardViewModel.quietUnits(d)).startsWith(q.quiet().size() + "/15 đơn vị chưa có hoạt động nào trong kỳ: ")
                .contains(q.quiet().get(0).name());

        // 2026: the 114 communes, none active in an empty year, whose line is the note's, not this one
        vm.context.periodProperty().set(ReportPeriod.ofYear(2026));
        model.reload();
        assertThat(model.data().get().quietUnits().expected()).isEqualTo(114);
        assertThat(DashboardViewModel.quietUnits(model.data().get())).isEmpty();
    }

    @Test
    void aUnitThatEndedDuringThePeriodSaysUntilWhenInTheUnitChart() {
        Services s = vm.context.services();
        s.activities().save(new Activity(Meta.fresh("test"), "303", "LEAFLET", LocalDate.of(2025, 3, 2), null,
                "Phát tờ rơi", null, List.of(), Set.of(), null, 0, 300, null), "test");
        s.activities().save(new Activity(Meta.fresh("test"), "10301008", "LEAFLET", LocalDate.of(2025, 9, 2), null,
                "Phát tờ rơi", null, List.of(), Set.of(), null, 0, 300, null), "test");
        assertThat(s.dashboard().activitiesByUnit(ReportPeriod.ofYear(2025)))
                .extracting(vn.atr.domain.ActivityTally::label)
                .containsExactlyInAnyOrder("Phường Hồng Bàng", "Quận Hồng Bàng (đến 30/06/2025)");
        assertThat(s.dashboard().activitiesByUnit(ReportPeriod.ofHalfYear(2025)))
                .extracting(vn.atr.domain.ActivityTally::label).containsExactly("Quận Hồng Bàng");
    }

    @Test
    void theColumnsSayWhatIsComparedAndHowFarAPeriodStillRunningGoes() {
        ReportPeriod q4 = ReportPeriod.ofQuarter(2026, 4);
        assertThat(DashboardViewModel.currentHeader(q4, LocalDate.of(2026, 12, 5)))
                .isEqualTo("Kỳ này (" + q4 + ", số liệu đến ngày 05/12/2026)");
        assertThat(DashboardViewModel.currentHeader(q4, LocalDate.of(2026, 12, 20))).isEqualTo("Kỳ này (" + q4 + ")");
        assertThat(DashboardViewModel.previousHeader(ReportPeriod.ofHalfYear(2026)))
                .isEqualTo("Cùng kỳ năm trước (" + ReportPeriod.ofHalfYear(2025) + ")");
        assertThat(DashboardViewModel.previousHeader(ReportPeriod.ofYear(2026)))
                .isEqualTo("Năm trước (" + ReportPeriod.ofYear(2025) + ")");
        ReportPeriod days = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(DashboardViewModel.previousHeader(days)).startsWith("Kỳ trước (");
    }

    @Test
    void theChartByTypeHasTheTypesWithActivitiesOnly() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        List<vn.atr.domain.ActivityTally> byType = model.data().get().byType();
        assertThat(byType).isNotEmpty().allMatch(t -> t.records() > 0);
        assertThat(byType).extracting(vn.atr.domain.ActivityTally::key).contains("OUTREACH_SESSION")
                .doesNotContain("FUNDING", "WEBSITE_VISITS", "CONFERENCE");
        assertThat(byType).extracting(vn.atr.domain.ActivityTally::label).contains("Buổi tuyên truyền");
    }

    @Test
    void theChartByTypeNamesTheTypesInEnglishInTheEnglishWindow() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        vn.atr.domain.Messages.setLocale(java.util.Locale.ENGLISH);
        try {
            model.reload();
            assertThat(model.data().get().byType()).extracting(vn.atr.domain.ActivityTally::label)
                    .contains("Outreach session").doesNotContain("Buổi tuyên truyền");
        } finally {
            vn.atr.domain.Messages.setLocale(vn.atr.domain.Messages.VIETNAMESE);
        }
    }

    @Test
    void aChangeAlsoSaysWhatShareOfThePreviousFigureItIs() {
        assertThat(DashboardViewModel.change(66, 54, true))
                .isEqualTo(new DashboardViewModel.Change("+12 (+22%)", "change-up"));
        assertThat(DashboardViewModel.change(12_000, 10_215, true).text()).isEqualTo("+1.785 (+17%)");
        assertThat(DashboardViewModel.change(5, 0, true).text()).as("against nothing: no share").isEqualTo("+5");
        assertThat(DashboardViewModel.change(1_000, 999, true).text()).as("under half a percent").isEqualTo("+1");
        assertThat(DashboardViewModel.change(7, 7, true)).isEqualTo(new DashboardViewModel.Change("=", "change-none"));
    }

    @Test
    void theMonthChartHasEveryMonthOfThePeriodBesideTheSameMonthAYearBefore() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        DashboardData y2023 = model.data().get();
        List<DashboardViewModel.MonthBar> alone = DashboardViewModel.monthBars(ReportPeriod.ofYear(2023),
                y2023.byMonth(), y2023.byMonthPrevious(), y2023.previous().hasData());
        assertThat(alone).extracting(DashboardViewModel.MonthBar::key).as("the twelve reporting months")
                .containsExactly("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07",
                        "2023-08", "2023-09", "2023-10", "2023-11", "2023-12");
        assertThat(alone).as("2022 has no data: one series").allMatch(b -> b.previous() == -1);
        long total = y2023.byMonth().stream().mapToLong(vn.atr.domain.ActivityTally::records).sum();
        assertThat(alone.stream().mapToLong(DashboardViewModel.MonthBar::current).sum()).isEqualTo(total).isPositive();

        // 2024 has one activity in April: every month is there, at 0 where nothing was done, beside 2023's
        vm.context.services().activities().save(new Activity(Meta.fresh("test"), "04", "LEAFLET",
                LocalDate.of(2024, 4, 2), null, "Phát tờ rơi", null, List.of(), Set.of(), null, 0, 300, null), "test");
        vm.context.periodProperty().set(ReportPeriod.ofYear(2024));
        model.reload();
        DashboardData y2024 = model.data().get();
        List<DashboardViewModel.MonthBar> bars = DashboardViewModel.monthBars(ReportPeriod.ofYear(2024),
                y2024.byMonth(), y2024.byMonthPrevious(), y2024.previous().hasData());
        assertThat(bars).hasSize(12);
        assertThat(bars).filteredOn(b -> b.current() > 0).extracting(DashboardViewModel.MonthBar::key)
                .containsExactly("2024-04");
        for (int i = 0; i < 12; i++) {
            assertThat(bars.get(i).previous()).as(bars.get(i).key()).isEqualTo(alone.get(i).current());
        }
        assertThat(DashboardViewModel.previousMonth("2024-04", ReportPeriod.ofYear(2024))).isEqualTo("2023-04");

        // six months: January to June, each against the same month of 2023
        List<DashboardViewModel.MonthBar> half = DashboardViewModel.monthBars(ReportPeriod.ofHalfYear(2024),
                y2024.byMonth(), y2023.byMonth(), true);
        assertThat(half).extracting(DashboardViewModel.MonthBar::key)
                .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(half.get(2).previous()).isEqualTo(alone.get(2).current());
    }

    @Test
    void keyFiguresFollowTheCatalogueGroupByGroupIncludingLegalDocumentsAndWebsiteVisits() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        List<DashboardViewModel.KeyFigure> keys = DashboardViewModel.keyFigures(model.data().get());
        Summary summary = model.data().get().current();
        assertThat(figure(keys, "LEGAL_DOCUMENT").current()).isEqualTo(summary.legalDocumentsPosted()).isPositive();
        assertThat(figure(keys, "WEBSITE_VISITS").current()).isEqualTo(summary.websiteVisits()).isPositive();
        assertThat(figure(keys, "OUTREACH_SESSION").current()).isEqualTo(summary.outreachSessions());
        assertThat(figure(keys, "OUTREACH_SESSION-participants").current()).isEqualTo(summary.outreachParticipants());
        assertThat(figure(keys, "LEGAL_DOCUMENT").label()).isEqualTo("Văn bản pháp luật đăng tải (số văn bản)");

        // one heading per catalogue group with data, in the groups' order, each before its indicators
        Set<IndicatorGroup> withData = EnumSet.noneOf(IndicatorGroup.class);
        for (var r : model.data().get().indicators()) {
            withData.add(r.indicator().group());
        }
        List<String> headings = keys.stream().filter(DashboardViewModel.KeyFigure::heading)
                .map(DashboardViewModel.KeyFigure::id).toList();
        assertThat(headings).isEqualTo(withData.stream().map(g -> "group-" + g.name()).toList());
        assertThat(headings).contains("group-MEDIA", "group-TRAINING");
        assertThat(keys.stream().filter(k -> !k.heading())).allMatch(k -> k.current() > 0 || k.previous() > 0);
    }

    @Test
    void anIndicatorAddedThroughTheCatalogueAppearsOnceItHasData() {
        Services s = vm.context.services();
        s.catalog().add(new NewIndicator(IndicatorKind.ACTIVITY, "Sổ tay hỏi đáp", null, "cuốn", null,
                IndicatorGroup.MATERIALS, null, null));
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        assertThat(DashboardViewModel.keyFigures(model.data().get())).extracting(DashboardViewModel.KeyFigure::id)
                .doesNotContain("SO_TAY_HOI_DAP");

        s.activities().save(new Activity(Meta.fresh("test"), "04", "SO_TAY_HOI_DAP", LocalDate.of(2023, 6, 1), null,
                "Phát sổ tay", null, List.of(), Set.of(), null, 0, 500, null), "test");
        model.reload();
        List<DashboardViewModel.KeyFigure> keys = DashboardViewModel.keyFigures(model.data().get());
        DashboardViewModel.KeyFigure added = figure(keys, "SO_TAY_HOI_DAP");
        assertThat(added.current()).isEqualTo(500);
        assertThat(added.previous()).isZero();
        assertThat(added.label()).isEqualTo("Sổ tay hỏi đáp (số cuốn)");
        assertThat(keys.get(keys.indexOf(added) - 1).heading()).isFalse();
        assertThat(keys).extracting(DashboardViewModel.KeyFigure::id).contains("group-MATERIALS");
        // against 2022 (no data) the change is "-", not "+500"
        assertThat(DashboardViewModel.change(added.current(), added.previous(),
                model.data().get().previous().hasData()).text()).isEqualTo("-");
    }

    private static DashboardViewModel.KeyFigure figure(List<DashboardViewModel.KeyFigure> keys, String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + keys));
    }
}
