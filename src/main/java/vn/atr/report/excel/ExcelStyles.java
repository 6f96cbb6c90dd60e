package vn.atr.report.excel;

import vn.atr.report.ooxml.CellFormat;
import vn.atr.report.ooxml.XlsxWriter;

/** The workbook's few cell styles, registered once, as the indexes its cells carry. */
final class ExcelStyles {
    /**
     * Whole numbers with a thousands separator. The separator shown is the reader's locale's: "10.215"
     * under Vietnamese settings (LibreOffice and Excel alike), "10,215" under English ones; the cell
     * keeps the number, so totals and edits stay arithmetic (docs/decisions/0011).
     */
    static final String NUMBER_FORMAT = "[$-42A]#,##0";
    /**
     * An indicator without records: the cell holds 0 (totals and charts stay arithmetic) and shows "-", so
     * it does not claim that nothing happened; a text "-" would look like the start of a formula.
     */
    static final String NO_RECORD_FORMAT = NUMBER_FORMAT + ";-#,##0;\"-\"";
    static final String FONT = "Times New Roman";

    final int title;
    final int subtitle;
    final int italic;
    final int header;
    final int text;
    final int index;
    final int group;
    final int indented;
    final int number;
    final int noRecord;
    final int totalLabel;
    final int totalNumber;
    final int plain;
    final int bold;

    ExcelStyles(XlsxWriter wb) {
        title = wb.style(CellFormat.of(FONT, 14, true, false, "center", false));
        subtitle = wb.style(CellFormat.of(FONT, 13, true, false, "center", false).wrapped());
        italic = wb.style(CellFormat.of(FONT, 12, false, true, "center", false).wrapped());
        header = wb.style(CellFormat.of(FONT, 12, true, false, "center", true).wrapped().filled(CellFormat.PALE_BLUE));
        text = wb.style(CellFormat.of(FONT, 12, false, false, "left", true).wrapped());
        index = wb.style(CellFormat.of(FONT, 12, false, false, "center", true));
        group = wb.style(CellFormat.of(FONT, 12, true, false, "left", true));
        indented = wb.style(CellFormat.of(FONT, 12, false, false, "left", true).indented(1));
        number = wb.style(CellFormat.of(FONT, 12, false, false, "right", true).numbers(NUMBER_FORMAT));
        noRecord = wb.style(CellFormat.of(FONT, 12, false, false, "right", true).numbers(NO_RECORD_FORMAT));
        totalLabel = wb.style(CellFormat.of(FONT, 12, true, false, "center", true));
        totalNumber = wb.style(CellFormat.of(FONT, 12, true, false, "right", true).numbers(NUMBER_FORMAT));
        plain = wb.style(CellFormat.of(FONT, 12, false, false, "left", false));
        bold = wb.style(CellFormat.of(FONT, 12, true, false, "left", false));
    }
}
