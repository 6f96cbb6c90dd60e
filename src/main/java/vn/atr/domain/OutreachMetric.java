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

    public OutreachMetric withMeta(Meta newMeta) {
        return new OutreachMetric(newMeta, unitCode, metricType, periodFrom, periodTo, value, notes);
    }
}
