package vn.atr.report.word;

import java.io.IOException;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.report.ReportSentences;
import vn.atr.report.ReportText;
import vn.atr.report.ooxml.Align;
import vn.atr.report.ooxml.DocxBody;
import vn.atr.report.ooxml.Paragraph;
import vn.atr.report.ooxml.Run;
import vn.atr.report.chart.ChartSlot;
import vn.atr.report.chart.ReportCharts;
import vn.atr.report.chart.ReportCharts.Pending;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;

/**
 * The body of the report in the outline of the official annual report (docs/architecture.md): legal basis, I. situation,
 * II. results (direction, communication, cases, victims and support), III. assessment, IV. tasks,
 * V. recommendations. Computed sentences come from {@link ReportSentences}; the compiler's text
 * from the draft, or a highlighted placeholder where it is still missing.
 */
final class WordBody {
    static final int BODY_SIZE = 14;
    static final int CAPTION_SIZE = 12;
    /** A part's heading ("I.", "II."...) against a section's ("1.", "2."...). */
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]+\\.");
    private final DocxBody doc;
    private final ReportText text;
    private final ReportSentences sentences;
    private final List<Placed> pictures = new ArrayList<>();
    private int figureNumber;
    private int pictureNumber;
    /** EMU (English metric units) in a point. */
    private static final int EMU_PER_POINT = 12_700;
    private Layout layout;

    /** A chart's paragraph and run, waiting for its picture. */
    private record Placed(Paragraph paragraph, Run run, Pending chart) {
    }

    WordBody(DocxBody doc, ReportText text, ReportOptions options) {
        this.doc = doc;
        this.text = text;
        this.sentences = new ReportSentences(text, options);
    }

    /**
     * The body in the default order. Each section's generated paragraphs are one block of the template
     * ({@code {{muc_truyen_thong}}}): sentences added to a section flow into templates made before them.
     */
    void write(ReportModel m, Map<ChartSlot, Pending> charts, Layout layout) throws IOException {
        this.layout = layout;
        layout.block("muc_can_cu", () -> {
            narrative(m, Section.LEGAL_BASIS, sentences.legalBasisDefault(m));
        });
        heading(text.get("h.situation"));
        layout.block("muc_tinh_hinh", () -> narrative(m, Section.SITUATION, null));
        heading(text.get("h.results"));
        layout.block("muc_khong_co_so_lieu", () -> {
            if (!m.current().hasData()) {
                paragraph(text.get("noData"));
            }
        });
        heading(text.get("h.direction"));
        layout.block("muc_chi_dao", () -> narrative(m, Section.DIRECTION, null));
        heading(text.get("h.communication"));
        layout.block("muc_truyen_thong", () -> {
            sentences.communication(m).forEach(this::paragraph);
            optional(m, Section.AFTER_COMMUNICATION);
        });
        place(charts, ChartSlot.BY_MONTH, ChartSlot.BY_UNIT, ChartSlot.COMPARISON);
        heading(text.get("h.cases"));
        layout.block("muc_phat_hien", () -> {
            // where the first victim count is written, not between "... như sau:" and the first heading
            sentences.suppressionRule().ifPresent(this::paragraph);
            sentences.cases(m).forEach(this::paragraph);
            optional(m, Section.AFTER_CASES);
        });
        heading(text.get("h.victims"));
        subheading(text.get("h.victims.received"));
        layout.block("muc_tiep_nhan", () -> sentences.victims(m).forEach(this::paragraph));
        subheading(text.get("h.victims.support"));
        layout.block("muc_ho_tro", () -> {
            sentences.support(m).forEach(this::paragraph);
            optional(m, Section.AFTER_VICTIMS);
        });
        place(charts, ChartSlot.VICTIMS);
        heading(text.get("h.assessment"));
        layout.block("muc_danh_gia", () -> narrative(m, Section.ASSESSMENT, null));
        heading(text.get("h.tasks"));
        layout.block("muc_nhiem_vu", () -> narrative(m, Section.TASKS, null));
        heading(text.get("h.recommendations"));
        layout.block("muc_kien_nghi", () -> narrative(m, Section.RECOMMENDATIONS, null));
    }

    /** A chart's block in the template: {@code {{bieu_do_theo_thang}}}. */
    static String blockName(ChartSlot slot) {
        return switch (slot) {
            case BY_MONTH -> "bieu_do_theo_thang";
            case BY_UNIT -> "bieu_do_theo_don_vi";
            case COMPARISON -> "bieu_do_so_sanh";
            case VICTIMS -> "bieu_do_nan_nhan";
        };
    }

    /** The compiler's text, else {@code fallback}, else the marked placeholder. */
    private void narrative(ReportModel m, Section s, String fallback) {
        var written = m.draft().section(s);
        if (written.isPresent()) {
            paragraphs(written.get());
        } else if (fallback != null) {
            paragraph(fallback);
        } else {
            placeholder(doc.createParagraph(), text.get("placeholder." + s.name()));
        }
    }

    /** Free paragraphs after a computed section: nothing when the compiler wrote none. */
    private void optional(ReportModel m, Section s) {
        m.draft().section(s).ifPresent(this::paragraphs);
    }

    private void paragraphs(String block) {
        for (String p : block.split("\\n\\s*\\n")) {
            paragraph(p.replaceAll("\\s*\\n\\s*", " ").strip());
        }
    }

    /** A body paragraph in the Normal style (the default one: no style named), with nothing of its own. */
    private void paragraph(String s) {
        Docx.text(doc.createParagraph(), s);
    }

    /** "I. ..." in capitals (Heading 1); "1. ..." (Heading 2): bold and kept with the next by their styles. */
    private void heading(String s) {
        if (!layout.fixed()) {
            return;
        }
        Paragraph p = doc.createParagraph().style(DocxStyles.heading(ROMAN.matcher(s).lookingAt() ? 1 : 2));
        Docx.text(p, s);
    }

    /** "a) ..." (Heading 3, regular). */
    private void subheading(String s) {
        if (!layout.fixed()) {
            return;
        }
        Paragraph p = doc.createParagraph().style(DocxStyles.heading(3));
        Docx.text(p, s);
    }

    /** The charts of these slots that the period has, in this order; each is a block of the template. */
    private void place(Map<ChartSlot, Pending> charts, ChartSlot... slots) throws IOException {
        for (ChartSlot slot : slots) {
            layout.block(blockName(slot), () -> {
                Pending c = charts.get(slot);
                if (c != null) {
                    chart(c);
                }
            });
        }
    }

    /**
     * The chart's paragraph and caption now; its picture goes in by {@link #placeCharts} once rendered, or at once
     * at its full height in a Department's template, whose pages the estimate does not know.
     */
    private void chart(Pending c) {
        Paragraph p = Docx.tight(doc.createParagraph(), Align.CENTER).before(Docx.PARAGRAPH_SPACING).keepNext(true);
        Run run = p.createRun();
        if (layout.fixed()) {
            pictures.add(new Placed(p, run, c));
        } else {
            run.picture(picture(c.png().get(), ReportCharts.HEIGHT_PT, ++pictureNumber));
        }
        Paragraph caption = doc.createParagraph().style(DocxStyles.CAPTION);
        Docx.text(caption, text.get("chart.figure", String.valueOf(++figureNumber), c.title()));
    }

    private static Run.Picture picture(byte[] png, int heightPt, int number) {
        return new Run.Picture(png, (long) ReportCharts.WIDTH_PT * EMU_PER_POINT, (long) heightPt * EMU_PER_POINT,
                "chart" + number + ".png");
    }

    /**
     * Waits for the charts rendered in the background and puts each picture in its place, drawn lower where
     * that fills the page before it ({@link PageFit}).
     */
    void placeCharts() {
        Map<Paragraph, Integer> paragraphs = new java.util.IdentityHashMap<>();
        for (int i = 0; i < pictures.size(); i++) {
            paragraphs.put(pictures.get(i).paragraph(), i);
        }
        int[] heights = new PageFit(doc).heights(paragraphs, ReportCharts.HEIGHT_PT);
        for (int i = 0; i < pictures.size(); i++) {
            Pending chart = pictures.get(i).chart();
            int height = heights[i];
            byte[] png = height == ReportCharts.HEIGHT_PT ? chart.png().get() : chart.atHeight().apply(height);
            pictures.get(i).run().picture(picture(png, height, ++pictureNumber));
        }
    }

    /** Missing compiler text: bracketed, italic and highlighted so that nobody signs it unnoticed. */
    static Run placeholder(Paragraph p, String s) {
        return Docx.text(p, s).italic().highlight("yellow");
    }
}
