package vn.atr.service;

import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.store.SummaryQuery;

/** The report's headline figures for a period and optionally a unit. */
public final class SummaryService {
    private final SummaryQuery query;
    private final Supplier<Session> session;

    SummaryService(SummaryQuery query, Supplier<Session> session) {
        this.query = query;
        this.session = session;
    }

    /** Commune staff get their own unit when none is given, and are refused any unit outside it. */
    public Summary summary(ReportPeriod period, Optional<String> unitCode) {
        Session s = session.get();
        s.require(Permission.REPORT);
        Optional<String> unit = unitCode.isPresent() ? unitCode : s.restrictedUnit();
        unit.ifPresent(s::requireUnit);
        return query.summary(period, unit);
    }
}
