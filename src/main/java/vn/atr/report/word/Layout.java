package vn.atr.report.word;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.atr.report.ooxml.DocxBody;

/**
 * How the writers lay out the default report, shared by the three ways of writing it: {@link Mode#RENDER}
 * writes the report; {@link Mode#TEMPLATE} writes the same document with every block of generated content
 * replaced by a paragraph holding only its placeholder ({@code {{muc_truyen_thong}}}) and every field by its
 * placeholder ({@code {{trich_yeu}}}); {@link Mode#COLLECT} writes no fixed content and keeps the blocks by
 * name, for {@link WordTemplate} to render where a Department's template puts them. The fixed content
 * (headings, title) is therefore written by the same code in the report and in its template.
 */
final class Layout {
    enum Mode { RENDER, TEMPLATE, COLLECT }

    /** Content generated from the model, appended to the document when run. */
    @FunctionalInterface
    interface Block {
        void write() throws IOException;
    }

    private final Mode mode;
    private final DocxBody doc;
    private final Map<String, String> fields;
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private java.util.Set<String> used = java.util.Set.of();

    Layout(Mode mode, DocxBody doc, Map<String, String> fields) {
        this.mode = mode;
        this.doc = doc;
        this.fields = fields;
    }

    /** Whether fixed content (headings, the title) is written here: not when a template supplies it. */
    boolean fixed() {
        return mode != Mode.COLLECT;
    }

    /** A field's value, or its placeholder in the template. */
    String field(String name) {
        if (mode == Mode.TEMPLATE) {
            return WordTemplate.placeholder(name);
        }
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("no report field " + name);
        }
        return value;
    }

    void block(String name, Block content) throws IOException {
        switch (mode) {
            case RENDER -> content.write();
            case TEMPLATE -> Docx.text(doc.createParagraph(), WordTemplate.placeholder(name));
            case COLLECT -> {
                if (blocks.putIfAbsent(name, content) != null) {
                    throw new IllegalStateException("block " + name + " twice");
                }
            }
        }
    }

    /**
     * A block only a template may place: the default report and its template have its content inside another block
     * (an appendix table inside {@code {{phu_luc}}}).
     */
    void optional(String name, Block content) {
        if (mode == Mode.COLLECT && blocks.putIfAbsent(name, content) != null) {
            throw new IllegalStateException("block " + name + " twice");
        }
    }

    /** The blocks the template places, told by {@link WordTemplate} before it writes any. */
    void used(java.util.Set<String> names) {
        used = java.util.Set.copyOf(names);
    }

    /** Whether the template places block {@code name} (never in the default report or its template). */
    boolean placed(String name) {
        return used.contains(name);
    }

    Map<String, Block> blocks() {
        return Collections.unmodifiableMap(blocks);
    }
}
