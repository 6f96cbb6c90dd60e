package vn.atr.report.word;

import vn.atr.report.ooxml.Align;
import vn.atr.report.ooxml.Paragraph;
import vn.atr.report.ooxml.Run;
import vn.atr.report.ooxml.Table;

/** Small helpers for the decree's typography: the font comes from the styles ({@link DocxStyles}), sizes in points. */
final class Docx {
    static final String FONT = "Times New Roman";
    /** 1 mm in twentieths of a point. */
    static final double MM = 1440 / 25.4;
    /** First-line indent of body paragraphs: 1.27 cm. */
    static final int FIRST_LINE = 720;
    /** At least 6 pt between paragraphs. */
    static final int PARAGRAPH_SPACING = 120;
    /** Single line spacing, in 240ths of a line. */
    static final int SINGLE = 240;

    private Docx() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * MM);
    }

    /**
     * A run of text in its paragraph's style's font, at {@code size} points: for the fixed parts whose sizes the
     * decree sets apart from the body's (header, title, signature).
     */
    static Run run(Paragraph p, String text, int size, boolean bold, boolean italic) {
        Run r = text(p, text).size(size);
        if (bold) { // unset means regular: fewer XML writes for the thousand cells of a big appendix
            r.bold();
        }
        if (italic) {
            r.italic();
        }
        return r;
    }

    /** A run of text with no formatting of its own: its paragraph's style says how it looks. */
    static Run text(Paragraph p, String text) {
        return p.createRun().text(text);
    }

    /** A compact paragraph (no spacing, no first-line indent of the Normal style) with the given alignment. */
    static Paragraph tight(Paragraph p, Align align) {
        return p.align(align).firstLine(0).before(0).after(0).line(SINGLE);
    }

    /** A short horizontal rule: an empty paragraph with a bottom border, indented to {@code widthMm}. */
    static void rule(Paragraph p, int cellWidthTwips, double widthMm) {
        tight(p, Align.CENTER);
        int side = Math.max(0, (cellWidthTwips - mm(widthMm)) / 2);
        p.left(side).right(side).borderBottom();
        run(p, "", 2, false, false);
    }

    /** The first paragraph of a new cell is reused, later ones are added. */
    static Paragraph paragraph(Table.Cell cell, boolean first) {
        return first ? cell.paragraph() : cell.addParagraph();
    }
}
