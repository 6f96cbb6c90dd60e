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
 * Named paragraph styles for the appendix tables' cells (Times New Roman 12, 2 pt above and below, one per
 * alignment). A thousand cells then carry only a style reference and their text instead of the same
 * alignment, spacing, font and size written into every one of them: a smaller document.xml, written faster,
 * and one place to change the tables' typography in Word.
 */
final class DocxStyles {
    static final String CELL_LEFT = "AtrCellLeft";
    static final String CELL_CENTER = "AtrCellCenter";
    static final String CELL_RIGHT = "AtrCellRight";
    /** 2 pt above and below a cell's text. */
    static final int CELL_SPACING = 40;

    private DocxStyles() {
    }

    static void addCellStyles(XWPFStyles styles, int sizePt) {
        add(styles, CELL_LEFT, STJc.LEFT, sizePt);
        add(styles, CELL_CENTER, STJc.CENTER, sizePt);
        add(styles, CELL_RIGHT, STJc.RIGHT, sizePt);
    }

    static String cell(ParagraphAlignment align) {
        return switch (align) {
            case CENTER -> CELL_CENTER;
            case RIGHT -> CELL_RIGHT;
            default -> CELL_LEFT;
        };
    }

    private static void add(XWPFStyles styles, String id, STJc.Enum align, int sizePt) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(id);
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewJc().setVal(align);
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(CELL_SPACING));
        spacing.setAfter(BigInteger.valueOf(CELL_SPACING));
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        CTRPr rpr = s.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(Docx.FONT);
        fonts.setHAnsi(Docx.FONT);
        fonts.setCs(Docx.FONT);
        fonts.setEastAsia(Docx.FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(sizePt * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(sizePt * 2L));
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
