package vn.atr.report.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.atr.domain.report.AppendixTable;
import vn.atr.report.ReportText;

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
    private static final byte[] BLUE = {0x1F, 0x4E, 0x79};
    private final ReportText text;

    ExcelCharts(ReportText text) {
        this.text = text;
    }

    /** A chart's data: the rows of its categories and values, its title and its bars' direction. */
    record Spec(String title, int firstRow, int lastRow, BarDirection direction) {
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
            case "months" -> specs.add(new Spec(text.get("chart.byMonth"), firstRow, last, BarDirection.COL));
            case "units" -> specs.add(new Spec(text.get("chart.byUnit"), firstRow, last, BarDirection.BAR));
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
                        firstRow + i + 1, firstRow + end - 1, BarDirection.BAR)) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Draws the table's charts to the right of its {@code columns} columns, two side by side and then on
     * the rows below, so that a sheet with several charts still prints about as long as its table. Returns the
     * last column and row the charts cover (the table's own corner when there is none).
     */
    int[] draw(XSSFSheet sheet, AppendixTable t, int firstRow, int columns) {
        List<Spec> specs = specs(t, firstRow);
        XSSFDrawing drawing = specs.isEmpty() ? null : sheet.createDrawingPatriarch();
        int height = specs.size() > 1 ? HEIGHT_ROWS * 2 / 3 : HEIGHT_ROWS;
        int[] corner = {columns - 1, firstRow};
        for (int i = 0; i < specs.size(); i++) {
            int left = columns + 1 + (i % 2) * (WIDTH_COLUMNS + 1);
            int top = ExcelReportWriter.HEADER_ROW - 1 + (i / 2) * (height + 1);
            if (specs.size() == 1 && specs.get(i).direction() == BarDirection.BAR) {
                // a bar per row of the table, as tall as its rows: a hundred units squeezed into the usual
                // height left most of their names out
                height = Math.max(HEIGHT_ROWS, specs.get(i).lastRow() - specs.get(i).firstRow() + 1 + 4);
            }
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, top, left + WIDTH_COLUMNS,
                    top + height));
            bars(sheet, chart, specs.get(i));
            corner[0] = Math.max(corner[0], left + WIDTH_COLUMNS);
            corner[1] = Math.max(corner[1], top + height);
        }
        return corner;
    }

    private static void bars(XSSFSheet sheet, XSSFChart chart, Spec spec) {
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        boolean horizontal = spec.direction() == BarDirection.BAR;
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.getOrAddMajorGridProperties();
        if (horizontal) {
            categories.setOrientation(AxisOrientation.MAX_MIN); // the first row at the top, as in the table
        }
        var labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(spec.firstRow(), spec.lastRow(), 1, 1));
        var figures = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(spec.firstRow(), spec.lastRow(), VALUES, VALUES));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(spec.direction());
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, figures);
        int header = ExcelReportWriter.HEADER_ROW - 1;
        series.setTitle(sheet.getRow(header).getCell(VALUES).getStringCellValue(),
                new CellReference(sheet.getSheetName(), header, VALUES, true, true));
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BLUE)));
        chart.plot(data);
    }
}
