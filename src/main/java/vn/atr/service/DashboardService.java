package vn.atr.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.Tally;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorFigure;
import vn.atr.store.CatalogRepository;
import vn.atr.store.ReportQueries;
import vn.atr.store.ReportQueries.VictimField;
import vn.atr.store.SummaryQuery;

/** The figures and breakdowns the dashboard shows for a period, from the same queries as the report. */
public final class DashboardService {
    private final SummaryQuery summaries;
    private final ReportQueries queries;
    private final CatalogRepository catalog;

    private final Supplier<Session> session;
    private final vn.atr.store.AdminUnitRepository units;
    private final Supplier<String> ownUnit;

    DashboardService(SummaryQuery summaries, ReportQueries queries, CatalogRepository catalog,
            vn.atr.store.AdminUnitRepository units, Supplier<String> ownUnit, Supplier<Session> session) {
        this.units = units;
        this.ownUnit = ownUnit;
        this.session = session;
        this.summaries = summaries;
        this.queries = queries;
        this.catalog = catalog;
    }

    /** One catalogue entry's figures in the period and the one before it. */
    public record IndicatorRow(Indicator indicator, IndicatorFigure current, IndicatorFigure previous) {
    }

    /**
     * Every catalogue entry with records in the period or the one before, in the catalogue's order (group by
     * group, as the dashboard shows them): an entry added to the catalogue appears once it has data.
     */
    public List<IndicatorRow> indicatorsWithPrevious(ReportPeriod period) {
        Optional<String> unit = unit();
        Map<String, long[]> now = summaries.indicatorTotals(period, unit);
        Map<String, long[]> before = summaries.indicatorTotals(period.previous(), unit);
        List<IndicatorRow> rows = new ArrayList<>();
        List<Indicator> entries = new ArrayList<>(catalog.list());
        entries.sort(Comparator.comparing(Indicator::group));
        for (Indicator i : entries) {
            IndicatorFigure c = figure(i, now.get(i.code()));
            IndicatorFigure p = figure(i, before.get(i.code()));
            if (!c.empty() || !p.empty()) {
                rows.add(new IndicatorRow(i, c, p));
            }
        }
        return rows;
    }

    private static IndicatorFigure figure(Indicator i, long[] t) {
        long[] v = t == null ? new long[3] : t;
        return new IndicatorFigure(i.code(), i.nameVi(), i.unitVi(), v[0], v[1], v[2], i.measure(), i.kind(),
                i.countsRecords());
    }

    /** The period's figures and those of the period before it, for "compared to last year". */
    public List<Summary> summaryWithPrevious(ReportPeriod period) {
        Optional<String> unit = unit();
        return List.of(summaries.summary(period, unit), summaries.summary(period.previous(), unit));
    }

    /**
     * The report year the window opens on: the one the user last chose if this store has data in it, else
     * the latest report year up to {@code thisYear} with records (a record typed with a year in the future does not
     * move every later start there), else any year with records, else the remembered year or {@code thisYear} (a
     * new store). The remembered year belongs to the person, not the store, so it is checked against this store.
     */
    public int openingYear(OptionalInt remembered, int thisYear) {
        Optional<String> unit = unit();
        if (remembered.isPresent() && hasData(ReportPeriod.ofYear(remembered.getAsInt()), unit)) {
            return remembered.getAsInt();
        }
        return queries.latestRecordDate(ReportPeriod.ofYear(thisYear).to()).or(queries::latestRecordDate)
                .map(ReportPeriod::reportYearOf).orElse(remembered.orElse(thisYear));
    }

    /** Data as the report counts it: a headline figure, or any catalogue entry's activity ("other" ones alone too). */
    private boolean hasData(ReportPeriod p, Optional<String> unit) {
        return summaries.summary(p, unit).hasDataWith(
                summaries.indicatorTotals(p, unit).values().stream().mapToLong(t -> t[0]).sum());
    }

