package vn.atr.report.word;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import vn.atr.report.ooxml.DocxBody;
import vn.atr.report.ooxml.Paragraph;
import vn.atr.report.ooxml.Run;
import vn.atr.report.ooxml.Table;
import java.util.List;
import java.util.Map;

/**
 * Chooses each chart's height so that the page before it is filled (ADR 0116). The document has no layout of
 * its own, so this one estimates it as LibreOffice and Word lay out the report: lines broken greedily with the
 * font's real widths ({@link TextWidth}), a line of a size's font taking 1.149 em (Liberation Serif's ascent, descent
 * and line gap, as measured in LibreOffice's PDF) times the paragraph's spacing, paragraphs split between pages with at
 * least two lines on each side, a paragraph kept with the next one moving with it. A chart (with its caption)
 * that does not fit at the bottom of a page is drawn lower to fill the space left, when that space holds at least
 * {@link #MIN_SHARE} of its height; otherwise it keeps its height and starts the next page as before. The
 * estimate stops at the appendices' section, after the charts.
 */
final class PageFit {
    /** Ascent plus descent of the report's font, in em. */
    static final double LINE_EM = 1.149;
    /** A chart is drawn lower only down to this share of its height: below it, it goes to the next page. */
    static final double MIN_SHARE = 0.6;
    /** Points kept free under a lowered chart, against the estimate's error. */
    static final double SAFETY = 14;
    static final double PAGE = (WordReportWriter.PAGE_HEIGHT - WordReportWriter.MARGIN_TOP
            - WordReportWriter.MARGIN_BOTTOM) / 20.0;
    private static final double DEFAULT_CELL_MARGIN = 108 / 20.0;

    private final DocxBody doc;
    private final Formatting format;
    private double y;

    PageFit(DocxBody doc) {
        this.doc = doc;
        this.format = new Formatting(DocxStyles.all(DocxStyles.NORMAL, WordBody.BODY_SIZE, WordBody.CAPTION_SIZE,
                WordAppendix.TABLE_SIZE));
    }

    /**
     * The height in points at which to draw each chart, in the order of {@code charts} (paragraph holding a
     * chart, to its index): {@code full} where it fits or goes to the next page.
     */
    int[] heights(Map<Paragraph, Integer> charts, int full) {
        int[] heights = new int[charts.size()];
        java.util.Arrays.fill(heights, full);
        List<Object> blocks = doc.elements();
        Map<Paragraph, Integer> index = new IdentityHashMap<>(charts);
        for (int i = 0; i < blocks.size(); i++) {
            Object o = blocks.get(i);
            if (o instanceof Table t) {
                whole(table(t));
            } else if (o instanceof Paragraph p) {
                if (p.endsSection()) {
                    return heights; // the appendices start on a page of their own
                }
                Integer chart = index.get(p);
                if (chart != null) {
                    double caption = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Paragraph next
                            ? height(next) : 0;
                    heights[chart] = chart(full, before(p), caption);
                } else {
                    Lines l = lines(p);
                    double next = 0;
                    if (keepNext(p) && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Paragraph q) {
                        Integer nextChart = index.get(q);
                        next = nextChart != null ? before(q) + full * MIN_SHARE : firstLines(q);
                    }
                    place(l.count, l.height, before(p), after(p), next);
                }
            }
        }
        return heights;
    }

    /** Places a chart and returns the height to draw it at; its caption is placed as the next paragraph. */
    private int chart(int full, double before, double caption) {
        if (y + before + full + caption <= PAGE) {
            y += before + full;
            return full;
        }
        double room = PAGE - y - before - caption - SAFETY;
        if (room >= full * MIN_SHARE) {
            y += before + room;
            return (int) Math.floor(room);
        }
        y = full;
        return full;
    }

    /** A block that is not split (a table). */
    private void whole(double height) {
        if (y + height > PAGE && y > 0) {
            y = 0;
        }
        y += height;
    }

    /** A paragraph of {@code count} lines of {@code line} points, split over pages as a word processor does. */
    private void place(int count, double line, double before, double after, double keepWith) {
        double whole = before + count * line + after;
        if (y + whole + keepWith <= PAGE || y == 0) {
            y += whole;
            return;
        }
        int fit = (int) Math.floor((PAGE - y - before) / line + 1e-6);
        if (keepWith == 0 && count >= 4 && fit >= 2) {
            int rest = Math.max(2, count - fit);
            y = rest * line + after;
            return;
        }
        y = count * line + after; // to the next page, spacing before dropped at its top
    }

    /** The height of a paragraph's first lines that must stay with a heading kept with it. */
    private double firstLines(Paragraph p) {
        Lines l = lines(p);
        return before(p) + Math.min(l.count, 2) * l.height;
    }

    private double height(Paragraph p) {
        Lines l = lines(p);
        return before(p) + l.count * l.height + after(p);
    }

    private record Lines(int count, double height) {
    }

    private Lines lines(Paragraph p) {
        return lines(p, WordReportWriter.TEXT_WIDTH / 20.0);
    }

    /** Lines in the size and weight of the paragraph's first run, as the styles and the run resolve them. */
    private Lines lines(Paragraph p, double width) {
        Run first = null;
        StringBuilder text = new StringBuilder();
        for (Run r : p.runs()) {
            if (first == null && !r.text().isEmpty()) {
                first = r;
            }
            text.append(r.text());
        }
        // an empty paragraph is as high as its mark's font
        int size = (int) Math.round(format.size(p, first));
        boolean bold = first != null && format.bold(p, first);
        double line = size * LINE_EM * format.lineSpacing(p);
        double left = twips(format.left(p)) + twips(format.right(p));
        double indent = text.isEmpty() ? 0 : twips(format.firstLine(p));
        int count = 0;
        for (String hard : text.toString().split("\n", -1)) {
            count += wrap(hard, width - left, indent, size, bold);
            indent = 0;
        }
        return new Lines(Math.max(1, count), line);
    }

    /** Lines of {@code s} broken at spaces within {@code width}, the first one indented by {@code first}. */
    static int wrap(String s, double width, double first, int size, boolean bold) {
        String[] words = s.split(" ");
        int lines = 1;
        double used = first;
        double space = TextWidth.points(" ", size, bold);
        for (String w : words) {
            double ww = TextWidth.points(w, size, bold);
            if (used > first && used + space + ww > width) {
                lines++;
                used = ww;
            } else {
                used += (used > first ? space : 0) + ww;
            }
        }
        return lines;
    }

    private double table(Table t) {
        double total = 0;
        for (var row : t.rows()) {
            double tallest = 0;
            for (var cell : row.cells()) {
                double width = cell.width() != null ? cell.width() / 20.0
                        : WordReportWriter.TEXT_WIDTH / 20.0 / row.cells().size();
                double h = 0;
                for (Paragraph p : cell.paragraphs()) {
                    Lines l = lines(p, width - 2 * DEFAULT_CELL_MARGIN);
                    h += before(p) + l.count * l.height + after(p);
                }
                tallest = Math.max(tallest, h);
            }
            total += tallest;
        }
        return total;
    }

    private boolean keepNext(Paragraph p) {
        return format.keepNext(p);
    }

    private double before(Paragraph p) {
        return format.before(p) / 20.0;
    }

    private double after(Paragraph p) {
        return format.after(p) / 20.0;
    }

    private static double twips(int v) {
        return v > 0 ? v / 20.0 : 0;
    }
}
