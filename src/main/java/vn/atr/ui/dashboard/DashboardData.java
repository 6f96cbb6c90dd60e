package vn.atr.ui.dashboard;

import java.util.List;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.Summary;
import vn.atr.domain.Tally;
import vn.atr.service.DashboardService.IndicatorRow;

/**
 * What the dashboard shows for one period, read in one task: the catalogue's indicators with data (in the
 * catalogue's group order), the case figures, the charts' breakdowns (the months also for the previous period) and
 * the units without activity.
 */
public record DashboardData(Summary current, Summary previous, List<IndicatorRow> indicators, List<ActivityTally> byMonth,
                            List<ActivityTally> byMonthPrevious, List<ActivityTally> byUnit, List<ActivityTally> byType, List<Tally> bySex,
                            List<Tally> byAgeBand, List<Tally> byExploitation,
                            vn.atr.service.DashboardService.QuietUnits quietUnits) {

    /** Whether the period has data as the report counts it ({@link Summary#hasDataWith}). */
    public boolean currentHasData() {
        return current.hasDataWith(indicators.stream().mapToLong(r -> r.current().activities()).sum());
    }

    /** The same for the period before. */
    public boolean previousHasData() {
        return previous.hasDataWith(indicators.stream().mapToLong(r -> r.previous().activities()).sum());
    }
}
