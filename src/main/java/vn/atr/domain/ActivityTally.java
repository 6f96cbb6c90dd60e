package vn.atr.domain;

/**
 * Activity totals for one row of a breakdown (a type, a month or a unit): records, participants,
 * quantity (copies, places, items or minutes, as the type measures it), and for units and months the
 * sessions (trainings, outreach sessions and conferences) among the records.
 */
public record ActivityTally(String key, String label, Measure measure, long records, long participants,
                            long quantity, long sessions) {
}
