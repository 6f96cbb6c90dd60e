package vn.atr.report.excel;

import static vn.atr.report.excel.ExcelReportWriter.cell;

import vn.atr.report.ReportText;
import vn.atr.report.ooxml.Worksheet;
import vn.atr.report.ooxml.XlsxWriter;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.ReportOptions;

/** One appendix table as a sheet: title rows, a frozen header row, the rows, and the total row. */
final class ExcelTableSheet {
    private static final int MAX_WIDTH = 60;
    private final XlsxWriter wb;
    private final ExcelStyles s;
    private final ReportText text;
    private final boolean suppress;
    private final String reference;

    /** {@code reference}: the line naming the report the table is attached to, as on the document's pages. */
    ExcelTableSheet(XlsxWriter wb, ExcelStyles styles, ReportText text, boolean suppress, String reference) {
        this.wb = wb;
        this.s = styles;
        this.text = text;
        this.suppress = suppress;
        this.reference = reference;
    }

    void write(AppendixTable t, String name) {
        Worksheet sheet = wb.sheet(name);
        sheet.defaultHeight(18);
        int columns = t.headers().size() + 1;
        int[] widths = new int[columns];
        cell(sheet, 0, 0, text.get("appendix.label", t.number()), s.title);
        cell(sheet, 1, 0, t.title(), s.subtitle);
        sheet.height(1, 36);
        cell(sheet, 2, 0, reference, s.italic);
        sheet.height(2, 32);
        for (int row = 0; row <= 2; row++) {
            sheet.merge(row, 0, columns - 1);
        }
        int h = ExcelReportWriter.HEADER_ROW - 1;
        cell(sheet, h, 0, "TT", s.header);
        widths[0] = 4;
        for (int i = 0; i < t.headers().size(); i++) {
            cell(sheet, h, i + 1, t.headers().get(i), s.header);
            widths[i + 1] = Math.max(widths[i + 1], i == 0 ? 10 : Math.min(16, t.headers().get(i).length()));
        }
        sheet.height(h, 48);
        sheet.freezeRows(h + 1);
        sheet.repeatRow(h);
        boolean grouped = t.rows().stream().anyMatch(AppendixTable.Row::group);
        int r = h + 1;
        int number = 0;
        java.util.Set<AppendixTable.Cell> withheld = suppress ? t.withheldBesideSmall() : java.util.Set.of();
        for (int index = 0; index < t.rows().size(); index++) {
            AppendixTable.Row row = t.rows().get(index);
            if (row.group()) {
                cell(sheet, r, 0, "", s.index);
            } else { // a number, not text: Excel flags every "number stored as text" cell
                sheet.number(r, 0, ++number, s.index);
            }
            sheet.height(r, 18);
            cell(sheet, r, 1, row.label(), row.group() ? s.group : grouped ? s.indented : s.text);
            widths[1] = Math.max(widths[1], row.label().length() + (grouped ? 2 : 0));
            for (int i = row.values().size(); i < columns - 2; i++) {
                sheet.blank(r, i + 2, s.number); // a sub-heading row: borders only
            }
            for (int i = 0; i < row.values().size(); i++) {
                if (row.dash(i)) { // 0 shown as "-" by the style
                    sheet.number(r, i + 2, 0, s.noRecord);
                } else if (withheld.contains(new AppendixTable.Cell(index, i))) { // beside a single "< 5"
                    sheet.text(r, i + 2, text.get("appendix.withheld"), s.number);
                } else {
                    value(sheet, r, i + 2, row.values().get(i));
                }
                widths[i + 2] = Math.max(widths[i + 2], 8);
            }
            r++;
        }
        if (t.hasTotal() && !t.rows().isEmpty()) {
            total(sheet, t, h + 1, r);
        }
        if (t.rows().isEmpty()) { // as the document's table says, rather than a header over nothing
            cell(sheet, r, 1, text.get("appendix.empty"), s.text);
        }
        if (suppress) {
            cell(sheet, r + 2, 0, text.get("appendix.note.suppressed"), s.plain);
        }

        for (int c = 0; c < columns; c++) {
            sheet.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
        }
        int lastColumn = columns - 1;
        int lastRow = suppress ? r + 2 : r;
        if (!suppress) { // a chart of "< 5" cells draws nothing, and of the true counts shows what the cells hide
            int[] corner = new ExcelCharts(text).draw(sheet, t, h + 1, columns);
            lastColumn = Math.max(lastColumn, corner[0]);
            lastRow = Math.max(lastRow, corner[1]);
        }
        java.util.Optional<String> note = vn.atr.report.AppendixTables.note(t, text); // after the charts: not their data
        if (note.isPresent()) {
            cell(sheet, r + 2, 0, note.get(), s.plain);
            lastRow = Math.max(lastRow, r + 2);
        }
        // A4 landscape like the cover (every sheet of the workbook), the table and its chart beside it
        sheet.centredOnPage();
        // the charts inside the printed area: a program that prints only the cells in use cut them off
        sheet.printArea(lastColumn, lastRow);
    }

    /** A figure, or "< 5" for 1 to 4 when small counts are suppressed. */
    private void value(Worksheet sheet, int row, int col, long v) {
        if (suppress && v > 0 && v < ReportOptions.SMALL) {
            sheet.text(row, col, text.get("appendix.suppressed"), s.number);
        } else {
            sheet.number(row, col, v, s.number);
        }
    }

    /**
     * SUM formulas over the value columns. With suppression on, "< 5" cells are text that SUM would skip,
     * so the total is written as the true figure instead (the note under the table says so).
     */
    private void total(Worksheet sheet, AppendixTable t, int first, int totalRow) {
        cell(sheet, totalRow, 0, "", s.totalLabel);
        sheet.height(totalRow, 18);
        cell(sheet, totalRow, 1, text.get("appendix.total"), s.totalLabel);
        for (int i = 0; i < t.headers().size() - 1; i++) {
            int col = i + 2;
            if (i >= t.totalColumns()) {
                sheet.blank(totalRow, col, s.totalNumber);
                continue;
            }
            if (suppress) { // a total from 1 to 4 is itself small: a one-ward table gave its "< 5" back
                long total = t.columnTotal(i);
                if (total > 0 && total < ReportOptions.SMALL) {
                    sheet.text(totalRow, col, text.get("appendix.suppressed"), s.totalNumber);
                } else {
                    sheet.number(totalRow, col, total, s.totalNumber);
                }
            } else { // with the cached result: what SUM gives over the cells written above
                sheet.formula(totalRow, col, "SUM(" + Worksheet.ref(first, col) + ":" + Worksheet.ref(totalRow - 1, col)
                        + ")", columnSum(t, i), s.totalNumber);
            }
        }
    }

    private static long columnSum(AppendixTable t, int column) {
        return t.rows().stream().filter(r -> r.values().size() > column).mapToLong(r -> r.values().get(column)).sum();
    }
}
