package vn.atr.format.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.atr.domain.VnFormats;

/**
 * SAX handler for one worksheet part. Written instead of POI's XSSFSheetXMLHandler because that one
 * only hands out display text: here a date-formatted number becomes a date, a plain number keeps all
 * its digits (no "1,200" or "1.2E5" from a display format), and a formula without a stored result is
 * reported instead of looking like a blank cell.
 */
final class SheetRowHandler extends DefaultHandler {
    private final List<String> strings;
    private final NumberStyles styles;
    private final XlsxStreamReader.Sink sink;
    /** The workbook's date system: serial numbers count from 1904 instead of 1900. */
    private final boolean date1904;

    /** The current row's cells: one list for every row (the sink reads it during its call only). */
    private final List<XlsxCell> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type;
    private String style;
    private boolean formula;
    private boolean hasValue;
    private boolean collecting;
    private boolean inInlineString;
    private final StringBuilder value = new StringBuilder();
    private final java.util.Map<String, Boolean> dateStyles = new java.util.HashMap<>();
    private final java.util.Map<Double, String> dates = new java.util.HashMap<>();

    SheetRowHandler(List<String> strings, NumberStyles styles, boolean date1904, XlsxStreamReader.Sink sink) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.sink = sink;
    }

    private boolean hiddenRow;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        switch (local(qName)) {
            case "row" -> {
                String r = attrs.getValue("r");
                rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                column = -1;
                cells.clear();
                String h = attrs.getValue("hidden");
                hiddenRow = "1".equals(h) || "true".equals(h);
            }
            case "c" -> {
                String ref = attrs.getValue("r");
                column = ref != null ? columnOf(ref) : column + 1;
                type = attrs.getValue("t");
                style = attrs.getValue("s");
                formula = false;
                hasValue = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
            case "mergeCell" -> {
                String ref = attrs.getValue("ref");
                if (ref != null) {
                    sink.merged(ref);
                }
            }
            case "v" -> start();
            case "is" -> inInlineString = true;
            case "t" -> {
                if (inInlineString) {
                    collecting = true;
                    hasValue = true;
                }
            }
            default -> { }
        }
    }

    /** The element name without a namespace prefix ("x:row" from some writers is "row"). */
    static String local(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** "AB12" -> 27: the letters of a cell reference, without CellReference's general (and slower) parsing. */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch != '$') {
                break;
            }
        }
        return col - 1;
    }

    private void start() {
        collecting = true;
        hasValue = true;
        value.setLength(0);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (local(qName)) {
            case "v", "t" -> collecting = false;
            case "is" -> inInlineString = false;
            case "c" -> cell();
            case "row" -> {
                if (!cells.isEmpty()) {
                    sink.row(rowNumber, cells);
                    if (hiddenRow) {
                        sink.hidden(rowNumber);
                    }
                }
            }
            default -> { }
        }
    }

    private void cell() {
        // a program's formula may carry an empty <v/> rather than none; an empty text result (t="str") is a result
        if (!hasValue || formula && value.length() == 0 && !"str".equals(type)) {
            if (formula) {
                cells.add(new XlsxCell(column, "", XlsxCell.Type.FORMULA_WITHOUT_VALUE));
            }
            return;
        }
        if ("s".equals(type)) { // most cells: an index, read without making a string of it
            String text = sharedString();
            if (!text.isBlank()) {
                cells.add(new XlsxCell(column, text, XlsxCell.Type.TEXT));
            }
            return;
        }
        String raw = value.toString();
        XlsxCell c = switch (type == null ? "n" : type) {
            case "inlineStr", "str" -> new XlsxCell(column, raw, XlsxCell.Type.TEXT);
            case "b" -> new XlsxCell(column, raw.strip(), XlsxCell.Type.BOOLEAN);
            case "e" -> new XlsxCell(column, raw, XlsxCell.Type.ERROR);
            case "d" -> new XlsxCell(column, raw.length() >= 10 ? raw.substring(0, 10) : raw, XlsxCell.Type.TEXT);
            default -> number(raw.strip());
        };
        if (!c.text().isBlank() || c.type() == XlsxCell.Type.ERROR) {
            cells.add(c);
        }
    }

    /** The shared string the cell's value indexes: digits, perhaps with spaces around them. */
    private String sharedString() {
        int from = 0;
        int to = value.length();
        while (from < to && Character.isWhitespace(value.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
            to--;
        }
        long i = to - from > 0 && to - from < 10 ? 0 : -1;
        for (int k = from; k < to && i >= 0; k++) {
            char ch = value.charAt(k);
            i = ch >= '0' && ch <= '9' ? i * 10 + (ch - '0') : -1;
        }
        if (i < 0) {
            throw new NumberFormatException("shared string index \"" + value + "\"");
        }
        if (i >= strings.size()) {
            throw new IllegalArgumentException("shared string " + i + " of " + strings.size());
        }
        return strings.get((int) i);
    }

    /** Whether a style shows dates; asked once per style, not once per cell. */
    private boolean isDateStyle(String index) {
        return dateStyles.computeIfAbsent(index, i -> {
            try {
                return styles.isDate(Integer.parseInt(i.strip()));
            } catch (NumberFormatException e) {
                return false; // a style reference that is not a number shows no date
            }
        });
    }

    private XlsxCell number(String raw) {
        if (raw.isEmpty()) {
            return new XlsxCell(column, "", XlsxCell.Type.NUMBER);
        }
        double d = Double.parseDouble(raw);
        if (style != null && styles != null && DateUtil.isValidExcelDate(d) && isDateStyle(style)) {
            // A sheet repeats a few hundred dates: each serial number is converted once.
            return new XlsxCell(column, dates.computeIfAbsent(d,
                    x -> VnFormats.date(DateUtil.getLocalDateTime(x, date1904).toLocalDate())), XlsxCell.Type.DATE);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return new XlsxCell(column, Long.toString((long) d), XlsxCell.Type.NUMBER);
        }
        return new XlsxCell(column, new BigDecimal(raw).stripTrailingZeros().toPlainString(), XlsxCell.Type.NUMBER);
    }
}
