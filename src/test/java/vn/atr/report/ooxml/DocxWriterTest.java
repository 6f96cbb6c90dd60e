package vn.atr.report.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The hand-written document parts, reopened with POI: text that XML must escape, breaks, sections, pictures. */
class DocxWriterTest {
    private static final DocxWriter.Page A4 = new DocxWriter.Page(11906, 16838, 1134, 1134, 1701, 850, 567, 567);

    @Test
    void hostileTextBreaksSectionsAndPicturesReadBackAsWritten() throws Exception {
        DocxBody body = new DocxBody();
        body.createParagraph().createRun().text("A & B <c> \"d\" 'e'\u0001 ]]> {{x}}");
        body.createParagraph().style("Heading1").createRun().text("I. Dòng một\nDòng hai").bold();
        Table t = body.createTable(1, 2).cellMargin(108);
        t.row(0).cantSplit().cell(0).width(3000).shading("D9E2F3").paragraph().createRun().text("ô 1");
        t.row(0).cell(1).addParagraph().createRun().text("ô 2");
        body.createParagraph().keepNext(true).endSection();
        byte[] png = tinyPng();
        for (int i = 0; i < 2; i++) {
            body.createParagraph().createRun().picture(new Run.Picture(png, 12700 * 100, 12700 * 50, "p" + i + ".png"));
        }
        Paragraph header = new Paragraph();
        header.createRun().text("DỰ THẢO").size(9).italic();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(A4, "Times New Roman", 14, List.of(new ParagraphStyle("Normal", "Normal", null, true, Align.BOTH,
                120, 0, 276, 720, false, null, null, null, 14, "Times New Roman"), new ParagraphStyle("Heading1",
                "heading 1", "Normal", false, null, null, null, null, null, true, 0, true, null, null, null)))
                .write(body, header, new DocumentProperties("Sở & Ban", "Báo cáo", null, null, null, null, null, null),
                        out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo("A & B <c> \"d\" 'e' ]]> {{x}}");
            assertThat(ps.get(1).getText()).isEqualTo("I. Dòng một\nDòng hai");
            assertThat(ps.get(1).getStyle()).isEqualTo("Heading1");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isZero();
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("ô 2");
            assertThat(doc.getTables().get(0).getRow(0).isCantSplitRow()).isTrue();
            assertThat(ps.get(2).isKeepNext()).isTrue();
            assertThat(ps.get(2).getCTP().getPPr().isSetSectPr()).isTrue();
            assertThat(doc.getDocument().getBody().getSectPr().getPgNumType().getStart().intValue()).isEqualTo(1);
            assertThat(doc.getAllPictures()).hasSize(2);
            var ids = doc.getDocument().xmlText();
            assertThat(ids).contains("wp:docPr id=\"1\"", "wp:docPr id=\"2\"");
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).contains("DỰ THẢO");
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader()._getHdrFtr().xmlText()).contains("PAGE");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Sở & Ban");
            // opened by Word in its own layout, not in "Compatibility Mode"
            assertThat(doc.getSettings().getCTSettings().xmlText()).contains("compatibilityMode", "w:val=\"15\"");
        }
    }

    private static byte[] tinyPng() throws Exception {
        var image = new java.awt.image.BufferedImage(4, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
