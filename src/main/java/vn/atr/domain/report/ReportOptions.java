package vn.atr.domain.report;

/** Rendering choices. {@code suppressSmall}: victim counts 1 to 4 (in every table and sentence) and counts by unit are shown as "< 5" ("dưới 5" in sentences). */
public record ReportOptions(boolean suppressSmall) {
    public static final ReportOptions DEFAULT = new ReportOptions(false);
    public static final int SMALL = 5;
}
