package vn.atr.report.word;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.atr.report.ooxml.Align;
import vn.atr.report.ooxml.ParagraphStyle;

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
    private static final int BODY_LINE = 276;

    private DocxStyles() {
    }

    /** Heading {@code level} (1 to 3): "I. ...", "1. ...", "a) ...". */
    static String heading(int level) {
        return "Heading" + level;
    }

    /** The report's styles, the body's ones based on {@code normalId} (a template's own default style, or Normal). */
    static List<ParagraphStyle> all(String normalId, int bodySize, int captionSize, int tableSize) {
        List<ParagraphStyle> all = new ArrayList<>();
        all.add(new ParagraphStyle(NORMAL, "Normal", null, true, Align.BOTH, Docx.PARAGRAPH_SPACING, 0, BODY_LINE,
                Docx.FIRST_LINE, false, null, null, null, bodySize, Docx.FONT));
        for (int level = 1; level <= 3; level++) {
            // font and size from Normal: a Department that changes Normal's changes theirs
            all.add(new ParagraphStyle(heading(level), "heading " + level, normalId, false, null, null, null, null,
                    null, true, level - 1, level < 3 ? Boolean.TRUE : null, null, null, null));
        }
        all.add(new ParagraphStyle(CAPTION, "caption", normalId, false, Align.CENTER, 0, Docx.PARAGRAPH_SPACING,
                Docx.SINGLE, 0, false, null, null, true, captionSize, null)); // the font from Normal, a smaller size
        // written out in full: not based on Normal's body
        all.add(new ParagraphStyle(TABLE_TEXT, "Table Text", null, false, Align.LEFT, CELL_SPACING, CELL_SPACING,
                Docx.SINGLE, null, false, null, null, null, tableSize, Docx.FONT));
        all.add(alignedCell(CELL_CENTER, "Table Text Centered", Align.CENTER));
        all.add(alignedCell(CELL_RIGHT, "Table Text Right", Align.RIGHT));
        return all;
    }

    static String cell(Align align) {
        return switch (align) {
            case CENTER -> CELL_CENTER;
            case RIGHT -> CELL_RIGHT;
            default -> CELL_LEFT;
        };
    }

    /** Table Text with another alignment and nothing else: a change to Table Text carries to every cell. */
    private static ParagraphStyle alignedCell(String id, String name, Align align) {
        return new ParagraphStyle(id, name, TABLE_TEXT, false, align, null, null, null, null, false, null, null, null,
                null, null);
    }

    /**
     * Adds to a Department's template the styles the generated text uses and the template lacks, leaving its own
     * as they are. A template made in Word from scratch has its own default paragraph style (not always named
     * "Normal") and may hold "heading 1" under another identifier (Word writes localised ones): the styles added
     * are based on those, so the generated text still follows the template's look.
     */
    static void complete(XWPFStyles styles, int bodySize, int captionSize, int tableSize) {
        String normal = defaultParagraph(styles);
        for (ParagraphStyle s : all(normal == null ? NORMAL : normal, bodySize, captionSize, tableSize)) {
            String id = s.id();
            if (styles.styleExist(id) || id.equals(NORMAL) && normal != null) {
                continue;
            }
            XWPFStyle same = styles.getStyleWithName(s.name());
            if (same != null) { // the template's own, under another identifier: ours takes everything from it
                add(styles, new ParagraphStyle(id, s.name() + " (ATR)", same.getStyleId(), false, null, null, null,
                        null, null, false, s.outlineLevel(), null, null, null, null));
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

    private static void add(XWPFStyles styles, ParagraphStyle s) {
        try {
            styles.addStyle(new XWPFStyle(CTStyle.Factory.parse(s.xml(true), TemplateSplice.CONTENT), styles));
        } catch (XmlException e) {
            throw new IllegalStateException("style " + s.id(), e);
        }
    }
}
