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

/** Small XWPF helpers for the decree's typography: Times New Roman everywhere, sizes in points. */
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

    /** A run of text in the report font. */
    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        if (bold) { // unset means regular: fewer XML writes for the thousand cells of a big appendix
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
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

    /** A body paragraph: justified, first-line indent 1.27 cm, 6 pt before, line spacing 1.15. */
    static XWPFParagraph body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE);
        p.setSpacingBefore(PARAGRAPH_SPACING);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
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
