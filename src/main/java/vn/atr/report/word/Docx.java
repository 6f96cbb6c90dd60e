package vn.atr.report.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Small XWPF helpers for the decree's typography: the font comes from the styles ({@link DocxStyles}), sizes in points. */
final class Docx {
    static final String FONT = "Times New Roman";
    /** 1 mm in twentieths of a point. */
    static final double MM = 1440 / 25.4;
    /** First-line indent of body paragraphs: 1.27 cm. */
    static final int FIRST_LINE = 720;
    /** At least 6 pt between paragraphs. */
    static final int PARAGRAPH_SPACING = 120;

    private Docx() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * MM);
    }

    /**
     * A run of text in its paragraph's style's font, at {@code size} points: for the fixed parts whose sizes the
     * decree sets apart from the body's (header, title, signature).
     */
    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = text(p, text);
        r.setFontSize(size);
        if (bold) { // unset means regular: fewer XML writes for the thousand cells of a big appendix
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
        return r;
    }

    /** A run of text with no formatting of its own: its paragraph's style says how it looks. */
    static XWPFRun text(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    /** A compact paragraph (no spacing, no first-line indent of the Normal style) with the given alignment. */
    static XWPFParagraph tight(XWPFParagraph p, ParagraphAlignment align) {
        p.setAlignment(align);
        p.setIndentationFirstLine(0);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /** A short horizontal rule: an empty paragraph with a bottom border, indented to {@code widthMm}. */
    static void rule(XWPFParagraph p, int cellWidthTwips, double widthMm) {
        tight(p, ParagraphAlignment.CENTER);
        int side = Math.max(0, (cellWidthTwips - mm(widthMm)) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setBorderBottom(Borders.SINGLE);
        run(p, "", 2, false, false);
    }

    static void width(XWPFTableCell cell, int twips) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    /** The first paragraph of a new cell is reused, later ones are added. */
    static XWPFParagraph paragraph(XWPFTableCell cell, boolean first) {
        return first ? cell.getParagraphs().get(0) : cell.addParagraph();
    }
}
