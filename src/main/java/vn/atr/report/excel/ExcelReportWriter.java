package vn.atr.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import vn.atr.domain.VnFormats;
import vn.atr.report.ooxml.Worksheet;
import vn.atr.report.ooxml.XlsxWriter;
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
 * viewers that do not recalculate still show them) and A4 landscape printing fitted to the page width.
 * Written as its XML parts ({@link XlsxWriter}), not with POI, for a fresh process's sake (ADR 0202).
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
        XlsxWriter wb = new XlsxWriter();
        ExcelStyles styles = new ExcelStyles(wb);
        cover(wb, styles, m);
        int done = 0;
        String reference = ReportNumber.appendixReference(text, m);
        for (AppendixTable t : m.appendices()) {
            new ExcelTableSheet(wb, styles, text, suppress(t), reference).write(t, sheetName(t));
            progress.step(0.1 + 0.8 * ++done / m.appendices().size(), t.title());
        }
        wb.write(out, new ReportProperties(text).of(m));
        progress.step(1.0, "done");
    }

    private boolean suppress(AppendixTable t) {
        return options.suppressSmall() && t.byUnit();
    }

    String sheetName(AppendixTable t) {
        return text.get("appendix.label", t.number());
    }

    private void cover(XlsxWriter wb, ExcelStyles s, ReportModel m) {
        Worksheet sheet = wb.sheet(text.get("xlsx.cover.sheet"));
        int r = 0;
        cell(sheet, r, 0, text.get("xlsx.cover.title"), s.title);
        sheet.merge(r, 0, 3);
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
        sheet.width(0, 24);
        sheet.width(1, 100);
    }

    private static void line(Worksheet sheet, int r, String label, String value, ExcelStyles s) {
        cell(sheet, r, 0, label, s.bold);
        cell(sheet, r, 1, value, s.plain);
    }

    static void cell(Worksheet sheet, int r, int c, String value, int style) {
        sheet.text(r, c, SafeText.of(value), style);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
