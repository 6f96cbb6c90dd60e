package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AtrException;
import vn.atr.domain.VnFormats;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.report.word.WordReportWriter;
import vn.atr.service.Services;
import vn.atr.service.report.ReportRequest;
import vn.atr.service.report.ReportService;

/** The Department's Word template: written from the default report, edited, and driving the report. */
class ReportTemplateTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    @TempDir
    static Path dir;
    static Services services;
    static ReportModel model;
    static Path template;

    @BeforeAll
    static void write() {
        services = ReportFixture.sampleStore(dir);
        services.report().drafts().save(ReportFixture.draft(services));
        model = ReportFixture.model(services, ReportFixture.Y2023);
        template = dir.resolve("mau.docx");
        services.report().writeTemplate(template);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String text(Path docx) throws Exception {
        try (XWPFDocument doc = open(docx); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph starting(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + start + " in " + paragraphs(doc)));
    }

    private static Path fromTemplate(Path templateFile, String name) {
        Path out = dir.resolve(name);
        services.report().exportDocx(model, out, ReportOptions.DEFAULT, Optional.of(templateFile), Progress.NONE);
        return out;
    }

    @Test
    void theDefaultTemplateHoldsPlaceholdersAndGivesExactlyTheDefaultReport() throws Exception {
        String templateText = text(template);
        Matcher m = PLACEHOLDER.matcher(templateText);
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).contains("dau_van_ban", "trich_yeu", "muc_can_cu", "muc_truyen_thong", "bieu_do_theo_thang",
                "bieu_do_nan_nhan", "muc_danh_gia", "noi_nhan_chu_ky", "phu_luc");
        assertThat(WordReportWriter.placeholders(model, ReportText.vietnamese(), ReportOptions.DEFAULT))
                .containsAll(used).contains("so_buoi_tuyen_truyen", "so_vu_ky_truoc");
        // the template has headings but none of the generated text
        assertThat(templateText).contains("III. ĐÁNH GIÁ CHUNG")
                .doesNotContain(ReportFixture.ASSESSMENT).doesNotContain("Phụ lục I");

        Path plain = ReportFixture.docx(services, model, dir.resolve("default.docx"), ReportOptions.DEFAULT);
        Path filled = fromTemplate(template, "filled.docx");
        String expected = text(plain);
        assertThat(expected).contains(ReportFixture.ASSESSMENT, "Phụ lục I", "Biểu đồ 1.");
        assertThat(text(filled)).isEqualTo(expected);
        try (XWPFDocument a = open(plain); XWPFDocument b = open(filled)) {
            assertThat(b.getAllPictures()).hasSameSizeAs(a.getAllPictures()).isNotEmpty();
            assertThat(b.getTables()).hasSameSizeAs(a.getTables());
            var marginsA = a.getDocument().getBody().getSectPr().getPgMar();
            var marginsB = b.getDocument().getBody().getSectPr().getPgMar();
            assertThat(List.of(marginsB.getTop(), marginsB.getLeft(), marginsB.getBottom(), marginsB.getRight()))
                    .isEqualTo(List.of(marginsA.getTop(), marginsA.getLeft(), marginsA.getBottom(), marginsA.getRight()));
            assertThat(b.getDocument().getBody().getSectPr().getPgNumType().getStart())
                    .isEqualTo(a.getDocument().getBody().getSectPr().getPgNumType().getStart());
        }
    }

    @Test
    void anEditedTemplateKeepsItsOrderStylesAndTextAndFillsTheFigures() throws Exception {
        Path edited = dir.resolve("edited.docx");
        try (XWPFDocument doc = open(template)) {
            // a heading's style changed: red italic in Heading 3 instead of Heading 2
            XWPFParagraph tasks = starting(doc, "IV. NHIỆM VỤ");
            tasks.setStyle("Heading3");
            tasks.getRuns().get(0).setItalic(true);
            tasks.getRuns().get(0).setColor("C00000");
            // fixed text with a figure, the placeholder split over runs as Word often stores it
            XWPFParagraph added = doc.insertNewParagraph(starting(doc, "2. Công tác truyền thông").getCTP().newCursor());
            added.createRun().setText("Riêng tuyên truyền trực tiếp có {{so_buoi");
            added.createRun().setText("_tuyen_truyen}} buổi, năm trước {{so_buoi_tuyen_truyen_ky_truoc}}.");
            // last (moving disconnects POI's objects): the assessment (heading and block) moved before the situation
            XWPFParagraph situation = starting(doc, "I. TÌNH HÌNH");
            XWPFParagraph assessment = starting(doc, "III. ĐÁNH GIÁ CHUNG");
            XWPFParagraph block = starting(doc, "{{muc_danh_gia}}");
            for (XWPFParagraph moved : List.of(assessment, block)) {
                try (XmlCursor from = moved.getCTP().newCursor(); XmlCursor to = situation.getCTP().newCursor()) {
                    from.moveXml(to);
                }
            }
            try (OutputStream out = Files.newOutputStream(edited)) {
                doc.write(out);
            }
        }
        try (XWPFDocument out = open(fromTemplate(edited, "from-edited.docx"))) {
            List<String> body = paragraphs(out);
            int assessment = body.indexOf("III. ĐÁNH GIÁ CHUNG");
            assertThat(assessment).isPositive().isLessThan(body.indexOf("I. TÌNH HÌNH TỘI PHẠM MUA BÁN NGƯỜI"));
            assertThat(body.get(assessment + 1)).isEqualTo(ReportFixture.ASSESSMENT);
            XWPFParagraph tasks = starting(out, "IV. NHIỆM VỤ");
            assertThat(tasks.getStyle()).isEqualTo("Heading3");
            XWPFRun run = tasks.getRuns().get(0);
            assertThat(run.isItalic()).isTrue();
            assertThat(run.getColor()).isEqualTo("C00000");
            String sessions = VnFormats.number(model.current().summary().outreachSessions());
            assertThat(model.previous().hasData()).as("the sample holds no 2022 record").isFalse();
            String before = "-"; // not known, rather than a 0 read as nothing done
            assertThat(body).contains("Riêng tuyên truyền trực tiếp có " + sessions + " buổi, năm trước " + before + ".");
            assertThat(model.current().summary().outreachSessions()).isPositive();
            assertThat(String.join("\n", body)).doesNotContain("{{");
            // the generated blocks are still there
            assertThat(body).anyMatch(p -> p.startsWith("Biểu đồ 1."));
            assertThat(body.indexOf("2. Công tác truyền thông, tuyên truyền phòng, chống mua bán người"))
                    .isEqualTo(body.indexOf("Riêng tuyên truyền trực tiếp có " + sessions + " buổi, năm trước " + before + ".") + 1);
        }
    }

    @Test
    void stylesChangedInTheTemplateCarryToTheGeneratedSentencesHeadingsAndCells() throws Exception {
        Path edited = dir.resolve("restyled.docx");
        try (XWPFDocument doc = open(template)) {
            var styles = doc.getStyles();
            // as a Department does in Word: Normal 13 pt, Heading 2 dark red and not bold, the table text 11 pt
            var normal = styles.getStyle("Normal").getCTStyle().getRPr();
            normal.getSzArray(0).setVal(java.math.BigInteger.valueOf(26));
            var heading2 = styles.getStyle("Heading2").getCTStyle().getRPr();
            heading2.getBArray(0).setVal(Boolean.FALSE);
            heading2.addNewColor().setVal("800000");
            var table = styles.getStyle("AtrTableText").getCTStyle().getRPr();
            table.getSzArray(0).setVal(java.math.BigInteger.valueOf(22));
            try (OutputStream out = Files.newOutputStream(edited)) {
                doc.write(out);
            }
        }
        try (XWPFDocument out = open(fromTemplate(edited, "from-restyled.docx"))) {
            Effective e = new Effective(out);
            List<XWPFParagraph> sentences = out.getParagraphs().stream().filter(p ->
                    p.getText().startsWith("Năm 2023, Sở Lao động") || p.getText().startsWith("Về cơ quan phát hiện: lực lượng Công an")
                            || p.getText().equals(ReportFixture.ASSESSMENT)).toList();
            assertThat(sentences).hasSize(3).allSatisfy(p -> {
                assertThat(p.getStyle()).isNull(); // Normal, the default style
                for (XWPFRun r : p.getRuns()) {
                    assertThat(e.size(p, r)).as(p.getText()).isEqualTo(13.0);
                    assertThat(r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfSzArray() > 0).isFalse();
                }
            });
            List<XWPFParagraph> sections = out.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .toList();
            assertThat(sections).extracting(XWPFParagraph::getText)
                    .contains("2. Công tác truyền thông, tuyên truyền phòng, chống mua bán người");
            assertThat(sections).allSatisfy(p -> {
                XWPFRun r = p.getRuns().get(0);
                assertThat(e.bold(p, r)).as(p.getText()).isFalse();
                assertThat(e.color(p, r)).isEqualTo("800000");
                assertThat(e.size(p, r)).isEqualTo(13.0); // the headings' size is Normal's
            });
            var appendix = out.getTables().get(2); // after the header and the signature
            assertThat(appendix.getRow(2).getCell(1).getText()).isEqualTo("Buổi tuyên truyền");
            for (var row : List.of(appendix.getRow(0), appendix.getRow(2), appendix.getRow(appendix.getNumberOfRows() - 1))) {
                for (var cell : row.getTableCells()) {
                    XWPFParagraph p = cell.getParagraphs().get(0);
                    assertThat(p.getStyle()).startsWith("Atr");
                    for (XWPFRun r : p.getRuns()) {
                        assertThat(e.size(p, r)).as(cell.getText()).isEqualTo(11.0);
                        assertThat(r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfSzArray() > 0).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aTemplateMadeFromScratchLendsItsOwnNormalAndGetsTheStylesItLacks() throws Exception {
        Path scratch = dir.resolve("scratch.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            // Word's own default paragraph style under a localised identifier, Arial 11; no caption, no table text
            var normal = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            normal.setStyleId("a");
            normal.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            normal.setDefault(true);
            normal.addNewName().setVal("Normal");
            var rpr = normal.addNewRPr();
            rpr.addNewRFonts().setAscii("Arial");
            rpr.addNewSz().setVal(java.math.BigInteger.valueOf(22));
            doc.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(normal));
            doc.createParagraph().createRun().setText("{{muc_truyen_thong}}");
            doc.createParagraph().createRun().setText("{{bieu_do_theo_thang}}");
            doc.createParagraph().createRun().setText("{{phu_luc}}");
            try (OutputStream out = Files.newOutputStream(scratch)) {
                doc.write(out);
            }
        }
        try (XWPFDocument out = open(fromTemplate(scratch, "from-scratch.docx"))) {
            Effective e = new Effective(out);
            XWPFParagraph sentence = starting(out, "Năm 2023, Sở Lao động");
            assertThat(e.font(sentence, sentence.getRuns().get(0))).isEqualTo("Arial");
            assertThat(e.size(sentence, sentence.getRuns().get(0))).isEqualTo(11.0);
            XWPFParagraph caption = starting(out, "Biểu đồ 1.");
            assertThat(caption.getStyle()).isEqualTo("Caption");
            assertThat(e.italic(caption, caption.getRuns().get(0))).isTrue();
            assertThat(e.font(caption, caption.getRuns().get(0))).isEqualTo("Arial"); // based on the template's Normal
            XWPFParagraph cell = out.getTables().get(0).getRow(2).getCell(2).getParagraphs().get(0);
            assertThat(e.size(cell, cell.getRuns().get(0))).isEqualTo(12.0);
            assertThat(e.alignment(cell)).isEqualTo("right");
            assertThat(out.getStyles().getStyle("a").getCTStyle().getRPr().getSzArray(0).getVal().toString())
                    .isEqualTo("22"); // the template's own style left as it was
        }
    }

    @Test
    void appendixTablesPlacedOneByOneComeInTheTemplatesOrderNumberedSoAndTheRestFollow() throws Exception {
        Path reordered = dir.resolve("reordered.docx");
        try (XWPFDocument doc = open(template)) {
            XWPFParagraph all = starting(doc, "{{phu_luc}}");
            for (String own : List.of("{{phu_luc_ho_tro}}", "{{phu_luc_theo_thang}}")) {
                doc.insertNewParagraph(all.getCTP().newCursor()).createRun().setText(own);
            }
            try (OutputStream out = Files.newOutputStream(reordered)) {
                doc.write(out);
            }
        }
        try (XWPFDocument out = open(fromTemplate(reordered, "from-reordered.docx"))) {
            List<String> body = paragraphs(out);
            List<String> titles = new java.util.ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i).matches("Phụ lục [IVX]+")) {
                    titles.add(body.get(i) + " " + body.get(i + 1));
                }
            }
            assertThat(titles).hasSize(model.appendices().size());
            assertThat(titles.get(0)).isEqualTo("Phụ lục I HỖ TRỢ NẠN NHÂN THEO LOẠI HỖ TRỢ");
            assertThat(titles.get(1)).isEqualTo("Phụ lục II CÁC HOẠT ĐỘNG THEO THÁNG");
            assertThat(titles.get(2)).isEqualTo("Phụ lục III KẾT QUẢ TRUYỀN THÔNG THEO LOẠI HOẠT ĐỘNG");
            assertThat(titles).doesNotHaveDuplicates();
            assertThat(titles.subList(2, titles.size())).noneMatch(t -> t.contains("THEO THÁNG") || t.contains("HỖ TRỢ"));
            // one section break, before the first table written
            long breaks = out.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr()
                    .isSetSectPr()).count();
            assertThat(breaks).isEqualTo(1);
            List<XWPFParagraph> all = out.getParagraphs();
            int section = java.util.stream.IntStream.range(0, all.size()).filter(i -> all.get(i).getCTP().isSetPPr()
                    && all.get(i).getCTP().getPPr().isSetSectPr()).findFirst().orElseThrow();
            assertThat(body.subList(0, section)).noneMatch(t -> t.startsWith("Phụ lục "));
            assertThat(body.get(section + 1)).isEqualTo("Phụ lục I");
            assertThat(String.join("\n", body)).doesNotContain("{{");
        }
        // the default report and its template still have every table under the one block, in the model's order
        assertThat(text(template)).doesNotContain("{{phu_luc_");
        assertThat(WordReportWriter.placeholders(model, ReportText.vietnamese(), ReportOptions.DEFAULT))
                .contains("phu_luc", "phu_luc_loai_hoat_dong", "phu_luc_theo_thang", "phu_luc_hoat_dong_don_vi",
                        "phu_luc_vu_theo_don_vi", "phu_luc_vu_viec", "phu_luc_nan_nhan", "phu_luc_ho_tro");
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithItsNameAndPlaceAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("bad.docx");
        try (XWPFDocument doc = open(template)) {
            starting(doc, "III. ĐÁNH GIÁ CHUNG").createRun().setText(" {{so_vu_an}}");
            doc.createTable(2, 2).getRow(1).getCell(0).getParagraphs().get(0).createRun().setText("{{so_hieu}}");
            int paragraph = paragraphs(doc).indexOf("III. ĐÁNH GIÁ CHUNG {{so_vu_an}}") + 1;
            assertThat(paragraph).isPositive();
            try (OutputStream out = Files.newOutputStream(bad)) {
                doc.write(out);
            }
            Path docx = dir.resolve("refused.docx");
            Path xlsx = dir.resolve("refused.xlsx");
            ReportRequest request = new ReportRequest(ReportFixture.Y2023, Optional.empty(), Optional.of(docx),
                    Optional.of(xlsx), ReportOptions.DEFAULT, Optional.of(bad));
            assertThatThrownBy(() -> services.report().export(request, Progress.NONE))
                    .isInstanceOf(AtrException.class)
                    .hasMessageContaining("{{so_vu_an}} ở đoạn " + (paragraph))
                    .hasMessageContaining("{{so_hieu}} ở bảng 1, hàng 2, ô 1")
                    .hasMessageContaining("chưa ghi tệp nào");
            assertThat(docx).doesNotExist();
            assertThat(xlsx).doesNotExist();
        }
    }

    @Test
    void aBlockMustStandAloneInABodyParagraph() throws Exception {
        Path bad = dir.resolve("inline-block.docx");
        try (XWPFDocument doc = open(template)) {
            starting(doc, "{{muc_tinh_hinh}}").createRun().setText(" và thêm chữ");
            try (OutputStream out = Files.newOutputStream(bad)) {
                doc.write(out);
            }
        }
        assertThatThrownBy(() -> fromTemplate(bad, "inline.docx")).isInstanceOf(AtrException.class)
                .hasMessageContaining("{{muc_tinh_hinh}}").hasMessageContaining("phải đứng riêng một đoạn");
        assertThat(dir.resolve("inline.docx")).doesNotExist();
    }

    @Test
    void aTemplateBesideTheStoreIsUsedWithoutBeingAskedFor() throws Exception {
        Path beside = dir.resolve(ReportService.TEMPLATE_BESIDE);
        try (XWPFDocument doc = open(template)) {
            XWPFParagraph p = doc.insertNewParagraph(starting(doc, "I. TÌNH HÌNH").getCTP().newCursor());
            p.createRun().setText("Báo cáo có {{so_vu}} vụ.");
            try (OutputStream out = Files.newOutputStream(beside)) {
                doc.write(out);
            }
        }
        try {
            Path out = dir.resolve("beside.docx");
            services.report().export(new ReportRequest(ReportFixture.Y2023, Optional.empty(), Optional.of(out),
                    Optional.empty(), ReportOptions.DEFAULT), Progress.NONE);
            assertThat(text(out)).contains("Báo cáo có " + VnFormats.number(model.current().summary().cases()) + " vụ.");
        } finally {
            Files.delete(beside);
        }
    }
}
