package vn.atr.report.ooxml;

/**
 * A paragraph style as Word's styles part holds it: its identifier and name, the style it is based on (its
 * unset properties come from there), and the paragraph and run properties it sets ({@code null}: not set here).
 * Sizes in points, spacing and indents in twentieths of a point, line spacing in 240ths of a line.
 */
public record ParagraphStyle(String id, String name, String basedOn, boolean isDefault, Align align, Integer before,
                             Integer after, Integer line, Integer firstLine, boolean keepNext, Integer outlineLevel,
                             Boolean bold, Boolean italic, Integer size, String font) {

    /** The {@code <w:style>} element, with the namespace declared when {@code standalone}. */
    public String xml(boolean standalone) {
        StringBuilder x = new StringBuilder("<w:style");
        if (standalone) {
            x.append(" xmlns:w=\"").append(DocxWriter.W).append('"');
        }
        x.append(" w:type=\"paragraph\"").append(isDefault ? " w:default=\"1\"" : "").append(" w:styleId=\"")
                .append(Xml.escape(id)).append("\"><w:name w:val=\"").append(Xml.escape(name)).append("\"/>");
        if (basedOn != null) {
            x.append("<w:basedOn w:val=\"").append(Xml.escape(basedOn)).append("\"/><w:next w:val=\"Normal\"/>");
        }
        x.append("<w:qFormat/>");
        StringBuilder p = new StringBuilder();
        if (keepNext) {
            p.append("<w:keepNext/>");
        }
        BodyXml.spacing(p, before, after, line);
        if (firstLine != null) {
            p.append("<w:ind w:firstLine=\"").append(firstLine).append("\"/>");
        }
        if (align != null) {
            p.append("<w:jc w:val=\"").append(align.xml).append("\"/>");
        }
        if (outlineLevel != null) {
            p.append("<w:outlineLvl w:val=\"").append(outlineLevel).append("\"/>");
        }
        if (!p.isEmpty()) {
            x.append("<w:pPr>").append(p).append("</w:pPr>");
        }
        StringBuilder r = new StringBuilder();
        if (font != null) {
            BodyXml.fonts(r, font);
        }
        if (Boolean.TRUE.equals(bold)) {
            r.append("<w:b/><w:bCs/>");
        }
        if (Boolean.TRUE.equals(italic)) {
            r.append("<w:i/><w:iCs/>");
        }
        if (size != null) {
            r.append("<w:sz w:val=\"").append(size * 2).append("\"/><w:szCs w:val=\"").append(size * 2).append("\"/>");
        }
        if (!r.isEmpty()) {
            x.append("<w:rPr>").append(r).append("</w:rPr>");
        }
        return x.append("</w:style>").toString();
    }
}
