package vn.atr.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.atr.domain.VnFormats;
import vn.atr.report.ReportNumber;
import vn.atr.report.ReportProperties;
import vn.atr.report.ReportSentences;
import vn.atr.report.ReportText;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;

/**
 * Writes the appendix tables as a workbook: a cover sheet, then one sheet per table with Vietnamese
 * headers, frozen header rows, fitted column widths, totals as SUM formulas (with cached values, so
 * viewers that do not recalculate still show them) and A4 printing fitted to the page width.
 */
public final class ExcelReportWriter {
    static final int HEADER_ROW = 4;
    private final ReportText text;
    private final ReportOptions options;

    public ExcelReportWriter(ReportText text, ReportOptions options) {
        this.text = text;
        this.options = options;
    }

    /** Writes the workbook to {@code out} (the caller owns the file: see ReportService, AtomicFiles). */
    public void write(ReportModel m, OutputStream out, Progress progress) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ExcelStyles styles = new ExcelStyles(wb);
            new ReportProperties(text).apply(wb.getProperties(), m);
            cover(wb, styles, m);
            int done = 0;
            String reference = ReportNumber.appendixReference(text, m);
            for (AppendixTable t : m.appendices()) {
                new ExcelTableSheet(wb, styles, text, suppress(t), reference).write(t, sheetName(t));
                progress.step(0.1 + 0.8 * ++done / m.appendices().size(), t.title());
            }
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
        progress.step(1.0, "done");
    }

    private boolean suppress(AppendixTable t) {
        return options.suppressSmall() && t.byUnit();
    }

    String sheetName(AppendixTable t) {
        return text.get("appendix.label", t.number());
    }

    private void cover(XSSFWorkbook wb, ExcelStyles s, ReportModel m) {
        Sheet sheet = wb.createSheet(text.get("xlsx.cover.sheet"));
        int r = 0;
        cell(sheet, r, 0, text.get("xlsx.cover.title"), s.title);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
        r += 2;
        line(sheet, r++, text.get("xlsx.cover.period"), ReportText.capitalize(new ReportSentences(text)
                .periodPhrase(m.period())) + " (" + m.period() + ")", s);
        line(sheet, r++, text.get("xlsx.cover.unit"),
                m.unitName().orElseGet(() -> text.get("xlsx.cover.unit.all", m.areaName())), s);
        line(sheet, r++, text.get("xlsx.cover.agency"), nz(m.agency().issuingAgency()), s);
        // how much of the area the figures cover, beside the period they are compared with: a rise may be a ward
        // that began to report
        if (m.unitName().isEmpty()) {
            line(sheet, r++, text.get("xlsx.cover.coverage"), m.previous().hasData()
                    ? text.get("xlsx.cover.coverage.compared", m.current().reportingUnits(), m.previous().reportingUnits())
                    : text.get("xlsx.cover.coverage.value", m.current().reportingUnits()), s);
        }
        // a submitted report's figures date from its submission
        String submitted = m.submission().map(x -> VnFormats.date(x.at().atZone(java.time.ZoneId.systemDefault())
                .toLocalDate())).orElse(null);
        line(sheet, r++, text.get("xlsx.cover.source"), text.get("xlsx.cover.source.value",
                submitted != null ? submitted : VnFormats.date(LocalDate.now())), s);
        line(sheet, r++, text.get("xlsx.cover.status"), submitted != null
                ? text.get("xlsx.cover.status.submitted", submitted) : text.get("xlsx.cover.status.draft"), s);
        r++;
        cell(sheet, r++, 0, text.get("xlsx.cover.tables"), s.bold);
        for (AppendixTable t : m.appendices()) {
            cell(sheet, r, 0, sheetName(t), s.plain);
            cell(sheet, r++, 1, t.title(), s.plain);
        }
        r++;
        cell(sheet, r, 0, text.get("xlsx.cover.note"), s.plain);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static void line(Sheet sheet, int r, String label, String value, ExcelStyles s) {
        cell(sheet, r, 0, label, s.bold);
        cell(sheet, r, 1, value, s.plain);
    }

    static Cell cell(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(SafeText.of(value));
        cell.setCellStyle(style);
        return cell;
    }

    static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
