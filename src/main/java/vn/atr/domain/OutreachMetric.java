package vn.atr.domain;

import java.time.LocalDate;

/** A figure counted without individual records, for example website visits for the year. */
public record OutreachMetric(
        Meta meta,
        String unitCode,
        String metricType,
        LocalDate periodFrom,
        LocalDate periodTo,
        long value,
        String notes) {

    public static final String WEBSITE_VISITS = "WEBSITE_VISITS";

    public OutreachMetric {
        metricType = Text.code(metricType);
        notes = Text.nfc(notes);
    }

    /**
     * A report period counts a figure when it holds more than half of the figure's days (an exact half: the period
     * holding its last day) and the figure is not a
     * longer period's total (at most a month longer than the report period: a calendar quarter against a reporting
     * quarter from the 15th). So a year's website visits are in the annual report, not in the month their count
     * ended in; a calendar year's funding, to 31/12, in that year's report, not the next; and a figure is never
     * counted in two reports of the same kind (ADR 0199). The store's queries apply the same rule.
     */
    public static boolean countsIn(LocalDate from, LocalDate to, ReportPeriod p) {
        if (to.isBefore(p.from()) || from.isAfter(p.to())) {
            return false;
        }
        long length = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate start = from.isAfter(p.from()) ? from : p.from();
        LocalDate end = to.isBefore(p.to()) ? to : p.to();
        long within = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        long periodLength = java.time.temporal.ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
        // an exact half (01/02-28/02 against 15/01-14/02 and 15/02-14/03) goes to the period holding the figure's end
        boolean most = 2 * within > length || 2 * within == length && !to.isAfter(p.to());
        return most && length <= periodLength + LONGER_BY_AT_MOST;
    }

    /** How many days longer than a report period a figure it counts may be. */
    public static final int LONGER_BY_AT_MOST = 31;

    /**
     * Whether {@code other} counts the same figure of the same unit over some of the same days: a half-year's
     * funding and the whole year's, typed as two figures, would be added up by the year's report.
     */
    public boolean overlaps(OutreachMetric other) {
        return unitCode != null && unitCode.equals(other.unitCode) && metricType != null
                && metricType.equals(other.metricType) && periodFrom != null && periodTo != null
                && other.periodFrom != null && other.periodTo != null
                && !periodTo.isBefore(other.periodFrom) && !periodFrom.isAfter(other.periodTo);
    }

    public boolean countsIn(ReportPeriod p) {
        return countsIn(periodFrom, periodTo, p);
    }

    public OutreachMetric withMeta(Meta newMeta) {
        return new OutreachMetric(newMeta, unitCode, metricType, periodFrom, periodTo, value, notes);
    }
}
