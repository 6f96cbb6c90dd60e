package vn.atr.report.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.atr.report.ooxml.Paragraph;
import vn.atr.report.ooxml.ParagraphStyle;
import vn.atr.report.ooxml.Run;

/**
 * A paragraph's and a run's formatting as a word processor resolves it: set on the run or paragraph itself,
 * else in the paragraph's style and the styles it is based on (the default paragraph style where none is
 * named), else Word's defaults. The generated text carries styles rather than formatting of its own, so the page
 * estimate ({@link PageFit}) reads the formatting here, from the report's styles ({@link DocxStyles}).
 */
final class Formatting {
    private final Map<String, ParagraphStyle> styles = new HashMap<>();
    private final String defaultStyle;

    Formatting(List<ParagraphStyle> all) {
        String d = null;
        for (ParagraphStyle s : all) {
            styles.put(s.id(), s);
            if (s.isDefault() && d == null) {
                d = s.id();
            }
        }
        defaultStyle = d;
    }

    /** The paragraph's style and the styles it is based on, nearest first. */
    private List<ParagraphStyle> chain(Paragraph p) {
        List<ParagraphStyle> chain = new ArrayList<>();
        String id = p.style() != null ? p.style() : defaultStyle;
        while (id != null && chain.size() < 16) { // a loop of basedOn ends here
            ParagraphStyle s = styles.get(id);
            if (s == null) {
                break;
            }
            chain.add(s);
            id = s.basedOn();
        }
        return chain;
    }

    /** {@code own}, else what the first style of the chain that says it says. */
    private <T> T first(T own, Paragraph p, Function<ParagraphStyle, T> get) {
        if (own != null) {
            return own;
        }
        for (ParagraphStyle s : chain(p)) {
            T v = get.apply(s);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Font size in points of run {@code r} (null: of the paragraph mark); Word's 10 pt when nothing says. */
    double size(Paragraph p, Run r) {
        Integer size = first(r == null ? null : r.size(), p, ParagraphStyle::size);
        return size == null ? 10 : size;
    }

    boolean bold(Paragraph p, Run r) {
        Boolean b = first(r != null && r.isBold() ? Boolean.TRUE : null, p, ParagraphStyle::bold);
        return b != null && b;
    }

    /** Twentieths of a point above the paragraph. */
    int before(Paragraph p) {
        return twips(first(p.before(), p, ParagraphStyle::before));
    }

    int after(Paragraph p) {
        return twips(first(p.after(), p, ParagraphStyle::after));
    }

    /** Line spacing as a multiple of single (auto rule), 1 when unset. */
    double lineSpacing(Paragraph p) {
        Integer line = first(p.line(), p, ParagraphStyle::line);
        return line == null ? 1 : line / 240.0;
    }

    int firstLine(Paragraph p) {
        return twips(first(p.firstLine(), p, ParagraphStyle::firstLine));
    }

    int left(Paragraph p) {
        return twips(p.left());
    }

    int right(Paragraph p) {
        return twips(p.right());
    }

    boolean keepNext(Paragraph p) {
        return p.keepNext() || chain(p).stream().anyMatch(ParagraphStyle::keepNext);
    }

    private static int twips(Integer measure) {
        return measure == null ? 0 : measure;
    }
}
