package vn.atr.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, made once (a workbook holds at most 64,000 styles). */
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

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle italic;
    final CellStyle header;
    final CellStyle text;
    final CellStyle index;
    final CellStyle group;
    final CellStyle indented;
    final CellStyle number;
    final CellStyle noRecord;
    final CellStyle totalLabel;
    final CellStyle totalNumber;
    final CellStyle plain;
    final CellStyle bold;

    ExcelStyles(Workbook wb) {
        title = style(wb, font(wb, 14, true, false), HorizontalAlignment.CENTER, false);
        subtitle = style(wb, font(wb, 13, true, false), HorizontalAlignment.CENTER, false);
        subtitle.setWrapText(true);
        italic = style(wb, font(wb, 12, false, true), HorizontalAlignment.CENTER, false);
        italic.setWrapText(true);
        header = style(wb, font(wb, 12, true, false), HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(wb, font(wb, 12, false, false), HorizontalAlignment.LEFT, true);
        text.setWrapText(true);
        index = style(wb, font(wb, 12, false, false), HorizontalAlignment.CENTER, true);
        group = style(wb, font(wb, 12, true, false), HorizontalAlignment.LEFT, true);
        indented = style(wb, font(wb, 12, false, false), HorizontalAlignment.LEFT, true);
        indented.setIndention((short) 1);
        number = style(wb, font(wb, 12, false, false), HorizontalAlignment.RIGHT, true);
        number.setDataFormat(wb.createDataFormat().getFormat(NUMBER_FORMAT));
        noRecord = style(wb, font(wb, 12, false, false), HorizontalAlignment.RIGHT, true);
        noRecord.setDataFormat(wb.createDataFormat().getFormat(NO_RECORD_FORMAT));
        totalLabel = style(wb, font(wb, 12, true, false), HorizontalAlignment.CENTER, true);
        totalNumber = style(wb, font(wb, 12, true, false), HorizontalAlignment.RIGHT, true);
        totalNumber.setDataFormat(wb.createDataFormat().getFormat(NUMBER_FORMAT));
        plain = style(wb, font(wb, 12, false, false), HorizontalAlignment.LEFT, false);
        bold = style(wb, font(wb, 12, true, false), HorizontalAlignment.LEFT, false);
    }

    private static Font font(Workbook wb, int size, boolean bold, boolean italic) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) size);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean border) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
