package vn.atr.domain.catalog;

/** The family an indicator belongs to, as the Department groups its figures. */
public enum IndicatorGroup {
    TRAINING,
    COMMUNICATION,
    MEDIA,
    MATERIALS,
    DIRECTION,
    /** Inspections and supervision: their own sentence in the report. */
    INSPECTION,
    /** International cooperation: its own sentence. */
    COOPERATION,
    /** Money spent (a metric in đồng): its own sentence. */
    FUNDING,
    OTHER
}
