package vn.atr.report.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.atr.domain.VnFormats;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.report.ReportNumber;
import vn.atr.report.ReportProperties;
import vn.atr.report.ReportText;
import vn.atr.report.chart.ChartSlot;
import vn.atr.report.chart.ReportCharts;
import vn.atr.report.chart.ReportCharts.Pending;
import vn.atr.report.ooxml.Align;
import vn.atr.report.ooxml.DocumentProperties;
import vn.atr.report.ooxml.DocxBody;
import vn.atr.report.ooxml.DocxWriter;
import vn.atr.report.ooxml.Paragraph;

/**
 * Writes the annual report as a .docx in the layout of Decree 30/2020/NĐ-CP, Appendix I: A4
 * portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman, page numbers
 * centred at the top from page 2 (a different, empty first-page header). The default layout is written as the
 * document's parts ({@link DocxWriter}, ADR 0202); a Department's template is opened, filled and saved with POI
 * ({@link WordTemplate}), the generated blocks put into it.
 */
public final class WordReportWriter {
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = Docx.mm(20);
    public static final int MARGIN_BOTTOM = Docx.mm(20);
    public static final int MARGIN_LEFT = Docx.mm(30);
    public static final int MARGIN_RIGHT = Docx.mm(15);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final DocxWriter.Page PAGE = new DocxWriter.Page(PAGE_WIDTH, PAGE_HEIGHT, MARGIN_TOP, MARGIN_BOTTOM,
            MARGIN_LEFT, MARGIN_RIGHT, Docx.mm(10), Docx.mm(10));
    /** The page numbers' size, the body's. */
    private static final int PAGE_NUMBER_SIZE = 14;

    /** Charts render in the background while the text is laid out (two cores on the target PCs). */
    private static final int CHART_THREADS = 2;
    private final ReportText text;
    private final ReportOptions options;

    public WordReportWriter(ReportText text, ReportOptions options) {
        this.text = text;
        this.options = options;
    }

    /** Writes the document to {@code out} (the caller owns the file: see ReportService, AtomicFiles). */
    public void write(ReportModel m, OutputStream out, Progress progress) throws IOException {
        write(m, null, out, progress);
    }

