package vn.atr.report.ooxml;

/**
 * A native bar chart of one series over a sheet's own cells (DrawingML, ECMA-376 Part 1, 21.2): categories and
 * values are ranges of one column each, the series' name one cell, each with the values it holds now (the caches
 * a program shows before it recalculates). {@code horizontal}: bars from the left, the first category at the top,
 * as in the table beside it; otherwise columns.
 */
public record BarChart(String title, boolean horizontal, int nameRow, int nameCol, int labelCol, int valueCol,
                       int firstRow, int lastRow, String rgb) {

    String xml(Worksheet sheet) {
        StringBuilder x = new StringBuilder(Xml.DECLARATION).append("<c:chartSpace")
                .append(" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"")
                .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
                .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>");
        Xml.append(x, title).append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/><c:barChart><c:barDir val=\"")
                .append(horizontal ? "bar" : "col").append("\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>")
                .append("<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:strRef><c:f>");
        Xml.append(x, sheet.absolute(nameRow, nameCol)).append("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>");
        Xml.append(x, text(sheet.value(nameRow, nameCol))).append("</c:v></c:pt></c:strCache></c:strRef></c:tx>")
                .append("<c:spPr><a:solidFill><a:srgbClr val=\"").append(rgb).append("\"/></a:solidFill></c:spPr>")
                .append("<c:invertIfNegative val=\"0\"/><c:cat><c:strRef><c:f>");
        int count = lastRow - firstRow + 1;
        Xml.append(x, sheet.range(labelCol, firstRow, lastRow)).append("</c:f><c:strCache><c:ptCount val=\"")
                .append(count).append("\"/>");
        for (int i = 0; i < count; i++) {
            x.append("<c:pt idx=\"").append(i).append("\"><c:v>");
            Xml.append(x, text(sheet.value(firstRow + i, labelCol))).append("</c:v></c:pt>");
        }
        x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>");
        Xml.append(x, sheet.range(valueCol, firstRow, lastRow)).append("</c:f><c:numCache><c:formatCode>General</c:formatCode>")
                .append("<c:ptCount val=\"").append(count).append("\"/>");
        for (int i = 0; i < count; i++) {
            if (sheet.value(firstRow + i, valueCol) instanceof Double d) { // a "< 5" text is no point
                x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Worksheet.number(d)).append("</c:v></c:pt>");
            }
        }
        x.append("</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val=\"150\"/>")
                .append("<c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>")
                .append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"").append(horizontal ? "maxMin" : "minMax")
                .append("\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"").append(horizontal ? "l" : "b")
                .append("\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/>")
                .append("<c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>")
                .append("<c:noMultiLvlLbl val=\"0\"/></c:catAx>")
                .append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"").append(horizontal ? "b" : "l").append("\"/><c:majorGridlines/>")
                .append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>")
                .append("<c:crosses val=\"").append(horizontal ? "max" : "autoZero")
                .append("\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>")
                .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
        return x.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Double d ? Worksheet.number(d) : value.toString();
    }
}
