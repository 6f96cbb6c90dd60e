package vn.atr.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.Tally;
import vn.atr.report.ReportSentences;
import vn.atr.report.ReportText;
import vn.atr.domain.report.Figures;
import vn.atr.domain.report.ReportModel;

/**
 * The report's charts as PNG images at print resolution: drawn at {@link #WIDTH_PT} x {@link #HEIGHT_PT}
 * points and scaled {@link #SCALE} times (about 200 dpi at 16 cm wide). Labels are Vietnamese, in a
 * serif font with full Vietnamese coverage.
 */
public final class ReportCharts {
    public static final int WIDTH_PT = 460;
    public static final int HEIGHT_PT = 250;
    public static final int SCALE = 3;
    static final int TOP_UNITS = 15;
    /** PNG "quality" 0.9 = deflate level 1 in the JDK's PNG writer. */
    private static final float PNG_QUALITY = 0.9f;
    private static final String FONT = pickFont();
    private static final Color[] COLORS = {new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235),
        new Color(0x7F6000)};

    private final ReportText text;

    public ReportCharts(ReportText text) {
        this.text = text;
    }

    /** A chart ready to place: its caption and PNG bytes. */
    public record Chart(String title, byte[] png) {
    }

    /**
     * A chart whose caption is known and whose image may still be rendering at {@link #HEIGHT_PT};
     * {@code atHeight} draws it again, as wide, at another height (points): the fonts keep their size.
     */
    public record Pending(String title, Supplier<byte[]> png, java.util.function.IntFunction<byte[]> atHeight) {
    }

    /** The charts for the model by slot, rendered one after the other; empty when the period has no data at all. */
    public Map<ChartSlot, Chart> all(ReportModel m) {
        Map<ChartSlot, Chart> charts = new EnumMap<>(ChartSlot.class);
        plan(m).forEach((slot, p) -> charts.put(slot, new Chart(p.title(), p.png().get())));
        return charts;
    }

    /**
     * The same charts, each rendered on {@code executor} while the caller goes on writing the document;
     * a supplier waits for its chart (rendering and PNG encoding are most of a report's time).
     */
    public Map<ChartSlot, Pending> start(ReportModel m, Executor executor) {
        Map<ChartSlot, Pending> charts = new EnumMap<>(ChartSlot.class);
        plan(m).forEach((slot, p) -> {
            CompletableFuture<byte[]> png = CompletableFuture.supplyAsync(p.png(), executor);
            charts.put(slot, new Pending(p.title(), png::join, p.atHeight()));
        });
        return charts;
    }

    /** The charts the period has, each in its slot. */
    private Map<ChartSlot, Pending> plan(ReportModel m) {
        Map<ChartSlot, Pending> charts = new EnumMap<>(ChartSlot.class);
        Figures f = m.current();
        if (!f.hasData()) {
            return charts;
        }
        // a period with cases but no activity has no activity charts (an empty frame with a 0-1 axis says nothing);
        // nor has a month's report a chart by month, or one unit's a chart by unit: one full-width bar
        if (f.activitiesByMonth().size() > 1 && f.activitiesByMonth().stream().anyMatch(a -> a.records() > 0)) {
            charts.put(ChartSlot.BY_MONTH, byMonth(f));
        }
        if (f.activitiesByUnit().stream().filter(a -> a.records() > 0).count() > 1) {
            charts.put(ChartSlot.BY_UNIT, byUnit(f));
        }
        if (f.summary().victims() > 0) {
            charts.put(ChartSlot.VICTIMS, victims(f));
        }
        if (m.previous().hasData()) {
            charts.put(ChartSlot.COMPARISON, compare(m));
        }
        return charts;
    }

    Pending byMonth(Figures f) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (ActivityTally a : f.activitiesByMonth()) {
            d.addValue(a.records(), text.get("chart.axis.activities"), a.label());
        }
        String title = text.get("chart.byMonth");
        return render(title, bar(d, text.get("chart.axis.month"), text.get("chart.axis.activities"),
                PlotOrientation.VERTICAL, false));
    }

    Pending byUnit(Figures f) {
        List<ActivityTally> units = f.activitiesByUnit().stream()
                .sorted(Comparator.comparingLong(ActivityTally::records).reversed()).limit(TOP_UNITS).toList();
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (ActivityTally a : units) {
            d.addValue(a.records(), text.get("chart.axis.activities"), a.label());
        }
        String title = f.activitiesByUnit().size() > TOP_UNITS
                ? text.get("chart.byUnit.top", String.valueOf(TOP_UNITS)) : text.get("chart.byUnit");
        return render(title, bar(d, text.get("chart.axis.unit"), text.get("chart.axis.activities"),
                PlotOrientation.HORIZONTAL, false));
    }

    Pending victims(Figures f) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        add(d, text.get("group.sex"), f.victimsBySex());
        add(d, text.get("group.age"), f.victimsByAge());
        add(d, text.get("group.return"), f.victimsByReturnPath());
        JFreeChart chart = ChartFactory.createStackedBarChart(null, "", text.get("chart.axis.victims"), d,
                PlotOrientation.HORIZONTAL, true, false, false);
        return render(text.get("chart.victims"), style(chart, d, PlotOrientation.HORIZONTAL));
    }

    Pending compare(ReportModel m) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        String now = ReportText.capitalize(period(m, false)); // the legend's entries
        String before = period(m, true);
        for (ActivityTally a : m.previous().activitiesByType()) {
            if (a.records() > 0 || current(m, a.key()) > 0) {
                d.addValue(a.records(), ReportText.capitalize(before), a.label());
                d.addValue(current(m, a.key()), now, a.label());
            }
        }
        // "So sánh với năm 2022", "So sánh với kỳ từ ngày ... đến ngày ..." (a range is not a noun on its own)
        String caption = m.period().previous().kind() == vn.atr.domain.PeriodKind.CUSTOM
                ? text.get("chart.compare.range", before) : text.get("chart.compare", before);
        JFreeChart chart = bar(d, "", text.get("chart.axis.activities"), PlotOrientation.HORIZONTAL, true);
        // this period dark, the one compared with lighter, as on the dashboard (the first series is the earlier)
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setSeriesPaint(0, EARLIER);
        r.setSeriesPaint(1, COLORS[0]);
        return render(caption, chart);
    }

    /** The period a comparison sets this one against: the same blue as this period's bars, lighter. */
    private static final Color EARLIER = new Color(0x9DC3E6);

    private static long current(ReportModel m, String type) {
        return m.current().activitiesByType().stream().filter(a -> a.key().equals(type))
                .mapToLong(ActivityTally::records).sum();
    }

    /** "năm 2023", "6 tháng đầu năm 2024": the periods of the comparison chart. */
    private String period(ReportModel m, boolean previous) {
        return new ReportSentences(text).periodPhrase(previous ? m.previous().period() : m.current().period());
    }

    private static void add(DefaultCategoryDataset d, String series, List<Tally> rows) {
        for (Tally t : rows) {
            d.addValue(t.count(), series, ReportText.capitalize(t.label()));
        }
    }

    private static JFreeChart bar(DefaultCategoryDataset d, String categoryAxis, String valueAxis,
                                  PlotOrientation orientation, boolean legend) {
        return style(ChartFactory.createBarChart(null, categoryAxis, valueAxis, d, orientation, legend, false, false),
                d, orientation);
    }

    private static JFreeChart style(JFreeChart chart, DefaultCategoryDataset d, PlotOrientation orientation) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.setOutlineVisible(false);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.02);
        for (int i = 0; i < COLORS.length; i++) {
            r.setSeriesPaint(i, COLORS[i]);
        }
        Font label = new Font(FONT, Font.PLAIN, 9);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(label);
        categories.setLabelFont(label);
        categories.setMaximumCategoryLabelLines(2);
        if (orientation == PlotOrientation.HORIZONTAL) {
            // one line a bar, as wide as it needs up to 45% of the chart: a second line ran into the next bar
            // ("Huyện Bạch Long Vĩ (đến 30/06/2025)" over "Quận Dương Kinh ...")
            categories.setMaximumCategoryLabelLines(1);
            categories.setMaximumCategoryLabelWidthRatio(0.45f);
        }
        if (orientation == PlotOrientation.VERTICAL && d.getColumnCount() > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(label);
        values.setLabelFont(label);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(vn.atr.domain.Messages.VIETNAMESE));
        values.setNumberFormatOverride(vietnameseNumbers());
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(label);
            legendTitle.setItemLabelPadding(new RectangleInsets(2, 2, 4, 2));
        }
        return chart;
    }

    private static java.text.NumberFormat vietnameseNumbers() {
        java.text.DecimalFormatSymbols s = new java.text.DecimalFormatSymbols(vn.atr.domain.Messages.VIETNAMESE);
        s.setGroupingSeparator('.');
        return new java.text.DecimalFormat("#,##0", s);
    }

    private static Pending render(String title, JFreeChart chart) {
        return new Pending(title, () -> png(chart, HEIGHT_PT), height -> png(chart, height));
    }

    private static byte[] png(JFreeChart chart, int heightPt) {
        BufferedImage image = new BufferedImage(WIDTH_PT * SCALE, heightPt * SCALE, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            // a chart drawn lower to fill a page is drawn again while its first drawing may still run on a chart
            // thread: a JFreeChart lays out its legend and axes in its own state, one drawing at a time
            synchronized (chart) {
                chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH_PT, heightPt));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            // the fastest deflate level: on these flat-coloured charts it is about twice as fast as the
            // default and gives a smaller file (measured: 16 ms and 47 KB against 34 ms and 85 KB)
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Loads JFreeChart's and the font's classes (a small chart drawn and thrown away). */
    public static void prewarm() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        d.addValue(1, "a", "b");
        JFreeChart chart = style(ChartFactory.createBarChart(null, "", "", d, PlotOrientation.VERTICAL, false,
                false, false), d, PlotOrientation.VERTICAL);
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 40, 20));
        g.dispose();
    }

    /** Times New Roman where installed, else a metric-compatible serif with Vietnamese glyphs. */
    private static String pickFont() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String f : List.of("Times New Roman", "Liberation Serif", "DejaVu Serif")) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return Font.SERIF;
    }
}
