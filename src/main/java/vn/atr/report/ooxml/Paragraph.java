package vn.atr.report.ooxml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A paragraph: its style and what it sets beyond the style (alignment, spacing and indents in twentieths of a
 * point, line spacing in 240ths of a line, keep with next, a bottom border), its runs, and whether it ends a section
 * (the document's page set-up repeated, so that what follows starts a section of its own on a new page).
 */
public final class Paragraph {
    private final List<Run> runs = new ArrayList<>();
    private String style;
    private Align align;
    private Integer before;
    private Integer after;
    private Integer line;
    private Integer firstLine;
    private Integer left;
    private Integer right;
    private boolean keepNext;
    private boolean borderBottom;
    private boolean sectionEnd;

    public Run createRun() {
        Run r = new Run();
        runs.add(r);
        return r;
    }

    public List<Run> runs() {
        return Collections.unmodifiableList(runs);
    }

    /** The text of its runs. */
    public String text() {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }

    public Paragraph style(String id) {
        style = id;
        return this;
    }

    public String style() {
        return style;
    }

    public Paragraph align(Align a) {
        align = a;
        return this;
    }

    public Align align() {
        return align;
    }

    public Paragraph before(int twips) {
        before = twips;
        return this;
    }

    public Integer before() {
        return before;
    }

    public Paragraph after(int twips) {
        after = twips;
        return this;
    }

    public Integer after() {
        return after;
    }

    /** Line spacing in 240ths of a single line (240: single), the "auto" rule. */
    public Paragraph line(int lines240) {
        line = lines240;
        return this;
    }

    public Integer line() {
        return line;
    }

    public Paragraph firstLine(int twips) {
        firstLine = twips;
        return this;
    }

    public Integer firstLine() {
        return firstLine;
    }

    public Paragraph left(int twips) {
        left = twips;
        return this;
    }

    public Integer left() {
        return left;
    }

    public Paragraph right(int twips) {
        right = twips;
        return this;
    }

    public Integer right() {
        return right;
    }

    public Paragraph keepNext(boolean keep) {
        keepNext = keep;
        return this;
    }

    public boolean keepNext() {
        return keepNext;
    }

    public Paragraph borderBottom() {
        borderBottom = true;
        return this;
    }

    public boolean hasBorderBottom() {
        return borderBottom;
    }

    /** This paragraph ends the document's first section; the next section's page numbers restart at 1. */
    public Paragraph endSection() {
        sectionEnd = true;
        return this;
    }

    public boolean endsSection() {
        return sectionEnd;
    }
}
