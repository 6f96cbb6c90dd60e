package vn.atr.service;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.Tally;
import vn.atr.store.ReportQueries;
import vn.atr.store.ReportQueries.VictimField;
import vn.atr.store.SummaryQuery;

/** The figures and breakdowns the dashboard shows for a period, from the same queries as the report. */
public final class DashboardService {
    private final SummaryQuery summaries;
    private final ReportQueries queries;

    private final Supplier<Session> session;

    DashboardService(SummaryQuery summaries, ReportQueries queries, Supplier<Session> session) {
        this.session = session;
        this.summaries = summaries;
        this.queries = queries;
    }

    /** The period's figures and those of the period before it, for "compared to last year". */
    public List<Summary> summaryWithPrevious(ReportPeriod period) {
        Optional<String> unit = unit();
        return List.of(summaries.summary(period, unit), summaries.summary(period.previous(), unit));
    }

    /**
     * The report year the window opens on: the one the user last chose if this store has data in it, else
     * the latest report year with records, else the remembered year or {@code thisYear} (a new store).
     * The remembered year belongs to the person, not the store, so it is checked against this store.
     */
    public int openingYear(OptionalInt remembered, int thisYear) {
        Optional<String> unit = unit();
        if (remembered.isPresent()
                && summaries.summary(ReportPeriod.ofYear(remembered.getAsInt()), unit).hasData()) {
            return remembered.getAsInt();
        }
        return queries.latestRecordDate().map(ReportPeriod::reportYearOf).orElse(remembered.orElse(thisYear));
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

    public List<ActivityTally> activitiesByUnit(ReportPeriod p) {
        return queries.activitiesByUnit(p, scope());
    }

    public List<ActivityTally> activitiesByType(ReportPeriod p) {
        return queries.activitiesByType(p, scope());
    }

    public List<Tally> victimsBySex(ReportPeriod p) {
        return queries.victimsBy(VictimField.SEX, p, scope());
    }

    public List<Tally> victimsByAgeBand(ReportPeriod p) {
        return queries.victimsBy(VictimField.AGE_BAND, p, scope());
    }

    public List<Tally> victimsByExploitation(ReportPeriod p) {
        return queries.victimsByExploitation(p, scope());
    }
}