    /** The units a store expects activity from in a period, and those of them that had none. */
    public record QuietUnits(int expected, List<vn.atr.domain.AdminUnit> quiet) {
    }

    /**
     * Where nothing was done: the record-holding units of the store's province in force at the period's end (its
     * communes, or its districts before they had communes in the list) that have no activity in the period among
     * {@code withActivity}. Empty for a ward's own store and for commune staff, who see their own unit only.
     */
    public QuietUnits unitsWithoutActivity(ReportPeriod p, java.util.Set<String> withActivity) {
        if (unit().isPresent()) {
            return new QuietUnits(0, List.of());
        }
        String own = ownUnit.get();
        Optional<StoreArea> area = StoreArea.of(units, own);
        if (area.isPresent() && !area.get().top().code().equals(own)) {
            return new QuietUnits(0, List.of()); // a ward's machine: its own unit is the whole store
        }
        List<vn.atr.domain.AdminUnit> inForce = units.listAll().stream().filter(u -> u.validOn(p.to())
                && u.level() != vn.atr.domain.UnitLevel.PROVINCE && area.map(a -> a.holds(u.code())).orElse(true))
                .toList();
        vn.atr.domain.UnitLevel level = inForce.stream().anyMatch(u -> u.level() == vn.atr.domain.UnitLevel.COMMUNE)
                ? vn.atr.domain.UnitLevel.COMMUNE : vn.atr.domain.UnitLevel.DISTRICT;
        List<vn.atr.domain.AdminUnit> expected = inForce.stream().filter(u -> u.level() == level).toList();
        return new QuietUnits(expected.size(), expected.stream().filter(u -> !withActivity.contains(u.code()))
                .sorted(java.util.Comparator.comparing(vn.atr.domain.AdminUnit::name,
                        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .toList());
    }

    /** Commune staff see their own unit; other roles the whole store. */
    private Optional<String> unit() {
        Session s = session.get();
        s.require(Permission.DASHBOARD);
        return s.restrictedUnit();
    }

    private List<String> scope() {
        return queries.scope(unit());
    }

    public List<ActivityTally> activitiesByMonth(ReportPeriod p) {
        return queries.activitiesByMonth(p, scope());
    }

    /** A unit that ended before the period's end says until when (2025's districts beside its communes). */
    public List<ActivityTally> activitiesByUnit(ReportPeriod p) {
        List<ActivityTally> rows = queries.activitiesByUnit(p, scope());
        java.util.Map<String, java.time.LocalDate> ended = rows.isEmpty() ? java.util.Map.of()
                : units.endedBefore(p.to());
        java.util.function.UnaryOperator<String> asThen = rows.isEmpty() ? code -> null
                : units.namesAsThen(p.to(), ended); // Thành phố Thủy Nguyên in 2025, Huyện in 2024
        return rows.stream().map(a -> {
            String label = asThen.apply(a.key()) == null ? a.label() : asThen.apply(a.key());
            return new ActivityTally(a.key(), !ended.containsKey(a.key()) ? label : vn.atr.domain.Messages.get(
                    "unit.retired", label, vn.atr.domain.VnFormats.date(ended.get(a.key()))),
                    a.measure(), a.records(), a.participants(), a.quantity(), a.sessions());
        }).toList();
    }

    public List<ActivityTally> activitiesByType(ReportPeriod p) {
        return queries.activitiesByType(p, scope());
    }

    public List<Tally> victimsBySex(ReportPeriod p) {
        return queries.victimsBy(VictimField.SEX, p, scope());
    }

    /** By the configured age bands (table age_band), in their order, as the report counts them. */
    public List<Tally> victimsByAgeBand(ReportPeriod p) {
        return queries.victimsByAgeBand(p, scope());
    }

    public List<Tally> victimsByExploitation(ReportPeriod p) {
        return queries.victimsByExploitation(p, scope());
    }
}
