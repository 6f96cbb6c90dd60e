package vn.atr.report.word;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A paragraph's and a run's formatting as a word processor resolves it: set on the run or paragraph itself,
 * else in the paragraph's style and the styles it is based on (the default paragraph style where none is
 * named), else the document's defaults. The generated text carries styles rather than formatting of its own,
 * so the page estimate ({@link PageFit}) reads the formatting here, from the template's styles when there is one.
 */
final class Formatting {
    private final XWPFStyles styles;
    private final String defaultStyle;

    Formatting(XWPFDocument doc) {
        this.styles = doc.getStyles();
        this.defaultStyle = styles == null ? null : DocxStyles.defaultParagraph(styles);
    }

    /** The paragraph's style and the styles it is based on, nearest first. */
    private List<CTStyle> chain(XWPFParagraph p) {
        List<CTStyle> chain = new ArrayList<>();
        String id = p.getStyle() != null ? p.getStyle() : defaultStyle;
        while (id != null && styles != null && chain.size() < 16) { // a loop of basedOn ends here
            XWPFStyle s = styles.getStyle(id);
            if (s == null) {
                break;
            }
            chain.add(s.getCTStyle());
            id = s.getBasisStyleID();
        }
        return chain;
    }

    private <T> T paragraph(XWPFParagraph p, Function<CTPPrBase, T> get) {
        return first(p.getCTP().isSetPPr() ? p.getCTP().getPPr() : null, p, s -> s.isSetPPr() ? s.getPPr() : null,
                get);
    }

    private <T> T run(XWPFParagraph p, XWPFRun r, Function<CTRPr, T> get) {
        return first(r != null && r.getCTR().isSetRPr() ? r.getCTR().getRPr() : null, p,
                s -> s.isSetRPr() ? s.getRPr() : null, get);
    }

    /** What {@code get} reads in {@code own} properties, else in the first style of the chain that says it. */
    private <X, T> T first(X own, XWPFParagraph p, Function<CTStyle, ? extends X> ofStyle, Function<X, T> get) {
        T v = own == null ? null : get.apply(own);
        if (v != null) {
            return v;
        }
        for (CTStyle s : chain(p)) {
            X x = ofStyle.apply(s);
            v = x == null ? null : get.apply(x);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Font size in points of run {@code r} (null: of the paragraph mark); Word's 10 pt when nothing says. */
    double size(XWPFParagraph p, XWPFRun r) {
        Long half = run(p, r, pr -> pr.sizeOfSzArray() > 0 ? number(pr.getSzArray(0).getVal()) : null);
        if (half == null && styles != null && styles.getDefaultRunStyle() != null) {
            Double d = styles.getDefaultRunStyle().getFontSizeAsDouble();
            return d != null ? d : 10;
        }
        return half == null ? 10 : half / 2.0;
    }

    boolean bold(XWPFParagraph p, XWPFRun r) {
        Boolean b = run(p, r, pr -> pr.sizeOfBArray() > 0 ? on(pr.getBArray(0)) : null);
        return b != null && b;
    }

    /** Twentieths of a point above the paragraph. */
    int before(XWPFParagraph p) {
        return twips(spacing(p, CTSpacing::isSetBefore, CTSpacing::getBefore));
    }

    int after(XWPFParagraph p) {
        return twips(spacing(p, CTSpacing::isSetAfter, CTSpacing::getAfter));
    }

    /** Line spacing as a multiple of single (auto rule), 1 when unset. */
    double lineSpacing(XWPFParagraph p) {
        Long line = spacing(p, CTSpacing::isSetLine, CTSpacing::getLine);
        return line == null ? 1 : line / 240.0;
    }

    int firstLine(XWPFParagraph p) {
        return twips(indent(p, CTInd::isSetFirstLine, CTInd::getFirstLine));
    }

    int left(XWPFParagraph p) {
        return twips(indent(p, CTInd::isSetLeft, CTInd::getLeft));
    }

    int right(XWPFParagraph p) {
        return twips(indent(p, CTInd::isSetRight, CTInd::getRight));
    }

    private Long spacing(XWPFParagraph p, Predicate<CTSpacing> set, Function<CTSpacing, Object> get) {
        return paragraph(p, pr -> pr.isSetSpacing() && set.test(pr.getSpacing()) ? number(get.apply(pr.getSpacing()))
                : null);
    }

    private Long indent(XWPFParagraph p, Predicate<CTInd> set, Function<CTInd, Object> get) {
        return paragraph(p, pr -> pr.isSetInd() && set.test(pr.getInd()) ? number(get.apply(pr.getInd())) : null);
    }

    boolean keepNext(XWPFParagraph p) {
        Boolean k = paragraph(p, pr -> pr.isSetKeepNext() ? on(pr.getKeepNext()) : null);
        return k != null && k;
    }

    private static Boolean on(CTOnOff o) {
        return !o.isSetVal() || POIXMLUnits.parseOnOff(o.xgetVal());
    }

    /** A measure as Word writes it, a whole number; units other programs may write ("12pt") are not read. */
    private static Long number(Object measure) {
        try {
            return measure == null ? null : Long.valueOf(measure.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int twips(Long measure) {
        return measure == null ? 0 : measure.intValue();
    }
}
