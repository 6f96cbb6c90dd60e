package vn.atr.report.word;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.atr.domain.Messages;
import vn.atr.report.ooxml.DocxBody;

/**
 * Our own merge of a Department's report template (ADR 0115): a .docx whose placeholders are either
 * fields ({@code {{so_vu}}}, replaced inside the text that holds them, keeping the run's formatting) or
 * blocks ({@code {{muc_truyen_thong}}}, alone in a paragraph of the body, replaced by the paragraphs, charts
 * or tables generated for them). Everything else in the template (text, order, styles, headers, page setup) is
 * kept as the Department left it. A placeholder the report does not know, or a block not alone in a body
 * paragraph, refuses the whole template with its name and place.
 */
final class WordTemplate {
    /** {@code {{name}}}, spaces inside the braces tolerated as Word users type them. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*\\}\\}");

    private WordTemplate() {
    }

    static String placeholder(String name) {
        return "{{" + name + "}}";
    }

    /**
     * Checks, fills the fields and puts each block's content in place of its paragraph: the blocks write into
     * {@code generated}, from where their paragraphs and tables are added to the template ({@link TemplateSplice}).
     */
    static void fill(XWPFDocument doc, Map<String, String> fields, Layout layout, DocxBody generated)
            throws IOException {
        Map<String, Layout.Block> blocks = layout.blocks();
        check(doc, fields.keySet(), blocks.keySet());
        forEachParagraph(doc, p -> replaceFields(p, fields));
        CTBody body = doc.getDocument().getBody();
        List<XmlObject> children = new ArrayList<>();
        try (XmlCursor c = body.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                if (!(c.getObject() instanceof CTSectPr)) {
                    children.add(c.getObject());
                }
            }
        }
        TemplateSplice splice = new TemplateSplice(doc);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (XmlObject child : children) {
            if (child instanceof CTP p && blockName(text(p), blocks.keySet()) != null) {
                used.add(blockName(text(p), blocks.keySet()));
            }
        }
        layout.used(used);
        // Each element in turn goes to the end of the body, or is replaced there by its block's content: the
        // writers append (createParagraph), so the template's order is the document's.
        for (XmlObject child : children) {
            String block = child instanceof CTP p ? blockName(text(p), blocks.keySet()) : null;
            try (XmlCursor src = child.newCursor()) {
                if (block != null) {
                    src.removeXml();
                    int from = generated.size();
                    blocks.get(block).write();
                    splice.append(generated.elements().subList(from, generated.size()));
                } else if (body.isSetSectPr()) {
                    try (XmlCursor end = body.getSectPr().newCursor()) {
                        src.moveXml(end);
                    }
                } else {
                    try (XmlCursor end = body.newCursor()) {
                        end.toEndToken();
                        src.moveXml(end);
                    }
                }
            }
        }
    }

    /** The block a body paragraph stands for: its whole text is one block's placeholder. */
    private static String blockName(String text, Set<String> blocks) {
        Matcher m = PLACEHOLDER.matcher(text.strip());
        return m.matches() && blocks.contains(m.group(1)) ? m.group(1) : null;
    }

    private static String text(CTP p) {
        StringBuilder s = new StringBuilder();
        try (XmlCursor c = p.newCursor()) {
            s.append(c.getTextValue());
        }
        return s.toString();
    }

    /** Every placeholder of the document, with its place; all problems are reported at once. */
    static void check(XWPFDocument doc, Set<String> fields, Set<String> blocks) {
        List<String> problems = new ArrayList<>();
        int paragraph = 0;
        int table = 0;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                paragraph++;
                String where = Messages.get("report.template.place.paragraph", paragraph);
                String whole = p.getText();
                boolean alone = blockName(whole, blocks) != null;
                check(whole, where, fields, blocks, alone, problems);
            } else if (e instanceof XWPFTable t) {
                table++;
                checkTable(t, String.valueOf(table), fields, blocks, problems);
            }
        }
        for (XWPFHeaderFooter hf : headersAndFooters(doc)) {
            String where = Messages.get(hf instanceof org.apache.poi.xwpf.usermodel.XWPFHeader
                    ? "report.template.place.header" : "report.template.place.footer");
            for (XWPFParagraph p : hf.getParagraphs()) {
                check(p.getText(), where, fields, blocks, false, problems);
            }
            for (XWPFTable t : hf.getTables()) {
                checkTable(t, where, fields, blocks, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportTemplateException(Messages.get("report.template.refused", String.join("; ", problems)));
        }
    }

    private static void checkTable(XWPFTable t, String name, Set<String> fields, Set<String> blocks,
                                   List<String> problems) {
        List<XWPFTableRow> rows = t.getRows();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                String where = Messages.get("report.template.place.cell", name, r + 1, c + 1);
                for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                    check(p.getText(), where, fields, blocks, false, problems);
                }
                for (XWPFTable inner : cells.get(c).getTables()) {
                    checkTable(inner, name, fields, blocks, problems);
                }
            }
        }
    }

    private static void check(String text, String where, Set<String> fields, Set<String> blocks, boolean alone,
                              List<String> problems) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (blocks.contains(name)) {
                if (!alone) {
                    problems.add(Messages.get("report.template.blockAlone", placeholder(name), where));
                }
            } else if (!fields.contains(name)) {
                problems.add(Messages.get("report.template.unknown", placeholder(name), where));
            }
        }
    }

    private static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument doc) {
        List<XWPFHeaderFooter> all = new ArrayList<>(doc.getHeaderList());
        all.addAll(doc.getFooterList());
        return all;
    }

    private static void forEachParagraph(XWPFDocument doc, java.util.function.Consumer<XWPFParagraph> action) {
        doc.getParagraphs().forEach(action);
        doc.getTables().forEach(t -> forEachParagraph(t, action));
        for (XWPFHeaderFooter hf : headersAndFooters(doc)) {
            hf.getParagraphs().forEach(action);
            hf.getTables().forEach(t -> forEachParagraph(t, action));
        }
    }

    private static void forEachParagraph(XWPFTable t, java.util.function.Consumer<XWPFParagraph> action) {
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                cell.getParagraphs().forEach(action);
                cell.getTables().forEach(inner -> forEachParagraph(inner, action));
            }
        }
    }

    /**
     * Replaces each field's placeholder by its value. Word often splits a typed placeholder over several runs
     * ("{{", "so_vu", "}}"): the value goes into the run where the placeholder starts, with that run's
     * formatting, and the rest of the placeholder is removed from the runs after it.
     */
    static void replaceFields(XWPFParagraph p, Map<String, String> fields) {
        List<XWPFRun> runs = p.getRuns();
        int from = 0;
        while (true) {
            StringBuilder all = new StringBuilder();
            int[] starts = new int[runs.size() + 1];
            for (int i = 0; i < runs.size(); i++) {
                starts[i] = all.length();
                all.append(runs.get(i).text());
            }
            starts[runs.size()] = all.length();
            Matcher m = PLACEHOLDER.matcher(all);
            if (from > all.length() || !m.find(from)) {
                return;
            }
            String value = fields.get(m.group(1));
            if (value == null) { // a block: replaced whole, not here
                from = m.end();
                continue;
            }
            int first = runAt(starts, m.start());
            int last = runAt(starts, m.end() - 1);
            String head = runs.get(first).text().substring(0, m.start() - starts[first]);
            String tail = runs.get(last).text().substring(m.end() - starts[last]);
            if (first == last) {
                setText(runs.get(first), head + value + tail);
            } else {
                setText(runs.get(first), head + value);
                for (int i = first + 1; i < last; i++) {
                    setText(runs.get(i), "");
                }
                setText(runs.get(last), tail);
            }
            from = m.start() + value.length();
        }
    }

    private static int runAt(int[] starts, int index) {
        int i = 0;
        while (i + 1 < starts.length - 1 && starts[i + 1] <= index) {
            i++;
        }
        return i;
    }

    /** The run's text replaced, line breaks written as breaks. */
    private static void setText(XWPFRun run, String s) {
        CTR r = run.getCTR();
        for (int i = r.sizeOfTArray() - 1; i >= 0; i--) {
            r.removeT(i);
        }
        for (int i = r.sizeOfBrArray() - 1; i >= 0; i--) {
            r.removeBr(i);
        }
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
