package vn.atr.report.ooxml;

import java.util.function.Function;

/**
 * Paragraphs and tables as WordprocessingML, each element in the order the schema sets. Pictures are related
 * to the part that holds them by {@code relate}, which stores the image and returns its relationship's id.
 */
public final class BodyXml {
    private final StringBuilder x;
    private final Function<Run.Picture, String> relate;
    private final String sectionProperties;
    private int drawings;

    /**
     * {@code sectionProperties}: the {@code <w:sectPr>} a paragraph that ends a section carries (the document's
     * page set-up without the restart of its numbering).
     */
    public BodyXml(StringBuilder out, Function<Run.Picture, String> relate, String sectionProperties) {
        this(out, relate, sectionProperties, 0);
    }

    /** {@code drawingsBefore}: the drawing identifiers the document already uses are below it (unique ones follow). */
    public BodyXml(StringBuilder out, Function<Run.Picture, String> relate, String sectionProperties,
                   int drawingsBefore) {
        this.x = out;
        this.relate = relate;
        this.sectionProperties = sectionProperties;
        this.drawings = drawingsBefore;
    }

    public void element(Object e) {
        if (e instanceof Paragraph p) {
            paragraph(p);
        } else {
            table((Table) e);
        }
    }

    public void paragraph(Paragraph p) {
        x.append("<w:p>");
        StringBuilder pr = new StringBuilder();
        if (p.style() != null) {
            pr.append("<w:pStyle w:val=\"").append(Xml.escape(p.style())).append("\"/>");
        }
        if (p.keepNext()) {
            pr.append("<w:keepNext w:val=\"1\"/>"); // the value written out: some readers take a bare element as off
        }
        if (p.hasBorderBottom()) {
            pr.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:pBdr>");
        }
        spacing(pr, p.before(), p.after(), p.line());
        if (p.firstLine() != null || p.left() != null || p.right() != null) {
            pr.append("<w:ind");
            if (p.left() != null) {
                pr.append(" w:left=\"").append(p.left()).append('"');
            }
            if (p.right() != null) {
                pr.append(" w:right=\"").append(p.right()).append('"');
            }
            if (p.firstLine() != null) {
                pr.append(" w:firstLine=\"").append(p.firstLine()).append('"');
            }
            pr.append("/>");
        }
        if (p.align() != null) {
            pr.append("<w:jc w:val=\"").append(p.align().xml).append("\"/>");
        }
        if (p.endsSection()) {
            pr.append(sectionProperties);
        }
        if (!pr.isEmpty()) {
            x.append("<w:pPr>").append(pr).append("</w:pPr>");
        }
        for (Run r : p.runs()) {
            run(r);
        }
        x.append("</w:p>");
    }

    private void run(Run r) {
        x.append("<w:r>");
        StringBuilder pr = new StringBuilder();
        if (r.isBold()) {
            pr.append("<w:b/><w:bCs/>");
        }
        if (r.isItalic()) {
            pr.append("<w:i/><w:iCs/>");
        }
        if (r.size() != null) {
            pr.append("<w:sz w:val=\"").append(r.size() * 2).append("\"/><w:szCs w:val=\"").append(r.size() * 2)
                    .append("\"/>");
        }
        if (r.highlight() != null) {
            pr.append("<w:highlight w:val=\"").append(r.highlight()).append("\"/>");
        }
        if (!pr.isEmpty()) {
            x.append("<w:rPr>").append(pr).append("</w:rPr>");
        }
        String[] lines = r.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                x.append("<w:br/>");
            }
            if (!lines[i].isEmpty() || lines.length == 1 && r.picture() == null) {
                x.append("<w:t xml:space=\"preserve\">");
                Xml.append(x, lines[i]).append("</w:t>");
            }
        }
        if (r.picture() != null) {
            picture(r.picture());
        }
        x.append("</w:r>");
    }

    private void picture(Run.Picture p) {
        String id = relate.apply(p);
        int n = ++drawings;
        String name = Xml.escape(p.name());
        x.append("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
                .append(p.widthEmu()).append("\" cy=\"").append(p.heightEmu()).append("\"/><wp:docPr id=\"").append(n)
                .append("\" name=\"Picture ").append(n).append("\" descr=\"").append(name).append("\"/>")
                .append("<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .append("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
                .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .append("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .append("<pic:nvPicPr><pic:cNvPr id=\"").append(n).append("\" name=\"").append(name)
                .append("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"").append(id)
                .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>")
                .append("<a:ext cx=\"").append(p.widthEmu()).append("\" cy=\"").append(p.heightEmu())
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
                .append("</a:graphicData></a:graphic></wp:inline></w:drawing>");
    }

    public void table(Table t) {
        x.append("<w:tbl><w:tblPr>");
        if (t.width() != null) {
            x.append("<w:tblW w:w=\"").append(t.width()).append("\" w:type=\"dxa\"/>");
        } else {
            x.append("<w:tblW w:w=\"0\" w:type=\"auto\"/>");
        }
        if (t.hasBorders()) {
            x.append("<w:tblBorders>");
            for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
                x.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
            }
            x.append("</w:tblBorders>");
        }
        if (t.isFixed()) {
            x.append("<w:tblLayout w:type=\"fixed\"/>");
        }
        if (t.cellMargin() != null) {
            x.append("<w:tblCellMar><w:left w:w=\"").append(t.cellMargin()).append("\" w:type=\"dxa\"/><w:right w:w=\"")
                    .append(t.cellMargin()).append("\" w:type=\"dxa\"/></w:tblCellMar>");
        }
        x.append("</w:tblPr><w:tblGrid>");
        int[] grid = t.grid();
        if (grid == null) { // the first row's widths
            grid = t.row(0).cells().stream().mapToInt(c -> c.width() == null ? 0 : c.width()).toArray();
        }
        for (int w : grid) {
            x.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        x.append("</w:tblGrid>");
        for (Table.Row row : t.rows()) {
            x.append("<w:tr>");
            if (row.isCantSplit() || row.isHeader()) {
                x.append("<w:trPr>").append(row.isCantSplit() ? "<w:cantSplit/>" : "")
                        .append(row.isHeader() ? "<w:tblHeader/>" : "").append("</w:trPr>");
            }
            for (Table.Cell c : row.cells()) {
                x.append("<w:tc>");
                if (c.width() != null || c.shading() != null) {
                    x.append("<w:tcPr>");
                    if (c.width() != null) {
                        x.append("<w:tcW w:w=\"").append(c.width()).append("\" w:type=\"dxa\"/>");
                    }
                    if (c.shading() != null) {
                        x.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(c.shading()).append("\"/>");
                    }
                    x.append("</w:tcPr>");
                }
                c.paragraphs().forEach(this::paragraph);
                x.append("</w:tc>");
            }
            x.append("</w:tr>");
        }
        x.append("</w:tbl>");
    }

    static void spacing(StringBuilder x, Integer before, Integer after, Integer line) {
        if (before == null && after == null && line == null) {
            return;
        }
        x.append("<w:spacing");
        if (before != null) {
            x.append(" w:before=\"").append(before).append('"');
        }
        if (after != null) {
            x.append(" w:after=\"").append(after).append('"');
        }
        if (line != null) {
            x.append(" w:line=\"").append(line).append("\" w:lineRule=\"auto\"");
        }
        x.append("/>");
    }

    static void fonts(StringBuilder x, String font) {
        String f = Xml.escape(font);
        x.append("<w:rFonts w:ascii=\"").append(f).append("\" w:hAnsi=\"").append(f).append("\" w:eastAsia=\"")
                .append(f).append("\" w:cs=\"").append(f).append("\"/>");
    }
}
