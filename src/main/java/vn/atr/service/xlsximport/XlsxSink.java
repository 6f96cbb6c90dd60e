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
    /** The sheet's header cells that are no column of the template, by position, and those that hold data. */
    private final Map<Integer, String> unknownColumns = new HashMap<>();
    private final java.util.Set<String> unknownWithData = new java.util.LinkedHashSet<>();
    /** Those of them that held a cell other than a number: a column of notes, not of figures. */
    private final java.util.Set<String> unknownWithText = new java.util.HashSet<>();

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
            java.util.Optional<XlsxSheet> copied = layout.sheets().stream()
                    .filter(s -> vn.atr.domain.Text.fold(name.strip()).startsWith(vn.atr.domain.Text.fold(s.title())))
                    .findFirst();
            if (copied.isPresent()) { // "Hoạt động (2)": its rows would be lost while the import succeeds
                problems.add(new XlsxProblem(name, 0, null, Messages.get("xlsx.copiedSheet", name,
                        copied.get().title())));
            } else if (!ours) {
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
            headerRow = rowNumber;
            return;
        }
        Map<String, XlsxCell> byKey = new HashMap<>();
        for (XlsxCell c : cells) {
            if (unknownColumns.containsKey(c.column()) && !c.text().isBlank()) {
                unknownWithData.add(unknownColumns.get(c.column()));
                if (c.type() != XlsxCell.Type.NUMBER && !c.text().strip().matches("[0-9][0-9. ]*")) {
                    unknownWithText.add(unknownColumns.get(c.column()));
                }
            }
            XlsxColumn col = columns.get(c.column());
            if (col != null && !(c.type() == XlsxCell.Type.TEXT && c.text().isBlank())) {
                byKey.put(col.key(), c);
            }
        }
        if (!byKey.isEmpty()) {
            records.add(current.key(), new XlsxRow(current, rowNumber, byKey, layout, problems));
        }
    }

    /** Merged ranges of the sheet being read that reach below its header row. */
    private final List<String> mergedRanges = new ArrayList<>();
    /** The row the sheet's header was found on (a title above it may be merged: it holds no data). */
    private int headerRow;

    @Override
    public void merged(String range) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Z]+(\\d+):[A-Z]+(\\d+)").matcher(range);
        if (columns != null && m.matches() && Integer.parseInt(m.group(2)) > headerRow) {
            mergedRanges.add(range);
        }
    }

    /** Hidden data rows of the sheet being read, said at its end: they are imported like the others. */
    private final List<Integer> hiddenRows = new ArrayList<>();

    @Override
    public void hidden(int rowNumber) {
        if (columns != null && !skip) {
            hiddenRows.add(rowNumber);
        }
    }

    @Override
    public void hiddenSheet(String name) {
        warnings.add(Messages.get("xlsx.hiddenSheet", name));
    }

    /** Called at the end of each sheet and of the workbook: a sheet without a header row is a problem. */
    void finish() {
        if (current != null && !hiddenRows.isEmpty()) {
            warnings.add(Messages.get("xlsx.hiddenRows", current.title(), hiddenRows.size(),
                    hiddenRows.stream().limit(10).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
        }
        hiddenRows.clear();
        if (current != null && !mergedRanges.isEmpty()) { // the rows below a merged cell's first read it as empty
            warnings.add(Messages.get("xlsx.mergedCells", current.title(), String.join(", ", mergedRanges.stream()
                    .limit(5).toList())));
        }
        mergedRanges.clear();
        if (current != null && columns == null && !skip && rowsSeen > 0) {
            problems.add(new XlsxProblem(current.title(), 0, null,
                    Messages.get("xlsx.noHeader", current.columns().get(0).header())));
        }
        if (current != null && columns != null && !unknownWithData.isEmpty()) {
            // a figure column renamed ("Số người tham dự" for "Số lượt người tham dự"): its figures would be read as
            // nothing while the import succeeds; a column of the user's own ("Ghi chú riêng") stays a warning
            for (XlsxColumn c : current.columns()) {
                if (!FIGURES.contains(c.key()) || columns.containsValue(c)) {
                    continue;
                }
                // a header like the template's, or a column of numbers only ("Số người", "SL" for the figures)
                unknownWithData.stream().filter(u -> alike(u, stripStar(c.header()))
                                || !unknownWithText.contains(u) && !ROW_NUMBERS.contains(vn.atr.domain.Text.fold(u)))
                        .findFirst().ifPresent(u ->
                        problems.add(new XlsxProblem(current.title(), 0, null, Messages.get("xlsx.renamedColumn", u,
                                stripStar(c.header())))));
            }
        }
        unknownColumns.clear();
        unknownWithData.clear();
        unknownWithText.clear();
        current = null;
    }

    int dataSheets() {
        return dataSheets;
    }

    private void header(List<XlsxCell> cells) {
        rowsSeen++;
        Map<Integer, XlsxColumn> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        Map<Integer, String> unknownHere = new HashMap<>(); // kept only if this row is the header
        for (XlsxCell c : cells) {
            XlsxColumn col = column(c.text());
            if (col == null) {
                unknown.add(c.text().strip());
                if (!c.text().isBlank()) {
                    unknownHere.put(c.column(), c.text().strip());
                }
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
        unknownColumns.putAll(unknownHere);
        unknown.forEach(u -> warnings.add(Messages.get("xlsx.unknownColumn", current.title(), u)));
        for (XlsxColumn col : current.columns()) {
            if (col.required() && !found.containsValue(col)) {
                problems.add(new XlsxProblem(current.title(), 0, null, Messages.get("xlsx.missingColumn",
                        stripStar(col.header()))));
                skip = true;
            }
        }
    }

    /** The row-number columns staff add before the data ("STT"): numbers that are no figure. */
    private static final java.util.Set<String> ROW_NUMBERS = java.util.Set.of("stt", "tt", "so tt", "so thu tu", "thu tu");

    /** The columns whose figures the report counts. */
    private static final java.util.Set<String> FIGURES = java.util.Set.of("participants", "quantity", "value",
            "amountVnd", "suspects");

    /** Whether a header shares at least half of the words of a template column's, two or more. */
    private static boolean alike(String header, String templateHeader) {
        java.util.Set<String> words = new java.util.HashSet<>(List.of(
                vn.atr.domain.Text.fold(header).split("[^a-z0-9]+")));
        List<String> wanted = List.of(vn.atr.domain.Text.fold(templateHeader).split("[^a-z0-9]+"));
        long shared = wanted.stream().filter(w -> !w.isEmpty() && words.contains(w)).count();
        return shared >= 2 && 2 * shared >= wanted.size();
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
