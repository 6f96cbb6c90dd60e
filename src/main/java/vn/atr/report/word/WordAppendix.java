package vn.atr.report.word;

import static vn.atr.report.word.Docx.run;
import static vn.atr.report.word.Docx.tight;

import java.util.List;
import vn.atr.domain.VnFormats;
import vn.atr.report.ReportText;
import vn.atr.report.ooxml.Align;
import vn.atr.report.ooxml.DocxBody;
import vn.atr.report.ooxml.Paragraph;
import vn.atr.report.ooxml.Table;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.AppendixTable.Row;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;

/**
 * The appendices in a section of their own whose page numbers restart at 1: each table under "Phụ lục I"
 * and its reference line, with totals. Tables follow one another on a page where they fit; a table's
 * label, title and reference line stay with its first rows (keep with next).
 */
final class WordAppendix {
    static final int TABLE_SIZE = 12;
    static final int NUMBER_COLUMN = 600;
    /** 18 pt between a table (or its note) and the next appendix's label. */
    static final int TABLE_GAP = 360;
    /** Tables of at most this many rows (with header and total) fit a page and are never split. */
    static final int KEEP_WHOLE = 30;
    /** A longer table keeps this many rows together at its start (header first) and at its end (total last). */
    static final int KEEP_ENDS = 3;
    /** A row under a sub-heading is indented by this many twips. */
    private static final int CHILD_INDENT = 200;
    private final DocxBody doc;
    private final ReportText text;
    private final ReportOptions options;
    private final int textWidth;
    private final String reference;
    private final java.util.function.Predicate<String> placedApart;
    /** Tables written so far: the first starts the appendices' section, each is numbered in the order written. */
    private int written;

    /**
     * {@code placedApart}: whether a template places a table's block ({@link #blockName}) on its own, so that the
     * block of all the appendices leaves that table out.
     */
    WordAppendix(DocxBody doc, ReportText text, ReportOptions options, int textWidth, String reference,
                 java.util.function.Predicate<String> placedApart) {
        this.doc = doc;
        this.text = text;
        this.options = options;
        this.textWidth = textWidth;
        this.reference = reference;
        this.placedApart = placedApart;
    }

