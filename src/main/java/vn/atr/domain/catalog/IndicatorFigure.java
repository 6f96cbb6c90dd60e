package vn.atr.domain.catalog;

/**
 * One catalogue entry's figures for a period: the number of activities, their participants and the
 * quantity in the entry's unit (a metric's counted value is its quantity). The component names are
 * the keys of {@code indicators} in {@code atr summary --json}: a public contract.
 */
public record IndicatorFigure(String code, String name, String unit, long activities, long participants,
        long quantity) {

    /** True when no record of the period carries the indicator (tables show "-", sentences leave it out). */
    public boolean empty() {
        return activities == 0 && participants == 0 && quantity == 0;
    }
}