    /**
     * Writes the report from a Department's template ({@link WordTemplate}; {@code null}: the default layout).
     * A template with a placeholder the report does not know is refused before a byte is written.
     */
    public void write(ReportModel m, InputStream template, OutputStream out, Progress progress) throws IOException {
        progress.step(0.05, "charts");
        ExecutorService pool = Executors.newFixedThreadPool(CHART_THREADS, r -> {
            Thread t = new Thread(r, "report-chart");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<ChartSlot, Pending> charts = new ReportCharts(text).start(m, pool);
            if (options.suppressSmall()) {
                charts.remove(ChartSlot.VICTIMS); // its bars would show the small counts the text hides
            }
            progress.step(0.2, "document");
            Map<String, String> fields = TemplateFields.values(m, text, options);
            if (template == null) {
                writeDefault(m, charts, fields, out, progress);
            } else {
                writeFromTemplate(m, template, charts, fields, out, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.step(1.0, "done");
    }

    private void writeDefault(ReportModel m, Map<ChartSlot, Pending> charts, Map<String, String> fields,
                              OutputStream out, Progress progress) throws IOException {
        DocxBody doc = new DocxBody();
        WordBody body = layout(doc, m, charts, new Layout(Layout.Mode.RENDER, doc, fields));
        progress.step(0.7, "appendices");
        body.placeCharts();
        progress.step(0.85, "saving");
        String status = status(m);
        Paragraph note = null;
        if (m.isDraft()) { // see firstPageNote
            note = Docx.tight(new Paragraph(), Align.RIGHT);
            Docx.run(note, status, 9, true, true);
        }
        writer().write(doc, note, new ReportProperties(text).of(m).withContentStatus(status), out);
    }

    private void writeFromTemplate(ReportModel m, InputStream template, Map<ChartSlot, Pending> charts,
                                   Map<String, String> fields, OutputStream out, Progress progress) throws IOException {
        try (XWPFDocument doc = open(template)) {
            DocxStyles.complete(doc.createStyles(), WordBody.BODY_SIZE, WordBody.CAPTION_SIZE, WordAppendix.TABLE_SIZE);
            new ReportProperties(text).apply(doc.getProperties(), m);
            String status = status(m);
            if (status != null) {
                doc.getProperties().getCoreProperties().setContentStatus(status);
            }
            if (m.isDraft()) {
                firstPageNote(doc, status);
            }
            DocxBody blocks = new DocxBody();
            Layout layout = new Layout(Layout.Mode.COLLECT, blocks, fields);
            layout(blocks, m, charts, layout);
            progress.step(0.7, "appendices");
            WordTemplate.fill(doc, fields, layout, blocks);
            progress.step(0.85, "saving");
            doc.write(out);
        }
    }

    /**
     * What the document properties say of the report's status: a draft's note, or for the submitted report, the copy
     * signed and sent, that its figures are the ones frozen at submission (off the page: Decree 30 has no such line).
     */
    private String status(ReportModel m) {
        if (m.isDraft()) {
            return text.get("draft.note", VnFormats.date(java.time.LocalDate.now()));
        }
        return m.submission().map(sub -> text.get("submitted.note", VnFormats.date(sub.at()
                .atZone(java.time.ZoneId.systemDefault()).toLocalDate()))).orElse(null);
    }

    private static DocxWriter writer() {
        return new DocxWriter(PAGE, Docx.FONT, PAGE_NUMBER_SIZE, DocxStyles.all(DocxStyles.NORMAL, WordBody.BODY_SIZE,
                WordBody.CAPTION_SIZE, WordAppendix.TABLE_SIZE));
    }

    /**
     * The default report as a template: the same document with a placeholder for each field and each block
     * of generated content (docs/report.md lists them), for a Department to edit in Word.
     */
    public void writeTemplate(ReportModel m, OutputStream out) throws IOException {
        DocxBody doc = new DocxBody();
        layout(doc, m, Map.of(), new Layout(Layout.Mode.TEMPLATE, doc, Map.of()));
        writer().write(doc, null, new ReportProperties(text).of(m), out);
    }

    private static XWPFDocument open(InputStream template) {
        try {
            return new XWPFDocument(template);
        } catch (IOException | RuntimeException e) { // POI's NotOfficeXmlFileException, POIXMLException...
            throw new ReportTemplateException(vn.atr.domain.Messages.get("report.template.notDocx", e.getMessage()));
        }
    }

    /** The placeholders a template may use: its fields and its blocks. */
    public static java.util.Set<String> placeholders(ReportModel m, ReportText text, ReportOptions options) {
        DocxBody doc = new DocxBody();
        Layout layout = new Layout(Layout.Mode.COLLECT, doc, Map.of());
        try {
            new WordReportWriter(text, options).layout(doc, m, Map.of(), layout);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Set<String> all = new java.util.LinkedHashSet<>(TemplateFields.values(m, text, options).keySet());
        all.addAll(layout.blocks().keySet());
        return all;
    }

    /** The report's parts in the default order, each block written, kept or marked as {@code layout} says. */
    private WordBody layout(DocxBody doc, ReportModel m, Map<ChartSlot, Pending> charts, Layout layout)
            throws IOException {
        WordFront front = new WordFront(doc, text, TEXT_WIDTH);
        front.header(m, layout);
        WordBody body = new WordBody(doc, text, options);
        body.write(m, charts, layout);
        front.signature(m, layout);
        WordAppendix appendix = new WordAppendix(doc, text, options, TEXT_WIDTH, ReportNumber.appendixReference(text, m), layout::placed);
        layout.block(TemplateFields.APPENDIX, () -> appendix.write(m));
        for (AppendixTable t : m.appendices()) {
            String own = WordAppendix.blockName(t);
            if (own != null) {
                layout.optional(own, () -> appendix.write(t));
            }
        }
        return body;
    }

    /**
     * A report not submitted says it is a draft in the first page's header (small, bold, above the official
     * layout) and in the document properties, so that a printed draft is not taken for the report sent. A
     * submitted report, the copy signed and sent, says nothing on the page (Decree 30 has no such line): its
     * properties say that its figures are the ones frozen at submission. A template without a first-page header
     * keeps the property only.
     */
    private static void firstPageNote(XWPFDocument doc, String note) {
        var policy = doc.getHeaderFooterPolicy();
        XWPFHeader first = policy == null ? null : policy.getFirstPageHeader();
        if (first != null) {
            XWPFParagraph p = first.getParagraphs().isEmpty() ? first.createParagraph() : first.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setIndentationFirstLine(0);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            var r = p.createRun();
            r.setText(note);
            r.setFontSize(9);
            r.setBold(true);
            r.setItalic(true);
        }
    }
}