    /** A table's own block in a template ({@code {{phu_luc_theo_thang}}}), or null for a table without a key. */
    static String blockName(AppendixTable t) {
        if (t.key() == null) {
            return null;
        }
        return "phu_luc_" + switch (t.key()) {
            case "types" -> "loai_hoat_dong";
            case "months" -> "theo_thang";
            case "units" -> "hoat_dong_don_vi";
            case "caseUnits" -> "vu_theo_don_vi";
            case "cases" -> "vu_viec";
            case "victims" -> "nan_nhan";
            case "support" -> "ho_tro";
            default -> t.key().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The appendices a template does not place one by one, in the model's order. */
    void write(ReportModel m) {
        for (AppendixTable table : m.appendices()) {
            String own = blockName(table);
            if (own == null || !placedApart.test(own)) {
                write(table);
            }
        }
    }

    /**
     * One appendix: "Phụ lục" and its number in the order written (the model's when all are written together),
     * title, reference line, table. The first one written starts the appendices' section on a new page.
     */
    void write(AppendixTable table) {
        if (written == 0) {
            newSection();
        }
        Paragraph label = keptWithNext(Align.CENTER);
        if (written > 0) {
            label.before(TABLE_GAP);
        }
        written++;
        run(label, text.get("appendix.label", vn.atr.report.AppendixTables.roman(written)), 14, true, false);
        run(keptWithNext(Align.CENTER), table.title(), 14, true, false);
        Paragraph ref = keptWithNext(Align.CENTER);
        ref.after(240);
        run(ref, reference, 13, false, true);
        table(table);
        if (suppress(table)) {
            Paragraph note = tight(doc.createParagraph(), Align.LEFT);
            note.before(120);
            run(note, text.get("appendix.note.suppressed"), 11, false, true);
        }
    }

    /**
     * Ends the report's section with a paragraph carrying a copy of its page setup (headers included), so
     * the appendices start on a new page in the document's last section, whose numbering restarts at 1.
     */
    private void newSection() {
        tight(doc.createParagraph(), Align.LEFT).endSection();
    }

    private Paragraph keptWithNext(Align align) {
        return tight(doc.createParagraph(), align).keepNext(true);
    }

    private boolean suppress(AppendixTable t) {
        return options.suppressSmall() && t.byUnit();
    }

    private void table(AppendixTable t) {
        int values = t.headers().size() - 1;
        int room = textWidth - NUMBER_COLUMN;
        int valueWidth = values == 0 ? 0
                : (room - widths(t, values).label(room, room - values * evenValueWidth(values))) / values;
        int labelWidth = room - values * valueWidth;
        Table table = doc.createTable(1, t.headers().size() + 1).width(textWidth);
        grid(table, labelWidth, valueWidth, values);
        Table.Row header = table.row(0).repeatHeader();
        cell(header.cell(0), "TT", true, Align.CENTER, NUMBER_COLUMN, true);
        for (int i = 0; i < t.headers().size(); i++) {
            cell(header.cell(i + 1), t.headers().get(i), true, Align.CENTER,
                    i == 0 ? labelWidth : valueWidth, true);
        }
        if (t.rows().isEmpty()) {
            Table.Row r = table.createRow();
            tableText(r);
            cell(r.cell(1), text.get("appendix.empty"), false, Align.LEFT, labelWidth, false);
        }
        boolean grouped = t.rows().stream().anyMatch(Row::group);
        int number = 0;
        java.util.Set<AppendixTable.Cell> withheld = withheld(t);
        for (int index = 0; index < t.rows().size(); index++) {
            Row row = t.rows().get(index);
            Table.Row r = table.createRow();
            String no = row.group() ? "" : String.valueOf(++number);
            cell(r.cell(0), no, false, Align.CENTER, 0, false);
            Paragraph p = cell(r.cell(1), row.label(), row.group(), Align.LEFT, 0, false);
            if (grouped && !row.group()) {
                p.left(CHILD_INDENT);
            }
            if (row.group()) {
                tableText(r);
                int at = table.rows().size() - 1;
                keepWithNext(table, at, at + 1); // a sub-heading never ends a page without its rows
            }
            List<String> figures = figures(t, row, index, withheld);
            for (int i = 0; i < figures.size(); i++) {
                cell(r.cell(i + 2), figures.get(i), false, Align.RIGHT, 0, false);
            }
        }
        if (t.hasTotal() && !t.rows().isEmpty()) {
            Table.Row r = table.createRow();
            cell(r.cell(0), "", true, Align.CENTER, NUMBER_COLUMN, false);
            cell(r.cell(1), text.get("appendix.total"), true, Align.CENTER, labelWidth, false);
            List<String> totals = totals(t, values);
            for (int i = 0; i < values; i++) {
                cell(r.cell(i + 2), totals.get(i), true, Align.RIGHT, valueWidth, false);
            }
        }
        int rows = table.rows().size();
        for (int i = 0; i < rows; i++) {
            table.row(i).cantSplit(); // a two-line label never split between pages
        }
        if (rows <= KEEP_WHOLE) {
            keepWithNext(table, 0, rows - 1);
        } else { // a long table splits, its header repeated: not after its first rows, nor before its last ones
            keepWithNext(table, 0, KEEP_ENDS);
            keepWithNext(table, rows - KEEP_ENDS, rows - 1);
        }
    }

    /**
     * Rows {@code from} to {@code to} (exclusive) kept with the next row. All but the last: a short table moves to
     * the next page whole rather than leave its total behind; the heading above is kept with its first row.
     */
    private static void keepWithNext(Table table, int from, int to) {
        for (int i = from; i < to; i++) {
            table.row(i).cells().forEach(c -> c.paragraph().keepNext(true));
        }
    }

    /** Cells left empty (a sub-heading's figures) in the table's text style, not in Normal's 14 pt. */
    private static void tableText(Table.Row r) {
        r.cells().forEach(c -> c.paragraph().style(DocxStyles.TABLE_TEXT));
    }

    /** The column widths once, in the table grid: the data rows follow it without a width per cell. */
    private static void grid(Table table, int labelWidth, int valueWidth, int values) {
        int[] grid = new int[values + 2];
        grid[0] = NUMBER_COLUMN;
        grid[1] = labelWidth;
        java.util.Arrays.fill(grid, 2, grid.length, valueWidth);
        table.grid(grid);
    }

    /** The figure as shown: 10.215, or "< 5" for 1 to 4 in a by-unit table when suppression is on. */
    String value(AppendixTable t, long v) {
        if (suppress(t) && v > 0 && v < ReportOptions.SMALL) {
            return text.get("appendix.suppressed");
        }
        return VnFormats.number(v);
    }

    /** The figure columns' width when the label column takes two of them, as the tables had before measuring. */
    private int evenValueWidth(int values) {
        return Math.min(1800, (textWidth - NUMBER_COLUMN) / (values + 2));
    }

    /** The table's texts as printed, measured for its column widths. */
    private ColumnWidths widths(AppendixTable t, int values) {
        ColumnWidths w = new ColumnWidths(values);
        w.row(t.headers().get(0), 0, t.headers().subList(1, t.headers().size()), true, TABLE_SIZE);
        boolean grouped = t.rows().stream().anyMatch(Row::group);
        java.util.Set<AppendixTable.Cell> withheld = withheld(t);
        for (int index = 0; index < t.rows().size(); index++) {
            Row row = t.rows().get(index);
            w.row(row.label(), grouped && !row.group() ? CHILD_INDENT : 0, figures(t, row, index, withheld),
                    row.group(), TABLE_SIZE);
        }
        if (t.hasTotal() && !t.rows().isEmpty()) {
            w.row(text.get("appendix.total"), 0, totals(t, values), true, TABLE_SIZE);
        }
        return w;
    }

    /** The row's figures as printed; a count withheld beside a single "< 5" of its breakdown reads "x". */
    private List<String> figures(AppendixTable t, Row row, int index, java.util.Set<AppendixTable.Cell> withheld) {
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < row.values().size(); i++) {
            cells.add(row.dash(i) ? text.get("appendix.noRecord")
                    : withheld.contains(new AppendixTable.Cell(index, i)) ? text.get("appendix.withheld")
                    : value(t, row.values().get(i)));
        }
        return cells;
    }

    /** The cells withheld beside a single small count, when this table's small counts are suppressed. */
    private java.util.Set<AppendixTable.Cell> withheld(AppendixTable t) {
        return suppress(t) ? t.withheldBesideSmall() : java.util.Set.of();
    }

    /** The total row; a total from 1 to 4 is itself a small count (a table of one ward gave its "< 5" back). */
    private List<String> totals(AppendixTable t, int values) {
        List<String> totals = new java.util.ArrayList<>();
        for (int i = 0; i < values; i++) {
            totals.add(i < t.totalColumns() ? value(t, t.columnTotal(i)) : "");
        }
        return totals;
    }

    /** A cell's text in a cell style ({@link DocxStyles}); {@code width} 0 keeps the column width of the header row (the table's grid). */
    private static Paragraph cell(Table.Cell c, String s, boolean bold, Align align, int width, boolean shaded) {
        if (width > 0) {
            c.width(width);
        }
        if (shaded) {
            c.shading("D9E2F3");
        }
        Paragraph p = c.paragraph().style(DocxStyles.cell(align)); // alignment, spacing, font and size from the style
        var r = p.createRun().text(s);
        if (bold) {
            r.bold();
        }
        return p;
    }
}
