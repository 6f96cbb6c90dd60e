package vn.atr.ui.dashboard;

import java.util.List;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.Summary;
import vn.atr.domain.Tally;

/** What the dashboard shows for one period, read in one task. */
public record DashboardData(Summary current, Summary previous, List<ActivityTally> byMonth,
                            List<ActivityTally> byUnit, List<ActivityTally> byType, List<Tally> bySex,
                            List<Tally> byAgeBand, List<Tally> byExploitation) {
}
