package vn.atr.domain.report;

import java.util.List;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.Tally;

/**
 * Every computed figure of the report for one period; labels are already Vietnamese. {@code
 * victimsByDestination} (the country victims were taken to) came later: reports frozen before it read it as
 * empty.
 */
public record Figures(
        ReportPeriod period,
        Summary summary,
        List<ActivityTally> activitiesByType,
        List<ActivityTally> activitiesByMonth,
        List<ActivityTally> activitiesByUnit,
        List<Tally> casesByAgency,
        List<Tally> casesByScope,
        List<Tally> casesByExploitation,
        List<Tally> casesByUnit,
        List<Tally> victimsBySex,
        List<Tally> victimsByAge,
        List<Tally> victimsByResidence,
        List<Tally> victimsByProvince,
        List<Tally> victimsByEthnicity,
        List<Tally> victimsByExploitation,
        List<Tally> victimsByReturnPath,
        List<Tally> victimsByLegalStatus,
        List<Tally> supportByType,
        List<Tally> victimsByDestination) {

    public Figures {
        victimsByDestination = victimsByDestination == null ? List.of() : List.copyOf(victimsByDestination);
    }

    /**
     * Where victims were taken: the countries, then those trafficked within Vietnam (the victims without a
     * destination, a row with no key and no label), so that the places add up to the victims counted, in the
     * sentence and in the appendix alike.
     */
    public List<Tally> victimsByPlace() {
        List<Tally> rows = new java.util.ArrayList<>(victimsByDestination);
        long abroad = rows.stream().mapToLong(Tally::count).sum();
        if (summary.victims() > abroad) {
            rows.add(new Tally(null, null, summary.victims() - abroad, 0));
        }
        return rows;
    }

    /** How many units have an activity or a case in the period: how much of the area the figures cover. */
    public int reportingUnits() {
        java.util.Set<String> units = new java.util.HashSet<>();
        activitiesByUnit.stream().filter(a -> a.records() > 0).forEach(a -> units.add(a.key()));
        casesByUnit.stream().filter(c -> c.count() > 0).forEach(c -> units.add(c.key()));
        return units.size();
    }

    /** Whether anything at all was recorded in the period (comparisons are made only then). */
    public boolean hasData() {
        Summary s = summary;
        return activitiesByType.stream().anyMatch(t -> t.records() > 0) || s.websiteVisits() > 0 || s.cases() > 0
                || s.supportServices() > 0;
    }

    public long activities() {
        return activitiesByType.stream().mapToLong(ActivityTally::records).sum();
    }
}
