package vn.atr.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorFigure;
import vn.atr.store.CatalogRepository;
import vn.atr.store.SummaryQuery;

/** The report's headline figures for a period and optionally a unit. */
public final class SummaryService {
    private final SummaryQuery query;
    private final Supplier<Session> session;
    private final CatalogRepository catalog;

    SummaryService(SummaryQuery query, CatalogRepository catalog, Supplier<Session> session) {
        this.query = query;
        this.catalog = catalog;
        this.session = session;
    }

    /** Commune staff get their own unit when none is given, and are refused any unit outside it. */
    public Summary summary(ReportPeriod period, Optional<String> unitCode) {
        return query.summary(period, allowedUnit(unitCode));
    }

    /**
     * The figures of every catalogue entry that applies during the period (or has records in it), in the
     * catalogue's order; entries without records in the period have zeros.
     */
    public List<IndicatorFigure> indicators(ReportPeriod period, Optional<String> unitCode) {
        Map<String, long[]> totals = query.indicatorTotals(period, allowedUnit(unitCode));
        List<IndicatorFigure> out = new ArrayList<>();
        for (Indicator i : catalog.list()) {
            long[] t = totals.getOrDefault(i.code(), new long[3]);
            boolean applies = (i.introducedOn() == null || !i.introducedOn().isAfter(period.to()))
                    && (i.retiredOn() == null || i.retiredOn().isAfter(period.from()));
            if (applies || totals.containsKey(i.code())) {
                out.add(new IndicatorFigure(i.code(), i.nameVi(), i.unitVi(), t[0], t[1], t[2], i.measure(), i.kind(),
                        i.countsRecords()));
            }
        }
        return out;
    }

    private Optional<String> allowedUnit(Optional<String> unitCode) {
        Session s = session.get();
        s.require(Permission.REPORT);
        Optional<String> unit = unitCode.isPresent() ? unitCode : s.restrictedUnit();
        unit.ifPresent(s::requireUnit);
        return unit;
    }
}
