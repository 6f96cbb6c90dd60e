package vn.atr.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * What Word shows for a paragraph or run of a written .docx: its own formatting, else its paragraph style's and
 * the styles that one is based on (the default paragraph style when it names none), else the document defaults.
 * The tests read the layout through this, since the generated text carries styles rather than formatting.
 */
final class Effective {
    private final XWPFDocument doc;

    Effective(XWPFDocument doc) {
        this.doc = doc;
    }

    List<CTStyle> styles(XWPFParagraph p) {
        String id = p.getStyle();
        if (id == null) {
            id = doc.getStyles().getStyles().stream().filter(s -> s.getCTStyle().isSetDefault()
                    && "paragraph".equals(s.getType().toString())).map(XWPFStyle::getStyleId).findFirst().orElse(null);
        }
        List<CTStyle> chain = new ArrayList<>();
        while (id != null && doc.getStyles().getStyle(id) != null) {
            XWPFStyle s = doc.getStyles().getStyle(id);
            chain.add(s.getCTStyle());
            id = s.getBasisStyleID();
        }
        return chain;
    }

    <T> Optional<T> paragraph(XWPFParagraph p, Function<CTPPrBase, T> get) {
        if (p.getCTP().isSetPPr() && get.apply(p.getCTP().getPPr()) != null) {
            return Optional.of(get.apply(p.getCTP().getPPr()));
        }
        return styles(p).stream().filter(CTStyle::isSetPPr).map(s -> get.apply(s.getPPr()))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    <T> Optional<T> run(XWPFParagraph p, XWPFRun r, Function<CTRPr, T> get) {
        if (r.getCTR().isSetRPr() && get.apply(r.getCTR().getRPr()) != null) {
            return Optional.of(get.apply(r.getCTR().getRPr()));
        }
        Optional<T> styled = styles(p).stream().filter(CTStyle::isSetRPr).map(s -> get.apply(s.getRPr()))
                .filter(java.util.Objects::nonNull).findFirst();
        if (styled.isPresent()) {
            return styled;
        }
        var defaults = doc.getStyles().getCtStyles().getDocDefaults();
        return defaults != null && defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()
                ? Optional.ofNullable(get.apply(defaults.getRPrDefault().getRPr())) : Optional.empty();
    }

    double size(XWPFParagraph p, XWPFRun r) {
        return run(p, r, pr -> pr.sizeOfSzArray() > 0 ? Double.parseDouble(pr.getSzArray(0).getVal().toString()) / 2
                : null).orElse(10.0);
    }

    boolean bold(XWPFParagraph p, XWPFRun r) {
        return run(p, r, pr -> pr.sizeOfBArray() > 0 ? on(pr.getBArray(0)) : null).orElse(false);
    }

    boolean italic(XWPFParagraph p, XWPFRun r) {
        return run(p, r, pr -> pr.sizeOfIArray() > 0 ? on(pr.getIArray(0)) : null).orElse(false);
    }

    String font(XWPFParagraph p, XWPFRun r) {
        return run(p, r, pr -> pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0).getAscii() : null).orElse(null);
    }

    String color(XWPFParagraph p, XWPFRun r) {
        return run(p, r, pr -> pr.sizeOfColorArray() > 0 ? pr.getColorArray(0).xgetVal().getStringValue() : null)
                .orElse("auto");
    }

    String alignment(XWPFParagraph p) {
        return paragraph(p, pr -> pr.isSetJc() ? pr.getJc().getVal().toString() : null).orElse("left");
    }

    int firstLine(XWPFParagraph p) {
        return paragraph(p, pr -> pr.isSetInd() && pr.getInd().isSetFirstLine()
                ? Integer.valueOf(pr.getInd().getFirstLine().toString()) : null).orElse(0);
    }

    int spacingBefore(XWPFParagraph p) {
        return paragraph(p, pr -> pr.isSetSpacing() && pr.getSpacing().isSetBefore()
                ? Integer.valueOf(pr.getSpacing().getBefore().toString()) : null).orElse(0);
    }

    boolean keepNext(XWPFParagraph p) {
        return paragraph(p, pr -> pr.isSetKeepNext() ? on(pr.getKeepNext()) : null).orElse(false);
    }

    private static Boolean on(CTOnOff o) {
        return !o.isSetVal() || List.of("1", "on", "true").contains(o.xgetVal().getStringValue());
    }
}
