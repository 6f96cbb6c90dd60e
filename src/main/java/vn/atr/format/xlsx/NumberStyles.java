package vn.atr.format.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of a workbook's styles part, which is all the import needs of it: whether
 * a number shows a date. A cell's {@code s} attribute indexes the {@code cellXfs} list; a format is the workbook's
 * own ({@code numFmts}) or one of Excel's built-in ones, judged by POI's {@link DateUtil} as POI's StylesTable did.
 */
final class NumberStyles extends DefaultHandler {
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> cellFormats = new ArrayList<>();
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (SheetRowHandler.local(qName)) {
            case "numFmt" -> {
                Integer id = number(a.getValue("numFmtId"));
                if (id != null && a.getValue("formatCode") != null) {
                    formats.put(id, a.getValue("formatCode"));
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    Integer id = number(a.getValue("numFmtId"));
                    cellFormats.add(id == null ? 0 : id);
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (SheetRowHandler.local(qName).equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    /** Whether cell style {@code index} (a cell's {@code s}) shows dates (the sheet handler asks once per style). */
    boolean isDate(int index) {
        if (index < 0 || index >= cellFormats.size()) {
            return false;
        }
        int id = cellFormats.get(index);
        String format = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
        return format != null && DateUtil.isADateFormat(id, format);
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
