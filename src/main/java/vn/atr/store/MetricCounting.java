package vn.atr.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.ReportPeriod;

/**
 * {@link OutreachMetric#countsIn} as SQL on a row of outreach_metric, the same on both engines: the dates are
 * stored as text, turned into day numbers by the dialect, and the period's own day numbers are written in. Binds
 * the period's first day then its last, as the queries' other date conditions do.
 */
final class MetricCounting {
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    private MetricCounting() {
    }

    /** " AND ..." selecting the figures {@code p} counts; two parameters: the period's from and to. */
    static String condition(Dialect d, ReportPeriod p) {
        long pf = day(p.from());
        long pt = day(p.to());
        String f = d.dayNumber("period_from");
        String t = d.dayNumber("period_to");
        String start = "(CASE WHEN " + f + " > " + pf + " THEN " + f + " ELSE " + pf + " END)";
        String end = "(CASE WHEN " + t + " < " + pt + " THEN " + t + " ELSE " + pt + " END)";
        String within = "2 * (" + end + " - " + start + " + 1)";
        String length = "(" + t + " - " + f + " + 1)";
        return " AND period_to >= ? AND period_from <= ? AND (" + within + " > " + length + " OR (" + within + " = "
                + length + " AND " + t + " <= " + pt + ")) AND " + t + " - " + f + " <= "
                + (pt - pf + OutreachMetric.LONGER_BY_AT_MOST);
    }

    private static long day(LocalDate d) {
        return ChronoUnit.DAYS.between(EPOCH, d);
    }
}
