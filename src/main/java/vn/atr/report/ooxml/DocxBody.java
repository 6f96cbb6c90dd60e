package vn.atr.report.ooxml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A document's body as it is written: paragraphs and tables in order. */
public final class DocxBody {
    private final List<Object> elements = new ArrayList<>();

    public Paragraph createParagraph() {
        Paragraph p = new Paragraph();
        elements.add(p);
        return p;
    }

    public Table createTable(int rows, int columns) {
        Table t = new Table(rows, columns);
        elements.add(t);
        return t;
    }

    /** {@link Paragraph} and {@link Table} objects, in order. */
    public List<Object> elements() {
        return Collections.unmodifiableList(elements);
    }

    public int size() {
        return elements.size();
    }
}
