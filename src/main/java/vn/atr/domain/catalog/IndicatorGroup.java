package vn.atr.domain.catalog;

/** The family an indicator belongs to, as the Department groups its figures. */
public enum IndicatorGroup {
    TRAINING,
    COMMUNICATION,
    MEDIA,
    MATERIALS,
    DIRECTION,
    OTHER
}
