package vn.atr.domain;

import java.time.LocalDate;

/**
 * What the activity list shows: a date range (usually the reporting period), optionally one type,
 * one unit (with the units below it) and a search text matched against title, organisation and notes.
 * {@code limit} caps the rows read so that a list of a very large store stays responsive.
 */
public record ActivityFilter(LocalDate from, LocalDate to, String typeCode, String unitCode, String text, int limit) {
    public static final int DEFAULT_LIMIT = 200_000;

    public static ActivityFilter of(ReportPeriod period) {
        return new ActivityFilter(period.from(), period.to(), null, null, null, DEFAULT_LIMIT);
    }
}
