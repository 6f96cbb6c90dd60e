package vn.atr.domain;

/**
 * The reporting periods of Decree 09/2019/NĐ-CP art. 12, all cut off on the 14th: a month runs from the
 * 15th of the month before; a quarter from the 15th of the month before its first month; 6 and 9 months
 * and the year from 15 December of the previous year. {@link #CUSTOM} is any other range of dates.
 */
public enum PeriodKind {
    YEAR, NINE_MONTHS, HALF_YEAR, QUARTER, MONTH, CUSTOM
}
