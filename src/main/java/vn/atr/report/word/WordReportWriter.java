package vn.atr.report.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.atr.domain.VnFormats;
import vn.atr.report.AgencyName;
import vn.atr.report.ReportProperties;
import vn.atr.report.ReportNumber;
import vn.atr.report.ReportText;
import vn.atr.report.chart.ChartSlot;
import vn.atr.report.chart.ReportCharts;
import vn.atr.report.chart.ReportCharts.Pending;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;

/**
 * Writes the annual report as a .docx in the layout of Decree 30/2020/NĐ-CP, Appendix I: A4
 * portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman, page numbers
 * centred at the top from page 2 (a different, empty first-page header).
 */
public final class WordReportWriter {
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = Docx.mm(20);
    public static final int MARGIN_BOTTOM = Docx.mm(20);
    public static final int MARGIN_LEFT = Docx.mm(30);
    public static final int MARGIN_RIGHT = Docx.mm(15);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

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
        try (XWPFDocument doc = template == null ? new XWPFDocument() : open(template)) {
            Map<ChartSlot, Pending> charts = new ReportCharts(text).start(m, pool);
            if (options.suppressSmall()) {
                charts.remove(ChartSlot.VICTIMS); // its bars would show the small counts the text hides
            }
            progress.step(0.2, "document");
            Map<String, String> fields = TemplateFields.values(m, text, options);
            if (template == null) {
                defaults(doc);
                pageSetup(doc);
            } else {
                DocxStyles.complete(doc.createStyles(), WordBody.BODY_SIZE, WordBody.CAPTION_SIZE,
                        WordAppendix.TABLE_SIZE);
            }
            new ReportProperties(text).apply(doc.getProperties(), m);
            // the submitted report is the copy signed and sent: its status stays in the properties, off the page
            m.submission().ifPresent(sub -> doc.getProperties().getCoreProperties().setContentStatus(
                    text.get("submitted.note", VnFormats.date(sub.at().atZone(java.time.ZoneId.systemDefault())
                            .toLocalDate()))));
            if (m.isDraft()) {
                firstPageNote(doc, text.get("draft.note", VnFormats.date(java.time.LocalDate.now())));
            }
            Layout layout = new Layout(template == null ? Layout.Mode.RENDER : Layout.Mode.COLLECT, doc, fields);
            WordBody body = layout(doc, m, charts, layout);
            if (template != null) {
                WordTemplate.fill(doc, fields, layout);
            }
            progress.step(0.7, "appendices");
            body.placeCharts();
            progress.step(0.85, "saving");
            doc.write(out);
        } finally {
            pool.shutdownNow();
        }
        progress.step(1.0, "done");
    }

    /**
     * The default report as a template: the same document with a placeholder for each field and each block
     * of generated content (docs/report.md lists them), for a Department to edit in Word.
     */
    public void writeTemplate(ReportModel m, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            defaults(doc);
            pageSetup(doc);
            layout(doc, m, Map.of(), new Layout(Layout.Mode.TEMPLATE, doc, Map.of()));
            doc.write(out);
        }
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
        try (XWPFDocument doc = new XWPFDocument()) {
            Layout layout = new Layout(Layout.Mode.COLLECT, doc, Map.of());
            new WordReportWriter(text, options).layout(doc, m, Map.of(), layout);
            java.util.Set<String> all = new java.util.LinkedHashSet<>(TemplateFields.values(m, text, options).keySet());
            all.addAll(layout.blocks().keySet());
            return all;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The report's parts in the default order, each block written, kept or marked as {@code layout} says. */
    private WordBody layout(XWPFDocument doc, ReportModel m, Map<ChartSlot, Pending> charts, Layout layout)
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
            XWPFParagraph p = Docx.tight(first.getParagraphs().isEmpty() ? first.createParagraph()
                    : first.getParagraphs().get(0), ParagraphAlignment.RIGHT);
            Docx.run(p, note, 9, true, true);
        }
        doc.getProperties().getCoreProperties().setContentStatus(note);
    }

    /** Times New Roman 14 as the document default, so that LibreOffice and Word agree. */
    private static void defaults(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(Docx.FONT);
        fonts.setHAnsi(Docx.FONT);
        fonts.setCs(Docx.FONT);
        fonts.setEastAsia(Docx.FONT);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        DocxStyles.addAll(styles, WordBody.BODY_SIZE, WordBody.CAPTION_SIZE, WordAppendix.TABLE_SIZE);
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(Docx.mm(10)));
        mar.setFooter(BigInteger.valueOf(Docx.mm(10)));
        mar.setGutter(BigInteger.ZERO);
        sect.addNewTitlePg();
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = Docx.tight(header.createParagraph(), ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR r = field.addNewR();
        var rpr = r.addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(Docx.FONT);
        f.setHAnsi(Docx.FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        r.addNewT().setStringValue("2");
    }
}
