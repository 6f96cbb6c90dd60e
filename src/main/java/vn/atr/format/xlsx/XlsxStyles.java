package vn.atr.format.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the fillable workbook, created once per workbook. */
final class XlsxStyles {
    final CellStyle header;
    final CellStyle title;
    final CellStyle wrapped;
    final CellStyle date;
    final CellStyle text;
    final CellStyle whole;

    XlsxStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        // Text format keeps codes such as "04" or "HP-2023-01" as typed instead of turning them into numbers.
        text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        whole = wb.createCellStyle();
        whole.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    }

    CellStyle forKind(XlsxColumn.Kind kind) {
        return switch (kind) {
            case DATE, PAST_DATE -> date;
            case WHOLE -> whole;
            default -> text;
        };
    }
}
