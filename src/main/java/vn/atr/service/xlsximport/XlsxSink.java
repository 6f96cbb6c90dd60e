package vn.atr.service.xlsximport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.atr.domain.Messages;
import vn.atr.format.xlsx.XlsxCell;
import vn.atr.format.xlsx.XlsxColumn;
import vn.atr.format.xlsx.XlsxSheet;
import vn.atr.format.xlsx.XlsxStreamReader;

/**
 * Receives the streamed workbook: recognises the data sheets by tab name, finds each sheet's header
 * row (the first row naming at least two known columns, so a title row above it or columns moved
 * around are fine) and hands every data row, its cells keyed by column, to {@link XlsxRecords}.
 */
final class XlsxSink implements XlsxStreamReader.Sink {
    /** How far down a sheet the header row may be (title rows, a blank line...). */
    private static final int HEADER_SEARCH_ROWS = 10;

    private final XlsxLayout layout;
    private final XlsxRecords records;
    private final List<XlsxProblem> problems;
    private final List<String> warnings;
    private XlsxSheet current;
    private Map<Integer, XlsxColumn> columns;
    private boolean skip;
    private int rowsSeen;
    private int dataSheets;

    XlsxSink(XlsxLayout layout, XlsxRecords records, List<XlsxProblem> problems, List<String> warnings) {
        this.layout = layout;
        this.records = records;
        this.problems = problems;
        this.warnings = warnings;
    }

    @Override
    public boolean sheet(String name) {
        finish();
        current = layout.sheetNamed(name).orElse(null);
        columns = null;
        skip = false;
        rowsSeen = 0;
        if (current == null) {
            boolean ours = XlsxLayout.sameWithoutMarks(name, XlsxLayout.vi("xlsx.sheet.instructions"))
                    || XlsxLayout.sameWithoutMarks(name, XlsxLayout.vi("xlsx.sheet.lists"));
            if (!ours) {
                warnings.add(Messages.get("xlsx.unknownSheet", name));
            }
            return false;
        }
        dataSheets++;
        return true;
    }

    @Override
    public void row(int rowNumber, List<XlsxCell> cells) {
        if (skip) {
            return;
        }
        if (columns == null) {
            header(cells);
            return;
        }
        Map<String, XlsxCell> byKey = new HashMap<>();
        for (XlsxCell c : cells) {
            XlsxColumn col = columns.get(c.column());
            if (col != null && !(c.type() == XlsxCell.Type.TEXT && c.text().isBlank())) {
                byKey.put(col.key(), c);
            }
        }
        if (!byKey.isEmpty()) {
            records.add(current.key(), new XlsxRow(current, rowNumber, byKey, layout, problems));
        }
    }

    /** Called at the end of each sheet and of the workbook: a sheet without a header row is a problem. */
    void finish() {
        if (current != null && columns == null && !skip && rowsSeen > 0) {
            problems.add(new XlsxProblem(current.title(), 0, null,
                    Messages.get("xlsx.noHeader", current.columns().get(0).header())));
        }
        current = null;
    }

    int dataSheets() {
        return dataSheets;
    }

    private void header(List<XlsxCell> cells) {
        rowsSeen++;
        Map<Integer, XlsxColumn> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (XlsxCell c : cells) {
            XlsxColumn col = column(c.text());
            if (col == null) {
                unknown.add(c.text().strip());
            } else if (found.containsValue(col)) {
                problems.add(new XlsxProblem(current.title(), 0, null, Messages.get("xlsx.duplicateColumn",
                        c.text().strip())));
                skip = true;
            } else {
                found.put(c.column(), col);
            }
        }
        if (found.size() < Math.min(2, current.columns().size())) {
            if (rowsSeen >= HEADER_SEARCH_ROWS) {
                finish();
                skip = true;
            }
            return;
        }
        columns = found;
        unknown.forEach(u -> warnings.add(Messages.get("xlsx.unknownColumn", current.title(), u)));
        for (XlsxColumn col : current.columns()) {
            if (col.required() && !found.containsValue(col)) {
                problems.add(new XlsxProblem(current.title(), 0, null, Messages.get("xlsx.missingColumn",
                        stripStar(col.header()))));
                skip = true;
            }
        }
    }

    /** A header cell matches a column by its Vietnamese header (with or without the "*"), key or CSV name. */
    private XlsxColumn column(String text) {
        String n = ChoiceList.normal(stripStar(text.strip()));
        for (XlsxColumn c : current.columns()) {
            if (n.equals(ChoiceList.normal(stripStar(c.header()))) || n.equals(ChoiceList.normal(c.key()))
                    || n.equals(c.key().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    private static String stripStar(String s) {
        return s.endsWith("*") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
