package vn.atr.service;

import java.util.Optional;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.store.SummaryQuery;

/** The report's headline figures for a period and optionally a unit. */
public final class SummaryService {
    private final SummaryQuery query;

    SummaryService(SummaryQuery query) {
        this.query = query;
    }

    public Summary summary(ReportPeriod period, Optional<String> unitCode) {
        return query.summary(period, unitCode);
    }
}
