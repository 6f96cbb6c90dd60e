package vn.atr.report.word;

import java.util.ArrayList;
import java.util.List;

/**
 * The width of an appendix table's label column against its figure columns, chosen so that the table takes
 * the fewest lines: labels and headers broken at spaces as a word processor does, with the font's real widths
 * ({@link TextWidth}). A table of months needs a narrow label column and wide headers; a table of activity types
 * the reverse; one width for both left two-line labels or four-line headers, and small tables that would fit
 * one page together did not. Among equally short layouts the one nearest the even split is kept.
 */
final class ColumnWidths {
    /** Candidate widths are tried in steps of this many twips. */
    private static final int STEP = 50;
    /** Left and right cell margins, Word's default, in points. */
    private static final double MARGINS = 2 * 108 / 20.0;

    /** A cell's text as words with their widths in points. */
    private record Words(double[] widths, double space) {
        static Words of(String s, int size, boolean bold) {
            String[] words = s.strip().split("\\s+");
            double[] w = new double[words.length];
            for (int i = 0; i < words.length; i++) {
                w[i] = TextWidth.points(words[i], size, bold);
            }
            return new Words(w, TextWidth.points(" ", size, bold));
        }

        double longest() {
            double max = 0;
            for (double w : widths) {
                max = Math.max(max, w);
            }
            return max;
        }

        /** Lines within {@code width} points, broken greedily at spaces. */
        int lines(double width) {
            int lines = 1;
            double used = 0;
            for (int i = 0; i < widths.length; i++) {
                if (i > 0 && used + space + widths[i] > width) {
                    lines++;
                    used = widths[i];
                } else {
                    used += (i > 0 ? space : 0) + widths[i];
                }
            }
            return lines;
        }
    }

    /** A row's label (with its indent in points) and its figures, measured once. */
    private record Row(Words label, double indent, List<Words> values) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final int values;

    /** {@code values}: the number of figure columns. */
    ColumnWidths(int values) {
        this.values = values;
    }

    /** Adds a row: its label, the label's left indent in twips, its figures' texts, whether it is set in bold. */
    void row(String label, int indent, List<String> figures, boolean bold, int size) {
        List<Words> v = new ArrayList<>();
        for (String f : figures) {
            v.add(Words.of(f, size, bold));
        }
        rows.add(new Row(Words.of(label, size, bold), indent / 20.0, v));
    }

    /**
     * The label column's width in twips, out of {@code room} shared with the {@code values} figure columns
     * (each then {@code (room - label) / values}); {@code even} is the label width of the even split, kept on a tie.
     */
    int label(int room, int even) {
        double minLabel = 0;
        double minValue = 0;
        for (Row r : rows) {
            minLabel = Math.max(minLabel, r.label.longest() + r.indent);
            for (Words w : r.values) {
                minValue = Math.max(minValue, w.longest());
            }
        }
        int from = (int) Math.ceil((minLabel + MARGINS) * 20);
        int to = room - values * (int) Math.ceil((minValue + MARGINS) * 20);
        if (values == 0 || from > to) { // a word wider than any split allows: the even split, wrapped by Word
            return even;
        }
        int best = even;
        int fewest = even >= from && even <= to ? lines(even, room) : Integer.MAX_VALUE;
        for (int label = from; label <= to; label += STEP) {
            int n = lines(label, room);
            if (n < fewest || n == fewest && Math.abs(label - even) < Math.abs(best - even)) {
                best = label;
                fewest = n;
            }
        }
        return best;
    }

    /** The table's lines with this label width: each row as high as its tallest cell. */
    private int lines(int label, int room) {
        double labelPt = label / 20.0 - MARGINS;
        double valuePt = (room - label) / values / 20.0 - MARGINS;
        int total = 0;
        for (Row r : rows) {
            int tallest = r.label.lines(labelPt - r.indent);
            for (Words w : r.values) {
                tallest = Math.max(tallest, w.lines(valuePt));
            }
            total += tallest;
        }
        return total;
    }
}
