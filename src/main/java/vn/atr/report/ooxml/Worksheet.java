package vn.atr.report.ooxml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sheet of a {@link XlsxWriter} workbook: its cells (text, numbers, formulas with their computed value),
 * row heights, column widths, merged cells, frozen header rows, print set-up and bar charts. Rows and columns are
 * counted from 0, as in POI.
 */
public final class Worksheet {
    private final XlsxWriter book;
    private final String name;
    private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    private final Map<Long, Object> values = new HashMap<>();
    private final Map<Integer, Double> heights = new HashMap<>();
    private final TreeMap<Integer, Integer> widths = new TreeMap<>();
    private final List<String> merged = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private double defaultHeight = 15;
    private boolean customDefaultHeight;
    private int frozenRows;
    private int repeatedRow = -1;
    private int[] printArea;
    private boolean centredOnPage;

    /** A bar chart anchored between two cell corners (columns and rows, their top-left corners). */
    record Chart(BarChart chart, int col1, int row1, int col2, int row2) {
    }

    Worksheet(XlsxWriter book, String name) {
        this.book = book;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void text(int row, int col, String text, int style) {
        put(row, col, "t=\"s\" s=\"" + style + "\"><v>" + book.sharedString(text) + "</v>", text);
    }

    public void number(int row, int col, double value, int style) {
        put(row, col, "s=\"" + style + "\"><v>" + number(value) + "</v>", value);
    }

    /** A formula with the value it computes, so that programs which do not recalculate show it. */
    public void formula(int row, int col, String formula, double cached, int style) {
        put(row, col, "s=\"" + style + "\"><f>" + Xml.escape(formula) + "</f><v>" + number(cached) + "</v>", cached);
    }

    /** A cell with no value, for its borders. */
    public void blank(int row, int col, int style) {
        put(row, col, "s=\"" + style + "\">", null);
    }

    /** The text or number written at a cell, or null. */
    public Object value(int row, int col) {
        return values.get(key(row, col));
    }

    public void height(int row, double points) {
        heights.put(row, points);
    }

    public void defaultHeight(double points) {
        defaultHeight = points;
        customDefaultHeight = true;
    }

    /** Column width in characters of the default font, as a spreadsheet's column width is given. */
    public void width(int col, int characters) {
        widths.put(col, characters);
    }

    public void merge(int row, int col1, int col2) {
        merged.add(ref(row, col1) + ":" + ref(row, col2));
    }

    /** The rows above {@code rows} stay in view when scrolling. */
    public void freezeRows(int rows) {
        frozenRows = rows;
    }

    /** Row {@code row} printed at the top of every page. */
    public void repeatRow(int row) {
        repeatedRow = row;
    }

    public void printArea(int lastCol, int lastRow) {
        printArea = new int[] {lastCol, lastRow};
    }

    public void centredOnPage() {
        centredOnPage = true;
    }

    public void chart(BarChart chart, int col1, int row1, int col2, int row2) {
        charts.add(new Chart(chart, col1, row1, col2, row2));
    }

    List<Chart> charts() {
        return charts;
    }

    /** The print titles and print area, as the workbook's defined names ({@code null}: none). */
    String printTitles() {
        return repeatedRow < 0 ? null : quoted() + "!$" + (repeatedRow + 1) + ":$" + (repeatedRow + 1);
    }

    String printAreaRef() {
        return printArea == null ? null : quoted() + "!$A$1:$" + column(printArea[0]) + "$" + (printArea[1] + 1);
    }

    /** The sheet's name as a formula refers to it. */
    public String quoted() {
        return "'" + name.replace("'", "''") + "'";
    }

    /** {@code 'Sheet'!$B$5:$B$16}: a column's rows, absolute. */
    public String range(int col, int firstRow, int lastRow) {
        return quoted() + "!$" + column(col) + "$" + (firstRow + 1) + ":$" + column(col) + "$" + (lastRow + 1);
    }

    public String absolute(int row, int col) {
        return quoted() + "!$" + column(col) + "$" + (row + 1);
    }

    /** The sheet part; {@code drawingId}: the relationship of its drawing, or null. */
    String xml(boolean selected, String drawingId) {
        StringBuilder x = new StringBuilder(Xml.DECLARATION).append("<worksheet")
                .append(" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
                .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView")
                .append(selected ? " tabSelected=\"1\"" : "").append(" workbookViewId=\"0\">");
        if (frozenRows > 0) {
            x.append("<pane ySplit=\"").append(frozenRows).append("\" topLeftCell=\"A").append(frozenRows + 1)
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        x.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"").append(number(defaultHeight))
                .append(customDefaultHeight ? "\" customHeight=\"1\"/>" : "\"/>");
        if (!widths.isEmpty()) {
            x.append("<cols>");
            widths.forEach((c, w) -> x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1)
                    .append("\" width=\"").append(w).append("\" customWidth=\"1\"/>"));
            x.append("</cols>");
        }
        x.append("<sheetData>");
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(rows.keySet());
        all.addAll(heights.keySet());
        for (int r : all) {
            x.append("<row r=\"").append(r + 1).append('"');
            Double h = heights.get(r);
            if (h != null) {
                x.append(" ht=\"").append(number(h)).append("\" customHeight=\"1\"");
            }
            x.append('>');
            rows.getOrDefault(r, new TreeMap<>()).forEach((c, cell) ->
                    x.append("<c r=\"").append(ref(r, c)).append("\" ").append(cell).append("</c>"));
            x.append("</row>");
        }
        x.append("</sheetData>");
        if (!merged.isEmpty()) {
            x.append("<mergeCells count=\"").append(merged.size()).append("\">");
            merged.forEach(m -> x.append("<mergeCell ref=\"").append(m).append("\"/>"));
            x.append("</mergeCells>");
        }
        if (centredOnPage) {
            x.append("<printOptions horizontalCentered=\"1\"/>");
        }
        x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>");
        if (drawingId != null) {
            x.append("<drawing r:id=\"").append(drawingId).append("\"/>");
        }
        return x.append("</worksheet>").toString();
    }

    private void put(int row, int col, String cell, Object value) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, cell);
        if (value != null) {
            values.put(key(row, col), value);
        } else {
            values.remove(key(row, col));
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public static String ref(int row, int col) {
        return column(col) + (row + 1);
    }

    static String column(int col) {
        StringBuilder s = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
