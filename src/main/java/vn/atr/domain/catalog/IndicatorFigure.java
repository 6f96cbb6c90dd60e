package vn.atr.domain.catalog;

/**
 * One catalogue entry's figures for a period: the number of activities, their participants and the
 * quantity in the entry's unit (a metric's counted value is its quantity). The first six components' names are
 * the keys of {@code indicators} in {@code atr summary --json}: a public contract. {@code measure} and
 * {@code kind} say which figures the entry counts (sessions: activities and participants; else the quantity);
 * {@code countsRecords}, that its headline figure is the number of activities ({@link Indicator#countsRecords}).
 */
public record IndicatorFigure(String code, String name, String unit, long activities, long participants,
        long quantity, vn.atr.domain.Measure measure, IndicatorKind kind, boolean countsRecords) {

    public boolean countsSessions() {
        return measure == vn.atr.domain.Measure.SESSIONS;
    }

    /** True when no record of the period carries the indicator (tables show "-", sentences leave it out). */
    public boolean empty() {
        return activities == 0 && participants == 0 && quantity == 0;
    }
}
