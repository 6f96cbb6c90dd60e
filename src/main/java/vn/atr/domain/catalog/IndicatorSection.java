package vn.atr.domain.catalog;

/**
 * Where an indicator's figure goes in the report's communication section: the sentence of what was
 * organised (courses, sessions, conferences: counted with participants), of materials, of media, or
 * the closing list of other activities.
 */
public enum IndicatorSection {
    ORGANISED,
    MATERIALS,
    MEDIA,
    OTHER
}
