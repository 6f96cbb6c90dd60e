package vn.atr.domain.report;

/** Rendering choices. {@code suppressSmall}: counts 1 to 4 in breakdowns by unit are shown as "< 5". */
public record ReportOptions(boolean suppressSmall) {
    public static final ReportOptions DEFAULT = new ReportOptions(false);
    public static final int SMALL = 5;
}
