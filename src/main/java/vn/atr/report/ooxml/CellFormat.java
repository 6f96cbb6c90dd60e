package vn.atr.report.ooxml;

/**
 * How a spreadsheet cell looks: its font, alignment (always centred vertically), thin borders on its four sides or
 * none, a solid fill in one of the spreadsheet's indexed colours (0: none), wrapping, indent and number format.
 */
public record CellFormat(String font, int size, boolean bold, boolean italic, String horizontal, boolean border,
                         int fillIndexed, boolean wrap, int indent, String numberFormat) {

    /** Pale blue, the indexed colour 44 of the spreadsheet palette. */
    public static final int PALE_BLUE = 44;

    public static CellFormat of(String font, int size, boolean bold, boolean italic, String horizontal,
                                boolean border) {
        return new CellFormat(font, size, bold, italic, horizontal, border, 0, false, 0, null);
    }

    public CellFormat wrapped() {
        return new CellFormat(font, size, bold, italic, horizontal, border, fillIndexed, true, indent, numberFormat);
    }

    public CellFormat filled(int indexed) {
        return new CellFormat(font, size, bold, italic, horizontal, border, indexed, wrap, indent, numberFormat);
    }

    public CellFormat indented(int level) {
        return new CellFormat(font, size, bold, italic, horizontal, border, fillIndexed, wrap, level, numberFormat);
    }

    public CellFormat numbers(String format) {
        return new CellFormat(font, size, bold, italic, horizontal, border, fillIndexed, wrap, indent, format);
    }
}
