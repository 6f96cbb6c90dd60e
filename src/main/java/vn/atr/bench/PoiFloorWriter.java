package vn.atr.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.atr.domain.report.ReportModel;
import vn.atr.report.chart.ReportCharts;
import vn.atr.report.ReportText;

/**
 * The benchmark's floor: what writing the report's two files costs with no computation and no styling.
 * The content is the report's own, read back from the files the report wrote (outside the timing): the same
 * paragraph texts, the same table cells, the same workbook cells (totals as their values). The charts are
 * rendered inside the timing, by the same code and in the same way as the report does (two background
 * threads while the document is written), because a report cannot place a chart without drawing it.
 */
public final class PoiFloorWriter {
    private final ReportCharts charts;

    public PoiFloorWriter(ReportText text) {
        this.charts = new ReportCharts(text);
    }

    /** What the floor writes: the report's texts and cells, without their formatting. */
    public record Content(List<String> paragraphs, List<List<List<String>>> tables, List<SheetCells> sheets) {
    }

    /** One sheet's cells: a String, a Double or null (empty) per cell. */
    public record SheetCells(String name, List<List<Object>> rows) {
    }

    /** Reads back the report's .docx and .xlsx into the floor's content. */
    public static Content readBack(Path docx, Path xlsx) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<List<List<String>>> tables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            doc.getParagraphs().stream().map(XWPFParagraph::getText).forEach(paragraphs::add);
            for (XWPFTable t : doc.getTables()) {
                tables.add(t.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).toList())
                        .toList());
            }
        }
        List<SheetCells> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(value(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.add(new SheetCells(sheet.getSheetName(), rows));
            }
        }
        return new Content(paragraphs, tables, sheets);
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
    }

    /** The charts alone, rendered one after the other on this thread (for the benchmark's breakdown). */
    public static void chartsOneByOne(ReportModel model) {
        new ReportCharts(ReportText.vietnamese()).all(model);
    }

    /** Where the floor's two files go: the caller opens each (the benchmark: the same durable path as reports). */
    public interface Output {
        void write(String kind, IoWork work) throws IOException;
    }

    /** Writes one file's bytes to the stream it is given. */
    public interface IoWork {
        void write(OutputStream out) throws IOException;
    }

    /** Renders the model's charts and writes {@code content} unstyled as a .docx and an .xlsx. */
    public void write(ReportModel model, Content content, Output files) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            java.util.Collection<ReportCharts.Pending> pending = charts.start(model, pool).values();
            files.write("docx", out -> docx(content, pending, out));
        } finally {
            pool.shutdownNow();
        }
        files.write("xlsx", out -> xlsx(content.sheets(), out));
    }

    private static void docx(Content content, java.util.Collection<ReportCharts.Pending> pictures, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : content.paragraphs()) {
                doc.createParagraph().createRun().setText(p);
            }
            for (List<List<String>> t : content.tables()) {
                XWPFTable table = doc.createTable();
                for (int r = 0; r < t.size(); r++) {
                    XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
                    List<String> cells = t.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        (c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell()).setText(cells.get(c));
                    }
                }
            }
            for (ReportCharts.Pending chart : pictures) {
                try {
                    doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(chart.png().get()),
                            Document.PICTURE_TYPE_PNG, "c.png", Units.toEMU(ReportCharts.WIDTH_PT),
                            Units.toEMU(ReportCharts.HEIGHT_PT));
                } catch (InvalidFormatException e) {
                    throw new IOException(e);
                }
            }
            doc.write(out);
        }
    }

    private static void xlsx(List<SheetCells> sheets, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (SheetCells s : sheets) {
                Sheet sheet = wb.createSheet(s.name());
                int r = 0;
                for (List<Object> cells : s.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Double d) {
                            x.createCell(c).setCellValue(d);
                        } else if (v != null) {
                            x.createCell(c).setCellValue((String) v);
                        }
                    }
                }
            }
            wb.write(out);
        }
    }
}
