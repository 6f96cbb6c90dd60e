package vn.atr.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.atr.domain.report.AppendixTable;
import vn.atr.report.chart.ReportCharts;

/**
 * The benchmark's floor: POI writing the same tables and the same (already rendered) pictures with
 * no computation, no styling and no formulas, i.e. what the report cannot go below.
 */
public final class PoiFloorWriter {
    private PoiFloorWriter() {
    }

    /** Pre-renders the chart images once, so that the floor measures only POI. */
    public static List<byte[]> charts(vn.atr.domain.report.ReportModel m) {
        return new ReportCharts(ReportText.vietnamese()).all(m).stream().map(ReportCharts.Chart::png).toList();
    }

    public static void docx(List<AppendixTable> tables, List<byte[]> pictures, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < 40; i++) {
                doc.createParagraph().createRun().setText("Đoạn văn bản của báo cáo số " + i);
            }
            for (byte[] png : pictures) {
                try {
                    doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG, "c.png", Units.toEMU(ReportCharts.WIDTH_PT),
                            Units.toEMU(ReportCharts.HEIGHT_PT));
                } catch (InvalidFormatException e) {
                    throw new IOException(e);
                }
            }
            for (AppendixTable t : tables) {
                XWPFTable table = doc.createTable(1, t.headers().size());
                for (AppendixTable.Row r : t.rows()) {
                    XWPFTableRow row = table.createRow();
                    row.getCell(0).setText(r.label());
                    for (int c = 0; c < r.values().size(); c++) {
                        row.getCell(c + 1).setText(String.valueOf(r.values().get(c)));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    public static void xlsx(List<AppendixTable> tables, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (AppendixTable t : tables) {
                Sheet sheet = wb.createSheet("PL " + t.number());
                int r = 0;
                for (AppendixTable.Row row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    x.createCell(0).setCellValue(row.label());
                    for (int c = 0; c < row.values().size(); c++) {
                        x.createCell(c + 1).setCellValue(row.values().get(c));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
