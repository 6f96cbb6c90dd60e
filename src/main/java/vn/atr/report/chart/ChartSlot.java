package vn.atr.report.chart;

/**
 * Where each chart of the report belongs, by name: the document places a chart in its section whatever
 * other charts a period has (a period without victims has no victims' chart, one without a previous
 * period with data has no comparison).
 */
public enum ChartSlot {
    /** Communication: activities by month. */
    BY_MONTH,
    /** Communication: activities by unit. */
    BY_UNIT,
    /** Communication: activities by type against the previous period. */
    COMPARISON,
    /** Victims: by sex, age band and return path. */
    VICTIMS
}
