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
 * alignment based on it. The generated text refers to these styles and carries no formatting that repeats
 * them (only what a style cannot say: a bold total, a highlighted placeholder), so a Department that changes a
 * style in its template changes the generated text with it; and a thousand cells carry only a style reference
 * and their text: a smaller document.xml, written faster.
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
        for (CTStyle s : all(NORMAL, bodySize, captionSize, tableSize)) {
            add(styles, s);
        }
    }

    /**
     * Adds to a Department's template the styles the generated text uses and the template lacks, leaving its own
     * as they are. A template made in Word from scratch has its own default paragraph style (not always named
     * "Normal") and may hold "heading 1" under another identifier (Word writes localised ones): the styles added
     * are based on those, so the generated text still follows the template's look.
     */
    static void complete(XWPFStyles styles, int bodySize, int captionSize, int tableSize) {
        String normal = defaultParagraph(styles);
        for (CTStyle s : all(normal == null ? NORMAL : normal, bodySize, captionSize, tableSize)) {
            String id = s.getStyleId();
            if (styles.styleExist(id) || id.equals(NORMAL) && normal != null) {
                continue;
            }
            XWPFStyle same = styles.getStyleWithName(s.getName().getVal());
            if (same != null) { // the template's own, under another identifier: ours takes everything from it
                CTStyle alias = style(id, s.getName().getVal() + " (ATR)", same.getStyleId());
                if (s.isSetPPr() && s.getPPr().isSetOutlineLvl()) {
                    alias.addNewPPr().addNewOutlineLvl().setVal(s.getPPr().getOutlineLvl().getVal());
                }
                add(styles, alias);
            } else {
                add(styles, s);
            }
        }
    }

    /** The identifier of the paragraph style of paragraphs that name none (Normal), or null. */
    static String defaultParagraph(XWPFStyles styles) {
        return styles.getStyles().stream()
                .filter(s -> s.getType() == STStyleType.PARAGRAPH && s.getCTStyle().isSetDefault()
                        && org.apache.poi.ooxml.util.POIXMLUnits.parseOnOff(s.getCTStyle().xgetDefault()))
                .map(XWPFStyle::getStyleId).findFirst().orElse(null);
    }

    /** Our styles, the body's ones based on {@code normal}. */
    private static java.util.List<CTStyle> all(String normalId, int bodySize, int captionSize, int tableSize) {
        java.util.List<CTStyle> all = new java.util.ArrayList<>();
        CTStyle normal = style(NORMAL, "Normal", null);
        normal.setDefault(true);
        paragraph(normal, STJc.BOTH, Docx.PARAGRAPH_SPACING, 0, BODY_LINE).addNewInd()
                .setFirstLine(BigInteger.valueOf(Docx.FIRST_LINE));
        font(normal, bodySize);
        all.add(normal);
        for (int level = 1; level <= 3; level++) {
            CTStyle h = style(heading(level), "heading " + level, normalId);
            CTPPrGeneral ppr = h.addNewPPr();
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            if (level < 3) { // font and size from Normal: a Department that changes Normal's changes theirs
                CTRPr rpr = h.addNewRPr();
                rpr.addNewB();
                rpr.addNewBCs();
            }
            all.add(h);
        }
        CTStyle caption = style(CAPTION, "caption", normalId);
        paragraph(caption, STJc.CENTER, 0, Docx.PARAGRAPH_SPACING, SINGLE).addNewInd()
                .setFirstLine(BigInteger.ZERO);
        CTRPr rpr = caption.addNewRPr(); // the font from Normal, a smaller size
        rpr.addNewI();
        rpr.addNewSz().setVal(BigInteger.valueOf(captionSize * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(captionSize * 2L));
        all.add(caption);
        CTStyle table = style(TABLE_TEXT, "Table Text", null); // written out in full: not based on Normal's body
        paragraph(table, STJc.LEFT, CELL_SPACING, CELL_SPACING, SINGLE);
        font(table, tableSize);
        all.add(table);
        all.add(alignedCell(CELL_CENTER, "Table Text Centered", STJc.CENTER));
        all.add(alignedCell(CELL_RIGHT, "Table Text Right", STJc.RIGHT));
        return all;
    }

    static String cell(ParagraphAlignment align) {
        return switch (align) {
            case CENTER -> CELL_CENTER;
            case RIGHT -> CELL_RIGHT;
            default -> CELL_LEFT;
        };
    }

    /** Table Text with another alignment and nothing else: a change to Table Text carries to every cell. */
    private static CTStyle alignedCell(String id, String name, STJc.Enum align) {
        CTStyle s = style(id, name, TABLE_TEXT);
        s.addNewPPr().addNewJc().setVal(align);
        return s;
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
