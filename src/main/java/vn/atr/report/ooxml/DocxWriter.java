package vn.atr.report.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A .docx written as its parts (ECMA-376 Part 1, WordprocessingML), without POI (docs/decisions/0202): the body,
 * the styles, one page set-up with a first-page header of its own (empty or one paragraph) and a centred page
 * number on the other pages, the pictures and the document properties. A paragraph that ends a section
 * ({@link Paragraph#endSection()}) repeats the page set-up; the last section's numbers then restart at 1.
 */
public final class DocxWriter {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /** Page size, margins and the header's and footer's distance from the edge, in twips. */
    public record Page(int width, int height, int top, int bottom, int left, int right, int header, int footer) {
    }

    private final Page page;
    private final String font;
    private final int pageNumberSize;
    private final List<ParagraphStyle> styles;

    /** {@code font}: the document's default font; {@code pageNumberSize}: the page numbers' size in points. */
    public DocxWriter(Page page, String font, int pageNumberSize, List<ParagraphStyle> styles) {
        this.page = page;
        this.font = font;
        this.pageNumberSize = pageNumberSize;
        this.styles = List.copyOf(styles);
    }

    /** {@code firstPageHeader}: the first page's header paragraph, or null for an empty one. */
    public void write(DocxBody body, Paragraph firstPageHeader, DocumentProperties properties, OutputStream out)
            throws IOException {
        OpcPackage pkg = new OpcPackage();
        String doc = "word/document.xml";
        pkg.relate("", doc, "officeDocument");
        properties.addTo(pkg);
        pkg.relate(doc, "styles.xml", "styles");
        pkg.add("word/styles.xml", MAIN + "styles+xml", styles());
        pkg.relate(doc, "settings.xml", "settings");
        pkg.add("word/settings.xml", MAIN + "settings+xml", Xml.DECLARATION + "<w:settings xmlns:w=\"" + W + "\">"
                + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                // Word 2013 and later's layout, not "Compatibility Mode"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/></w:compat></w:settings>");
        String first = pkg.relate(doc, "header1.xml", "header");
        pkg.add("word/header1.xml", MAIN + "header+xml", header(firstPageHeader == null ? "<w:p/>" : xml(firstPageHeader)));
        String other = pkg.relate(doc, "header2.xml", "header");
        pkg.add("word/header2.xml", MAIN + "header+xml", header(pageNumber()));

        int[] images = {0};
        StringBuilder x = new StringBuilder(Xml.DECLARATION).append("<w:document xmlns:w=\"").append(W)
                .append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
                .append(" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>");
        BodyXml writer = new BodyXml(x, picture -> {
            String name = "media/image" + ++images[0] + ".png";
            pkg.add("word/" + name, "image/png", picture.png());
            return pkg.relate(doc, name, "image");
        }, section(first, other, false));
        boolean sections = false;
        for (Object e : body.elements()) {
            writer.element(e);
            sections |= e instanceof Paragraph p && p.endsSection();
        }
        x.append(section(first, other, sections)).append("</w:body></w:document>");
        pkg.add(doc, MAIN + "document.main+xml", x.toString());
        pkg.write(out);
    }

    private String section(String firstHeader, String otherHeader, boolean restart) {
        return "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"" + firstHeader + "\"/>"
                + "<w:headerReference w:type=\"default\" r:id=\"" + otherHeader + "\"/><w:pgSz w:w=\"" + page.width()
                + "\" w:h=\"" + page.height() + "\"/><w:pgMar w:top=\"" + page.top() + "\" w:right=\"" + page.right()
                + "\" w:bottom=\"" + page.bottom() + "\" w:left=\"" + page.left() + "\" w:header=\"" + page.header()
                + "\" w:footer=\"" + page.footer() + "\" w:gutter=\"0\"/>"
                + (restart ? "<w:pgNumType w:start=\"1\"/>" : "") + "<w:titlePg/></w:sectPr>";
    }

    private String styles() {
        StringBuilder x = new StringBuilder(Xml.DECLARATION).append("<w:styles xmlns:w=\"").append(W)
                .append("\"><w:docDefaults><w:rPrDefault><w:rPr>");
        BodyXml.fonts(x, font);
        x.append("<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>");
        styles.forEach(s -> x.append(s.xml(false)));
        return x.append("</w:styles>").toString();
    }

    private static String xml(Paragraph p) {
        StringBuilder x = new StringBuilder();
        new BodyXml(x, picture -> {
            throw new IllegalArgumentException("no picture in a header");
        }, "").paragraph(p);
        return x.toString();
    }

    private String pageNumber() {
        StringBuilder x = new StringBuilder("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\"")
                .append(" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr>")
                .append("<w:fldSimple w:instr=\" PAGE \"><w:r><w:rPr>");
        BodyXml.fonts(x, font);
        return x.append("<w:sz w:val=\"").append(pageNumberSize * 2).append("\"/></w:rPr><w:t>2</w:t></w:r>")
                .append("</w:fldSimple></w:p>").toString();
    }

    private static String header(String paragraph) {
        return Xml.DECLARATION + "<w:hdr xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships\">" + paragraph + "</w:hdr>";
    }
}
