package vn.atr.report.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The document's paragraph styles, so that Word shows the outline in its navigation pane and a paragraph
 * typed later looks like the report's: Normal is the decree's body paragraph (Times New Roman 14,
 * justified, first line 1.27 cm, 6 pt before, line 1.15); Heading 1-3 carry outline levels; Caption for
 * the charts; "Table Text" for the appendix cells (12 pt, 2 pt above and below), with one style per
 * alignment based on it. A thousand cells then carry only a style reference and their text instead of the
 * same alignment, spacing, font and size written into every one of them: a smaller document.xml, written
 * faster, and one place to change the tables' typography in Word. The writers still set the visible
 * formatting on their paragraphs too, so the layout does not depend on how a program resolves styles.
 */
final class DocxStyles {
    static final String NORMAL = "Normal";
    static final String CAPTION = "Caption";
    static final String TABLE_TEXT = "AtrTableText";
    static final String CELL_LEFT = TABLE_TEXT;
    static final String CELL_CENTER = "AtrCellCenter";
    static final String CELL_RIGHT = "AtrCellRight";
    /** 2 pt above and below a cell's text. */
    static final int CELL_SPACING = 40;
    private static final int SINGLE = 240;
    private static final int BODY_LINE = 276;

    private DocxStyles() {
    }

    /** Heading {@code level} (1 to 3): "I. ...", "1. ...", "a) ...". */
    static String heading(int level) {
        return "Heading" + level;
    }

    static void addAll(XWPFStyles styles, int bodySize, int captionSize, int tableSize) {
        CTStyle normal = style(NORMAL, "Normal", null);
        normal.setDefault(true);
        paragraph(normal, STJc.BOTH, Docx.PARAGRAPH_SPACING, 0, BODY_LINE).addNewInd()
                .setFirstLine(BigInteger.valueOf(Docx.FIRST_LINE));
        font(normal, bodySize);
        add(styles, normal);
        for (int level = 1; level <= 3; level++) {
            CTStyle h = style(heading(level), "heading " + level, NORMAL);
            CTPPrGeneral ppr = h.addNewPPr();
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr rpr = font(h, bodySize);
            if (level < 3) {
                rpr.addNewB();
                rpr.addNewBCs();
            }
            add(styles, h);
        }
        CTStyle caption = style(CAPTION, "caption", NORMAL);
        paragraph(caption, STJc.CENTER, 0, Docx.PARAGRAPH_SPACING, SINGLE).addNewInd()
                .setFirstLine(BigInteger.ZERO);
        font(caption, captionSize).addNewI();
        add(styles, caption);
        addCell(styles, TABLE_TEXT, "Table Text", null, STJc.LEFT, tableSize);
        addCell(styles, CELL_CENTER, "Table Text Centered", TABLE_TEXT, STJc.CENTER, tableSize);
        addCell(styles, CELL_RIGHT, "Table Text Right", TABLE_TEXT, STJc.RIGHT, tableSize);
    }

    static String cell(ParagraphAlignment align) {
        return switch (align) {
            case CENTER -> CELL_CENTER;
            case RIGHT -> CELL_RIGHT;
            default -> CELL_LEFT;
        };
    }

    /** A cell style written out in full (alignment, spacing, font, size), not only what differs from its base. */
    private static void addCell(XWPFStyles styles, String id, String name, String basedOn, STJc.Enum align,
                                int sizePt) {
        CTStyle s = style(id, name, basedOn);
        paragraph(s, align, CELL_SPACING, CELL_SPACING, SINGLE);
        font(s, sizePt);
        add(styles, s);
    }

    private static CTStyle style(String id, String name, String basedOn) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal(NORMAL);
        }
        s.addNewQFormat();
        return s;
    }

    private static CTPPrGeneral paragraph(CTStyle s, STJc.Enum align, int before, int after, int line) {
        CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewJc().setVal(align);
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        return ppr;
    }

    private static CTRPr font(CTStyle s, int sizePt) {
        CTRPr rpr = s.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(Docx.FONT);
        fonts.setHAnsi(Docx.FONT);
        fonts.setCs(Docx.FONT);
        fonts.setEastAsia(Docx.FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(sizePt * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(sizePt * 2L));
        return rpr;
    }

    private static void add(XWPFStyles styles, CTStyle s) {
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
