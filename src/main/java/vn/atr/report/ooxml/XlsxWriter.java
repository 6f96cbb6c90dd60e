package vn.atr.report.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small workbook written as its XML parts (ECMA-376 Part 1, SpreadsheetML), without POI: the report's appendix
 * needs text, numbers, a few formulas, styles, merged cells, print set-up and bar charts, and POI's first use in a
 * fresh process costs more than the whole report's figures (docs/decisions/0202). Every sheet prints on A4
 * landscape, fitted to the page width; formulas are recalculated when the file is opened.
 */
public final class XlsxWriter {
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private final List<Worksheet> sheets = new ArrayList<>();
    private final SpreadsheetStyles styles = new SpreadsheetStyles();
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private int stringCount;

    public Worksheet sheet(String name) {
        Worksheet s = new Worksheet(this, name);
        sheets.add(s);
        return s;
    }

    /** The index to give cells that look like {@code format}. */
    public int style(CellFormat format) {
        return styles.register(format);
    }

    int sharedString(String s) {
        stringCount++;
        return strings.computeIfAbsent(s, k -> strings.size());
    }

    public void write(OutputStream out, DocumentProperties properties) throws IOException {
        OpcPackage pkg = new OpcPackage();
        pkg.relate("", "xl/workbook.xml", "officeDocument");
        properties.addTo(pkg);
        String book = "xl/workbook.xml";
        StringBuilder x = new StringBuilder(Xml.DECLARATION).append("<workbook")
                .append(" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
                .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        StringBuilder names = new StringBuilder();
        int drawings = 0;
        int charts = 0;
        for (int i = 0; i < sheets.size(); i++) {
            Worksheet s = sheets.get(i);
            String part = "xl/worksheets/sheet" + (i + 1) + ".xml";
            String id = pkg.relate(book, "worksheets/sheet" + (i + 1) + ".xml", "worksheet");
            x.append("<sheet name=\"").append(Xml.escape(s.name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"").append(id).append("\"/>");
            definedName(names, "_xlnm.Print_Titles", i, s.printTitles());
            definedName(names, "_xlnm.Print_Area", i, s.printAreaRef());
            String drawingId = null;
            if (!s.charts().isEmpty()) {
                String drawing = "xl/drawings/drawing" + ++drawings + ".xml";
                drawingId = pkg.relate(part, "../drawings/drawing" + drawings + ".xml", "drawing");
                StringBuilder d = new StringBuilder(Xml.DECLARATION).append("<xdr:wsDr")
                        .append(" xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\"")
                        .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
                        .append(" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"")
                        .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
                for (Worksheet.Chart c : s.charts()) {
                    String chart = "xl/charts/chart" + ++charts + ".xml";
                    pkg.add(chart, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", c.chart().xml(s));
                    anchor(d, c, charts, pkg.relate(drawing, "../charts/chart" + charts + ".xml", "chart"));
                }
                pkg.add(drawing, "application/vnd.openxmlformats-officedocument.drawing+xml",
                        d.append("</xdr:wsDr>").toString());
            }
            pkg.add(part, MAIN + "worksheet+xml", s.xml(i == 0, drawingId));
        }
        x.append("</sheets>");
        if (!names.isEmpty()) {
            x.append("<definedNames>").append(names).append("</definedNames>");
        }
        x.append("<calcPr calcId=\"0\" fullCalcOnLoad=\"1\"/></workbook>");
        pkg.add(book, MAIN + "sheet.main+xml", x.toString());
        pkg.relate(book, "styles.xml", "styles");
        pkg.add("xl/styles.xml", MAIN + "styles+xml", styles.xml());
        pkg.relate(book, "sharedStrings.xml", "sharedStrings");
        pkg.add("xl/sharedStrings.xml", MAIN + "sharedStrings+xml", sharedStrings());
        pkg.write(out);
    }

    private static void definedName(StringBuilder x, String name, int sheet, String ref) {
        if (ref != null) {
            x.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet).append("\">");
            Xml.append(x, ref).append("</definedName>");
        }
    }

    private static void anchor(StringBuilder d, Worksheet.Chart c, int number, String relId) {
        d.append("<xdr:twoCellAnchor editAs=\"twoCell\"><xdr:from><xdr:col>").append(c.col1())
                .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(c.row1())
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(c.col2())
                .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(c.row2())
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\">")
                .append("<xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(number + 1).append("\" name=\"Chart ")
                .append(number).append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
                .append("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>")
                .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"")
                .append(relId).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>")
                .append("</xdr:twoCellAnchor>");
    }

    private String sharedStrings() {
        StringBuilder x = new StringBuilder(Xml.DECLARATION)
                .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
                .append(stringCount).append("\" uniqueCount=\"").append(strings.size()).append("\">");
        for (String s : strings.keySet()) {
            boolean keep = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                    || Character.isWhitespace(s.charAt(s.length() - 1)) || s.indexOf('\n') >= 0);
            x.append(keep ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            Xml.append(x, s).append("</t></si>");
        }
        return x.append("</sst>").toString();
    }
}
