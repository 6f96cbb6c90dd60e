package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.report.chart.ReportCharts;
import vn.atr.service.Services;

/**
 * The sample report (the README's first command): a chart that would not fit at the bottom of its page is drawn
 * lower to fill it, redrawn at that height rather than squeezed, and stays kept with its caption.
 * docs/decisions/0116 has the measurements in LibreOffice's rendering.
 */
class ChartPageFillTest {
    @TempDir
    Path dir;

    private record Placed(XWPFParagraph paragraph, XWPFPicture picture, String caption) {
    }

    @Test
    void aChartLowOnItsPageIsDrawnLowerToFillItAndKeepsItsProportionsAndCaption() throws Exception {
        Path docx;
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = ReportFixture.model(s, vn.atr.domain.ReportPeriod.ofHalfYear(2023));
            docx = ReportFixture.docx(s, m, dir.resolve("bc.docx"), ReportOptions.DEFAULT);
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<Placed> charts = new ArrayList<>();
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                for (XWPFRun r : paragraphs.get(i).getRuns()) {
                    for (XWPFPicture pic : r.getEmbeddedPictures()) {
                        charts.add(new Placed(paragraphs.get(i), pic, paragraphs.get(i + 1).getText()));
                    }
                }
            }
            assertThat(charts).hasSize(3);
            List<Double> heights = new ArrayList<>();
            for (Placed c : charts) {
                assertThat(c.caption()).startsWith("Biểu đồ " + (heights.size() + 1) + ".");
                assertThat(c.paragraph().getCTP().getPPr().isSetKeepNext()).isTrue();
                double width = Units.toPoints(c.picture().getCTPicture().getSpPr().getXfrm().getExt().getCx());
                double height = Units.toPoints(c.picture().getCTPicture().getSpPr().getXfrm().getExt().getCy());
                heights.add(height);
                assertThat(width).isEqualTo(ReportCharts.WIDTH_PT);
                // redrawn at its height: the image's pixels have the proportions of its place on the page
                var image = ImageIO.read(new ByteArrayInputStream(c.picture().getPictureData().getData()));
                assertThat(image.getWidth() / (double) image.getHeight()).isCloseTo(width / height,
                        org.assertj.core.data.Offset.offset(0.01));
            }
            // in the sample's first half of 2023, chart 3 comes low on its page and fills what is left of it; every
            // chart is either whole or drawn lower down to the share below which it goes to the next page instead
            assertThat(heights).allSatisfy(h -> assertThat(h).isBetween(ReportCharts.HEIGHT_PT * 0.6,
                    (double) ReportCharts.HEIGHT_PT));
            assertThat(heights.get(0)).isEqualTo(ReportCharts.HEIGHT_PT);
            assertThat(heights.get(2)).isLessThan(ReportCharts.HEIGHT_PT);
        }
    }

    /**
     * A chart is drawn lower on the document's thread while its first drawing may still run on a chart thread (the
     * document is written faster than the charts): both drawings of one chart take turns, or its legend's layout
     * broke (JFreeChart threw ArrayIndexOutOfBounds or ConcurrentModification exceptions once the document was
     * written faster than its charts).
     */
    @Test
    void aChartDrawnLowerWhileItsFirstDrawingRunsWaitsForIt() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = ReportFixture.model(s, vn.atr.domain.ReportPeriod.ofYear(2023));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                var charts = new ReportCharts(ReportText.vietnamese()).start(m, pool);
                assertThat(charts).hasSizeGreaterThan(2);
                for (var c : charts.values()) { // each chart drawn at several heights at once, beside its first drawing
                    List<java.util.concurrent.Future<byte[]>> lower = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        int height = ReportCharts.HEIGHT_PT - 10 * (i + 1);
                        lower.add(pool.submit(() -> c.atHeight().apply(height)));
                    }
                    for (int i = 0; i < lower.size(); i++) {
                        var image = ImageIO.read(new ByteArrayInputStream(lower.get(i).get()));
                        assertThat(image.getHeight()).isEqualTo((ReportCharts.HEIGHT_PT - 10 * (i + 1)) * ReportCharts.SCALE);
                    }
                    assertThat(c.png().get()).isNotEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
