package vn.atr.report.excel;

import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.report.AppendixTable;
import vn.atr.report.ReportText;
import vn.atr.report.ooxml.BarChart;
import vn.atr.report.ooxml.Worksheet;

/**
 * The report's charts as native Excel charts beside the appendix tables they are drawn from: a bar chart
 * whose categories and values are ranges of the sheet's own cells, so that a manager can restyle it, and
 * it follows an edited figure. Activities by month (columns) and by unit (bars), and the victims by sex,
 * age and way of return (one chart per breakdown, since a chart's categories are one range of cells).
 */
final class ExcelCharts {
    /** The first value column: "Số hoạt động", "Số nạn nhân". */
    static final int VALUES = 2;
    private static final int WIDTH_COLUMNS = 8;
    private static final int HEIGHT_ROWS = 18;
    private static final String BLUE = "1F4E79";
    private final ReportText text;

    ExcelCharts(ReportText text) {
        this.text = text;
    }

    /** A chart's data: the rows of its categories and values, its title and its bars' direction. */
    record Spec(String title, int firstRow, int lastRow, boolean horizontal) {
    }

    /** The charts for table {@code t} written from row {@code firstRow} on; none for most tables. */
    List<Spec> specs(AppendixTable t, int firstRow) {
        List<Spec> specs = new ArrayList<>();
        int last = firstRow + t.rows().size() - 1;
        // one row (a month's report by month, one unit's by unit) is one full-width bar: no chart, as in the report
        if (t.rows().size() < 2 || t.key() == null) {
            return specs;
        }
        switch (t.key()) {
            case "months" -> specs.add(new Spec(text.get("chart.byMonth"), firstRow, last, false));
            case "units" -> specs.add(new Spec(text.get("chart.byUnit"), firstRow, last, true));
            case "victims" -> {
                for (String group : List.of("sex", "age", "return")) {
                    groupRows(t, firstRow, text.get("group." + group)).ifPresent(specs::add);
                }
            }
            default -> {
            }
        }
        return specs;
    }

    /** The rows under sub-heading {@code heading}, up to the next sub-heading. */
    private java.util.Optional<Spec> groupRows(AppendixTable t, int firstRow, String heading) {
        List<AppendixTable.Row> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).group() && rows.get(i).label().equals(heading)) {
                int end = i + 1;
                while (end < rows.size() && !rows.get(end).group()) {
                    end++;
                }
                return end > i + 1 ? java.util.Optional.of(new Spec(text.get("chart.victims.group",
                        vn.atr.report.ReportText.lowerFirst(heading)),
                        firstRow + i + 1, firstRow + end - 1, true)) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Draws the table's charts to the right of its {@code columns} columns, two side by side and then on
     * the rows below, so that a sheet with several charts still prints about as long as its table. Returns the
     * last column and row the charts cover (the table's own corner when there is none).
     */
    int[] draw(Worksheet sheet, AppendixTable t, int firstRow, int columns) {
        List<Spec> specs = specs(t, firstRow);
        int height = specs.size() > 1 ? HEIGHT_ROWS * 2 / 3 : HEIGHT_ROWS;
        int[] corner = {columns - 1, firstRow};
        for (int i = 0; i < specs.size(); i++) {
            int left = columns + 1 + (i % 2) * (WIDTH_COLUMNS + 1);
            int top = ExcelReportWriter.HEADER_ROW - 1 + (i / 2) * (height + 1);
            Spec spec = specs.get(i);
            if (specs.size() == 1 && spec.horizontal()) {
                // a bar per row of the table, as tall as its rows: a hundred units squeezed into the usual
                // height left most of their names out
                height = Math.max(HEIGHT_ROWS, spec.lastRow() - spec.firstRow() + 1 + 4);
            }
            // the series is named by the value column's header, and its bars are the table's own cells
            sheet.chart(new BarChart(spec.title(), spec.horizontal(), ExcelReportWriter.HEADER_ROW - 1, VALUES, 1, VALUES,
                    spec.firstRow(), spec.lastRow(), BLUE), left, top, left + WIDTH_COLUMNS, top + height);
            corner[0] = Math.max(corner[0], left + WIDTH_COLUMNS);
            corner[1] = Math.max(corner[1], top + height);
        }
        return corner;
    }
}
