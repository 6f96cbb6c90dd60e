package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.Services;

/** Opens the .docx written from the Hai Phong 2023 sample and checks the decree's layout and the figures. */
class WordReportTest {
    @TempDir
    static Path dir;

    static Services services;
    static ReportModel model;
    static XWPFDocument doc;
    static String body;

    @BeforeAll
    static void write() throws Exception {
        services = ReportFixture.sampleStore(dir);
        services.report().drafts().save(ReportFixture.draft(services));
        model = ReportFixture.model(services, ReportFixture.Y2023);
        Path file = ReportFixture.docx(services, model, dir.resolve("bc.docx"), ReportOptions.DEFAULT);
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }
        body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
        services.close();
    }

    @Test
    void a4PortraitWithTheDecreesMargins() {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        CTPageMar mar = sect.getPgMar();
        assertThat(mm(mar.getTop())).isBetween(20.0, 25.0);
        assertThat(mm(mar.getBottom())).isBetween(20.0, 25.0);
        assertThat(mm(mar.getLeft())).isBetween(30.0, 35.0);
        assertThat(mm(mar.getRight())).isBetween(15.0, 20.0);
    }

    private static double mm(Object twips) {
        return Math.round(Double.parseDouble(twips.toString()) * 25.4 / 1440 * 10) / 10.0;
    }

    @Test
    void everyTextRunIsTimesNewRoman() {
        List<XWPFParagraph> paragraphs = new java.util.ArrayList<>(doc.getParagraphs());
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                paragraphs.addAll(c.getParagraphs()))));
        List<String> fonts = new java.util.ArrayList<>();
        for (XWPFParagraph p : paragraphs) {
            for (XWPFRun r : p.getRuns()) {
                if (r.getEmbeddedPictures().isEmpty()) {
                    fonts.add(new Effective(doc).font(p, r));
                }
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).isEqualTo("Times New Roman"));
    }

    @Test
    void appendixCellsAreTwelvePointWithSpacing() {
        XWPFParagraph cell = doc.getTables().get(2).getRow(2).getCell(2).getParagraphs().get(0);
        Effective e = new Effective(doc); // a figure's cell: Table Text Right, based on Table Text
        assertThat(e.size(cell, cell.getRuns().get(0))).isEqualTo(12.0);
        assertThat(e.spacingBefore(cell)).isEqualTo(40);
        assertThat(e.alignment(cell)).isEqualTo("right");
    }

    @Test
    void headerTableHasAgenciesNumberNationAndDate() {
        XWPFTable header = doc.getTables().get(0);
        // a long name goes on two lines between groups of words (AgencyLinesTest): read it as one line
        String left = header.getRow(0).getCell(0).getText().replace('\n', ' ');
        String right = header.getRow(0).getCell(1).getText();
        assertThat(left).contains("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        assertThat(header.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
        assertThat(header.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
        assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/BC-SLĐTBXH");
        XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(date.getText()).isEqualTo("Hải Phòng, ngày 05 tháng 01 năm 2024");
        assertThat(date.getRuns().get(0).isItalic()).isTrue();
    }

    /** A ward's committee has no superior line: its name starts level with the national name, not a line below. */
    @Test
    void anAgencyWithoutASuperiorStartsOnTheFirstLine() throws Exception {
        try (Services ward = ReportFixture.sampleStore(Files.createDirectories(dir.resolve("ward")))) {
            var a = ward.reference().agency();
            ward.reference().saveAgency(new vn.atr.domain.AgencySettings(null, "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN", "UBND",
                    "Lê Chân", a.recipient(), "CHỦ TỊCH", null, a.homeProvinceCode(), "10305012"));
            Path file = ReportFixture.docx(ward, ReportFixture.model(ward, ReportFixture.Y2023),
                    dir.resolve("ward.docx"), ReportOptions.DEFAULT);
            try (InputStream in = Files.newInputStream(file); XWPFDocument w = new XWPFDocument(in)) {
                XWPFParagraph first = w.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0);
                assertThat(first.getText().replace('\n', ' ')).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN");
                assertThat(first.getRuns().get(0).isBold()).isTrue();
            }
        }
    }

    @Test
    void aNumberAndRecipientsTypedAsTheyLookOnPaperArePrintedOnce() throws Exception {
        try (Services other = ReportFixture.sampleStore(Files.createDirectories(dir.resolve("typed")))) {
            vn.atr.domain.ReportDraft d = ReportFixture.draft(other);
            other.report().drafts().save(new vn.atr.domain.ReportDraft(d.period(), "12/BC-UBND", d.date(),
                    d.signerTitle(), d.signerName(), List.of("- Bộ Y tế;", "UBND thành phố;;", "Lưu: VT."),
                    d.sections(), d.status(), d.version()));
            ReportModel typed = ReportFixture.model(other, ReportFixture.Y2023);
            Path file = ReportFixture.docx(other, typed, dir.resolve("typed.docx"), ReportOptions.DEFAULT);
            try (InputStream in = Files.newInputStream(file); XWPFDocument t = new XWPFDocument(in)) {
                assertThat(t.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số: 12/BC-UBND");
                assertThat(t.getTables().get(1).getRow(0).getCell(0).getText())
                        .isEqualTo("Nơi nhận:- Bộ Y tế;- UBND thành phố;- Lưu: VT."); // one paragraph each
                assertThat(t.getParagraphs().stream().map(XWPFParagraph::getText))
                        .anyMatch(x -> x.startsWith("(Kèm theo Báo cáo số 12/BC-UBND ngày 05/01/2024 của "));
            }
            // a number without a date yet: the appendix names it as the header does, the date left blank
            ReportModel undated = typed.withDraft(new vn.atr.domain.ReportDraft(d.period(), "12/BC-UBND", null,
                    d.signerTitle(), d.signerName(), d.recipients(), d.sections(), d.status(), d.version()));
            assertThat(vn.atr.report.ReportNumber.appendixReference(ReportText.vietnamese(), undated))
                    .startsWith("(Kèm theo Báo cáo số 12/BC-UBND ngày         của ");
        }
    }

    @Test
    void headerCellsAreWideEnoughForTheNamesOnTheirLines() {
        XWPFTable header = doc.getTables().get(0);
        int left = ((BigInteger) header.getRow(0).getCell(0).getCTTc().getTcPr().getTcW().getW()).intValue();
        int right = ((BigInteger) header.getRow(0).getCell(1).getCTTc().getTcPr().getTcW().getW()).intValue();
        assertThat(left + right).isEqualTo(11906 - 1701 - 850);
        double usable = (left - 2 * 108) / 20.0;
        List<String> lines = header.getRow(0).getCell(0).getParagraphs().stream()
                .flatMap(p -> java.util.Arrays.stream(p.getText().split("\n"))).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "SỞ LAO ĐỘNG - THƯƠNG BINH",
                "VÀ XÃ HỘI");
        for (String line : lines) {
            assertThat(vn.atr.report.word.AgencyLinesTest.width(line, true)).as(line).isLessThanOrEqualTo(usable);
        }
        assertThat(vn.atr.report.word.AgencyLinesTest.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true))
                .isLessThanOrEqualTo((right - 2 * 108) / 20.0);
    }

    @Test
    void titleSubjectAndRecipient() {
        XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst()
                .orElseThrow();
        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(title.getRuns().get(0).isBold()).isTrue();
        assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
        assertThat(body).contains("Kết quả công tác phòng, chống mua bán người năm 2023",
                "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.");
    }

    @Test
    void figureSentencesOfTheSample() {
        assertThat(body).contains(
                "Năm 2023, Sở Lao động - Thương binh và Xã hội cùng các địa phương đã phối hợp với Bộ Chỉ huy Bộ đội"
                        + " Biên phòng thành phố, Đoàn Thanh niên, ",
                " thành phố và Công an thành phố triển khai công tác truyền thông, tuyên truyền phòng, chống mua bán"
                        + " người, tổ chức 1 lớp tập huấn cho 118 lượt người và 54 buổi tuyên truyền cho 10.215 lượt người."
                        + " Có 54 hoạt động được lồng ghép với tuyên truyền phòng, chống ma túy, mại dâm và HIV/AIDS.",
                "Bên cạnh đó, Sở Lao động - Thương binh và Xã hội cùng các địa phương đã in, phát 4.000 tờ rơi, tài liệu;"
                        + " treo băng rôn, khẩu hiệu tại 3 địa điểm.",
                "Ngoài ra, Sở Lao động - Thương binh và Xã hội cùng các địa phương còn viết 70 tin bài, đăng tải 24 văn"
                        + " bản quy phạm pháp luật, văn bản chỉ đạo, đưa 50 tin trên trang thông tin điện tử, thu hút 50.640"
                        + " lượt truy cập.",
                "các lực lượng chức năng trên địa bàn đã phát hiện 3 vụ mua bán người với 4 nạn nhân bị mua bán, trong đó 3 nạn nhân là người"
                        + " tỉnh ngoài và 1 nạn nhân là người Hải Phòng.",
                "Về cơ quan phát hiện: lực lượng Công an 2 vụ và Bộ đội Biên phòng 1 vụ.",
                "Về kết quả điều tra, xử lý: đang điều tra 2 vụ và đã truy tố 1 vụ.",
                "Về giới tính: 3 nữ, 1 nam.",
                "Về nơi bị đưa đến: 2 nạn nhân bị đưa sang Trung Quốc, 1 nạn nhân bị đưa sang Campuchia, 1 nạn nhân bị mua"
                        + " bán trong nước.",
                "Cả 4 nạn nhân đều đã trở về địa phương.",
                "Các cơ quan, đơn vị đã thực hiện 13 lượt hỗ trợ nạn nhân với tổng kinh phí 14.300.000 đồng");
        assertThat(body).doesNotContain("so với năm 2022", "So với năm 2022");
    }

    @Test
    void bodyIsJustifiedWithFirstLineIndentAndSpacing() {
        XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText()
                .startsWith("Năm 2023, Sở Lao động - Thương binh và Xã hội cùng các địa phương đã phối hợp"))
                .findFirst().orElseThrow();
        Effective e = new Effective(doc); // from the Normal style: the paragraph names none and sets nothing itself
        assertThat(e.alignment(p)).isEqualTo("both");
        assertThat(e.firstLine(p)).isBetween(567, 720);
        assertThat(e.spacingBefore(p)).isGreaterThanOrEqualTo(120);
        assertThat(e.size(p, p.getRuns().get(0))).isBetween(13.0, 14.0);
        assertThat(e.font(p, p.getRuns().get(0))).isEqualTo("Times New Roman");
    }

    @Test
    void narrativeFromTheDraftAndPlaceholdersWhereMissing() {
        assertThat(body).contains(ReportFixture.ASSESSMENT, "Một số địa phương còn hạn chế.");
        assertThat(body).contains("[Nhập đánh giá tình hình tội phạm mua bán người trên địa bàn]",
                "[Nhập nhiệm vụ trọng tâm thời gian tới]");
        assertThat(body).doesNotContain("[Nhập đánh giá kết quả đạt được");
    }

    @Test
    void signatureAndDistributionList() {
        XWPFTable sign = doc.getTables().get(1);
        String left = sign.getRow(0).getCell(0).getText();
        assertThat(left).startsWith("Nơi nhận:").contains("- Ủy ban nhân dân thành phố (để báo cáo);",
                "- Lưu: VT, CCPCTNXH.");
        XWPFRun head = sign.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
        assertThat(head.isBold() && head.isItalic()).isTrue();
        assertThat(head.getFontSizeAsDouble()).isEqualTo(12.0);
        assertThat(sign.getRow(0).getCell(1).getText()).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An");
        // never split from the signer's name, nor alone on a page: the body's last paragraph goes with it
        assertThat(sign.getRow(0).isCantSplitRow()).isTrue();
        int at = doc.getBodyElements().indexOf(sign);
        assertThat(doc.getBodyElements().get(at - 1)).isInstanceOfSatisfying(XWPFParagraph.class,
                p -> assertThat(p.isKeepNext()).isTrue());
    }

    @Test
    void pageNumbersFromPageTwoAndChartsAsPictures() {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertThat(sect.isSetTitlePg()).isTrue();
        String header = doc.getHeaderList().stream().map(h -> h._getHdrFtr().xmlText())
                .collect(Collectors.joining());
        assertThat(header).contains("PAGE");
        assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(body).contains("Biểu đồ 1. Số hoạt động theo tháng");
    }

    @Test
    void appendixTablesWithTotals() {
        assertThat(body).contains("Phụ lục I", "Phụ lục VII",
                "(Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2024 của Sở Lao động - Thương binh và Xã hội)");
        XWPFTable types = doc.getTables().get(2);
        assertThat(types.getRow(0).getCell(1).getText()).isEqualTo("Loại hoạt động");
        assertThat(types.getRow(2).getCell(1).getText()).isEqualTo("Buổi tuyên truyền");
        assertThat(types.getRow(2).getCell(2).getText()).isEqualTo("54");
        assertThat(types.getRow(2).getCell(3).getText()).isEqualTo("10.215");
        var total = types.getRow(types.getNumberOfRows() - 1);
        assertThat(total.getCell(1).getText()).isEqualTo("Tổng cộng");
        long activities = model.current().activities();
        assertThat(total.getCell(2).getText()).isEqualTo(vn.atr.domain.VnFormats.number(activities));
        XWPFTable support = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(support.getRow(support.getNumberOfRows() - 1).getCell(3).getText()).isEqualTo("14.300.000");
    }

    @Test
    void appendixIsASectionNumberedFromOneWhoseTablesSharePages() {
        List<XWPFParagraph> paragraphs = doc.getParagraphs();
        int end = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            var ppr = paragraphs.get(i).getCTP().getPPr();
            if (ppr != null && ppr.isSetSectPr()) {
                assertThat(end).as("one section break").isEqualTo(-1);
                end = i;
            }
        }
        assertThat(end).isPositive();
        CTSectPr report = paragraphs.get(end).getCTP().getPPr().getSectPr();
        CTSectPr appendix = doc.getDocument().getBody().getSectPr();
        assertThat(report.isSetPgNumType() && report.getPgNumType().isSetStart()).isFalse();
        assertThat(appendix.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
        assertThat(report.getHeaderReferenceList()).hasSameSizeAs(appendix.getHeaderReferenceList()).isNotEmpty();
        assertThat(report.getPgSz().getW()).isEqualTo(appendix.getPgSz().getW());
        assertThat(paragraphs.subList(0, end).stream().map(XWPFParagraph::getText)).noneMatch(t ->
                t.startsWith("Phụ lục "));
        List<XWPFParagraph> labels = paragraphs.subList(end, paragraphs.size()).stream()
                .filter(p -> p.getText().matches("Phụ lục [IVX]+")).toList();
        assertThat(labels).hasSize(model.appendices().size());
        assertThat(labels).allSatisfy(p -> {
            assertThat(p.isPageBreak()).isFalse();
            assertThat(p.getCTP().getPPr().isSetKeepNext()).isTrue();
        });
        XWPFTable months = doc.getTables().get(3); // short: kept whole, up to its total row
        for (int i = 0; i < months.getNumberOfRows() - 1; i++) {
            assertThat(months.getRow(i).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue();
        }
        XWPFParagraph reference = paragraphs.get(paragraphs.indexOf(labels.get(1)) + 2);
        assertThat(reference.getText()).startsWith("(Kèm theo Báo cáo số");
        assertThat(reference.getCTP().getPPr().isSetKeepNext()).isTrue();
        // nothing but the section's start puts an appendix on a new page: no page break before a label, none in
        // a paragraph, none before a table's first row
        String appendixXml = paragraphs.subList(end + 1, paragraphs.size()).stream()
                .map(p -> p.getCTP().xmlText()).collect(Collectors.joining());
        assertThat(appendixXml).doesNotContain("pageBreakBefore", "w:type=\"page\"");
        for (XWPFTable t : doc.getTables().subList(2, doc.getTables().size())) {
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
        }
    }

    @Test
    void appendixColumnsAreMeasuredSoLabelsAndHeadersTakeFewLines() {
        XWPFTable types = doc.getTables().get(2);
        XWPFTable months = doc.getTables().get(3);
        int textWidth = 11906 - 1701 - 850;
        for (XWPFTable t : List.of(types, months)) {
            var grid = t.getCTTbl().getTblGrid().getGridColList();
            assertThat(grid.stream().mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum()).isEqualTo(textWidth);
        }
        double typeLabel = label(types);
        double monthLabel = label(months);
        // "Tuyên truyền trên hệ thống truyền thanh" on one line in its 12 pt: the column holds it with its margins
        double longest = types.getRows().stream().mapToDouble(r -> vn.atr.report.word.AgencyLinesTest
                .width(r.getCell(1).getText(), false)).max().orElseThrow();
        assertThat(typeLabel).isGreaterThanOrEqualTo(longest + 2 * 5.4);
        // a month needs little room: its figure columns get the rest, the headers two lines at most
        assertThat(monthLabel).isLessThan(typeLabel / 2);
        double figure = ((BigInteger) months.getCTTbl().getTblGrid().getGridColArray(2).getW()).intValue() / 20.0;
        for (int i = 2; i < months.getRow(0).getTableCells().size(); i++) {
            String header = months.getRow(0).getCell(i).getText();
            assertThat(vn.atr.report.word.AgencyLinesTest.width(header, true))
                    .as(header).isLessThanOrEqualTo(2 * (figure - 2 * 5.4));
        }
    }

    @Test
    void aLongAppendixTableSplitsButKeepsItsHeaderWithItsFirstRowsAndItsTotalWithItsLastOnes() throws Exception {
        var rows = java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(i -> vn.atr.domain.report.AppendixTable.Row.of("Xã số " + i, i)).toList();
        var list = new java.util.ArrayList<>(model.appendices());
        list.add(new vn.atr.domain.report.AppendixTable("VIII", "HOẠT ĐỘNG THEO XÃ", List.of("Xã", "Số hoạt động"),
                rows, 1, false));
        ReportModel m = new ReportModel(model.period(), model.unitName(), model.agency(), model.homeProvinceName(),
                model.draft(), model.current(), model.previous(), list, model.submission(), model.indicators(),
                model.facts());
        Path file = ReportFixture.docx(services, m, dir.resolve("long.docx"), ReportOptions.DEFAULT);
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable t = d.getTables().get(d.getTables().size() - 1);
            int n = t.getNumberOfRows();
            assertThat(n).isEqualTo(62); // header, 60 communes, total
            List<Boolean> kept = t.getRows().stream().map(r -> r.getCell(1).getParagraphs().get(0).getCTP().getPPr()
                    .isSetKeepNext()).toList();
            assertThat(kept.subList(0, 3)).containsOnly(true); // the header and the first rows stay together
            assertThat(kept.subList(3, n - 3)).containsOnly(false); // the table may split between pages here
            assertThat(kept.subList(n - 3, n - 1)).containsOnly(true); // the last rows stay with the total
            assertThat(kept.get(n - 1)).isFalse();
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            XWPFParagraph label = d.getParagraphs().stream().filter(p -> p.getText().equals("Phụ lục VIII")).findFirst()
                    .orElseThrow();
            assertThat(label.getCTP().getPPr().isSetKeepNext()).isTrue();
        }
    }

    /** The label column's width in points, from the table's grid. */
    private static double label(XWPFTable t) {
        return ((BigInteger) t.getCTTbl().getTblGrid().getGridColArray(1).getW()).intValue() / 20.0;
    }

    @Test
    void headingsCaptionsAndBodyUseWordStylesWithOutlineLevels() {
        var styles = doc.getStyles();
        var normal = styles.getStyle("Normal").getCTStyle();
        assertThat(normal.isSetDefault()).isTrue();
        assertThat(normal.getRPr().getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
        assertThat(normal.getRPr().getSzArray(0).getVal().toString()).isEqualTo("28");
        assertThat(normal.getPPr().getInd().getFirstLine().toString()).isEqualTo("720");
        for (int level = 1; level <= 3; level++) {
            var h = styles.getStyle("Heading" + level).getCTStyle();
            assertThat(h.getName().getVal()).isEqualTo("heading " + level);
            assertThat(h.getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            assertThat(h.getBasedOn().getVal()).isEqualTo("Normal");
        }
        assertThat(styles.getStyle("Caption").getCTStyle().getName().getVal()).isEqualTo("caption");
        assertThat(styles.getStyle("AtrTableText").getCTStyle().getName().getVal()).isEqualTo("Table Text");
        assertThat(styled("Heading1")).contains("I. TÌNH HÌNH TỘI PHẠM MUA BÁN NGƯỜI", "II. KẾT QUẢ THỰC HIỆN",
                "V. ĐỀ XUẤT, KIẾN NGHỊ");
        assertThat(styled("Heading2")).contains("1. Công tác chỉ đạo, điều hành, ban hành văn bản");
        assertThat(styled("Heading3")).contains("a) Tiếp nhận, xác minh, xác định nạn nhân");
        assertThat(styled("Caption")).contains("Biểu đồ 1. Số hoạt động theo tháng");
        for (int i = 1; i < doc.getParagraphs().size(); i++) { // a chart stays with its caption
            if ("Caption".equals(doc.getParagraphs().get(i).getStyle())) {
                XWPFParagraph chart = doc.getParagraphs().get(i - 1);
                assertThat(chart.getRuns().get(0).getEmbeddedPictures()).isNotEmpty();
                assertThat(chart.getCTP().getPPr().isSetKeepNext()).isTrue();
            }
        }
        // the headings look as before, bold 14 pt kept with the next, from their styles
        Effective e = new Effective(doc);
        for (String id : List.of("Heading1", "Heading2", "Heading3")) {
            XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> id.equals(p.getStyle())).findFirst()
                    .orElseThrow();
            XWPFRun run = heading.getRuns().get(0);
            assertThat(e.bold(heading, run)).as(id).isEqualTo(!id.equals("Heading3"));
            assertThat(e.size(heading, run)).isEqualTo(14.0);
            assertThat(e.keepNext(heading)).isTrue();
            assertThat(e.alignment(heading)).isEqualTo("both");
        }
        XWPFParagraph caption = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle())).findFirst()
                .orElseThrow();
        assertThat(e.italic(caption, caption.getRuns().get(0))).isTrue();
        assertThat(e.size(caption, caption.getRuns().get(0))).isEqualTo(12.0);
        assertThat(e.alignment(caption)).isEqualTo("center");
        XWPFParagraph plain = doc.getParagraphs().stream().filter(x -> x.getText()
                .startsWith("Năm 2023, Sở Lao động - Thương binh và Xã hội cùng các địa phương đã phối hợp"))
                .findFirst().orElseThrow();
        assertThat(plain.getStyle()).isNull(); // Normal, the default paragraph style
    }

    private List<String> styled(String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    @Test
    void documentPropertiesNameTheAgencyTitleAndPeriod() {
        var core = doc.getProperties().getCoreProperties();
        assertThat(core.getCreator()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(core.getTitle()).isEqualTo("Báo cáo kết quả công tác phòng, chống mua bán người năm 2023");
        assertThat(core.getSubject()).contains("năm 2023", vn.atr.domain.VnFormats.date(model.period().from()),
                vn.atr.domain.VnFormats.date(model.period().to()));
        var extended = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
        assertThat(extended.getCompany()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(extended.getManager()).isEqualTo("Ủy ban nhân dân thành phố Hải Phòng");
        assertThat(extended.getApplication()).doesNotContain("Apache POI");
    }

    @Test
    void noNamesOrIdentifiersInTheDocument() {
        String all = body + doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining());
        assertThat(all).doesNotContain("NN-2023-01", "HP-2023-01");
    }
}
