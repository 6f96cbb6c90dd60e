package vn.atr.domain.catalog;

/** What a catalogue entry counts: activities (each one a record) or a metric counted for a period. */
public enum IndicatorKind {
    ACTIVITY,
    METRIC
}
