package vn.atr.report.ooxml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workbook's styles part: each {@link CellFormat} registered once, by its index among the cell formats. */
final class SpreadsheetStyles {
    private final List<CellFormat> formats = new ArrayList<>();
    private final Map<CellFormat, Integer> index = new LinkedHashMap<>();

    /** The index of {@code f} in the cell formats (0 is the workbook's default). */
    int register(CellFormat f) {
        return index.computeIfAbsent(f, k -> {
            formats.add(k);
            return formats.size();
        });
    }

    String xml() {
        Map<String, Integer> numFmts = new LinkedHashMap<>();
        Map<String, Integer> fonts = new LinkedHashMap<>();
        Map<Integer, Integer> fills = new LinkedHashMap<>();
        fonts.put("<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>", 0);
        StringBuilder xfs = new StringBuilder("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
        for (CellFormat f : formats) {
            int numFmt = f.numberFormat() == null ? 0 : numFmts.computeIfAbsent(f.numberFormat(), k -> 164 + numFmts.size());
            int font = fonts.computeIfAbsent(font(f), k -> fonts.size());
            int fill = f.fillIndexed() == 0 ? 0 : fills.computeIfAbsent(f.fillIndexed(), k -> 2 + fills.size());
            xfs.append("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"").append(font).append("\" fillId=\"")
                    .append(fill).append("\" borderId=\"").append(f.border() ? 1 : 0)
                    .append("\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"")
                    .append(f.border() ? " applyBorder=\"1\"" : "").append(fill != 0 ? " applyFill=\"1\"" : "")
                    .append(numFmt != 0 ? " applyNumberFormat=\"1\"" : "").append("><alignment horizontal=\"")
                    .append(f.horizontal()).append("\" vertical=\"center\"")
                    .append(f.wrap() ? " wrapText=\"1\"" : "")
                    .append(f.indent() > 0 ? " indent=\"" + f.indent() + "\"" : "").append("/></xf>");
        }
        StringBuilder x = new StringBuilder(Xml.DECLARATION)
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (!numFmts.isEmpty()) {
            x.append("<numFmts count=\"").append(numFmts.size()).append("\">");
            numFmts.forEach((code, id) -> x.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"")
                    .append(Xml.escape(code)).append("\"/>"));
            x.append("</numFmts>");
        }
        x.append("<fonts count=\"").append(fonts.size()).append("\">");
        fonts.keySet().forEach(x::append);
        x.append("</fonts><fills count=\"").append(2 + fills.size()).append("\">")
                .append("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
        fills.keySet().forEach(c -> x.append("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"").append(c)
                .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>"));
        x.append("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>")
                .append("<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom>")
                .append("<diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(formats.size() + 1).append("\">").append(xfs).append("</cellXfs>")
                .append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                .append("</styleSheet>");
        return x.toString();
    }

    private static String font(CellFormat f) {
        return "<font>" + (f.bold() ? "<b/>" : "") + (f.italic() ? "<i/>" : "") + "<sz val=\"" + f.size()
                + "\"/><name val=\"" + Xml.escape(f.font()) + "\"/><family val=\"1\"/></font>";
    }
}
