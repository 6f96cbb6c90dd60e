package vn.atr.ui.dashboard;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts of the dashboard (JFreeChart in a ChartViewer); a click on a bar reports its key and whether it is
 * a bar of the previous period.
 */
final class DashboardCharts {
    private static final Color BAR = new Color(0x0969DA);
    /** The previous period's bars: the same hue, lighter, so that this period's stand out. */
    private static final Color PREVIOUS = new Color(0x9CC3F5);
    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 14);

    private DashboardCharts() {
    }

    /** The bars of one chart; a new period gets new datasets in the same charts. */
    static <T> DefaultCategoryDataset dataset(List<T> rows, java.util.function.Function<T, BarKey> key,
                                              ToLongFunction<T> value) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (T row : rows) {
            data.addValue(value.applyAsLong(row), "", key.apply(row));
        }
        return data;
    }

    /** A series of bars shown in the legend by its label; {@code previous} for the period compared with. */
    record Series(boolean previous, String label) implements Comparable<Series> {
        @Override
        public int compareTo(Series o) {
            return Boolean.compare(previous, o.previous);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The month chart's bars: this period's, and beside each the previous period's in a lighter colour when that
     * period has data (each bar's key is this period's month).
     */
    static DefaultCategoryDataset months(List<DashboardViewModel.MonthBar> bars, String current, String previous) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Series now = new Series(false, current);
        Series then = new Series(true, previous);
        int order = 0;
        for (DashboardViewModel.MonthBar b : bars) {
            BarKey key = new BarKey(order++, b.key(), b.label());
            data.addValue(b.current(), now, key);
            if (b.previous() >= 0) {
                data.addValue(b.previous(), then, key);
            }
        }
        return data;
    }

    /** The legend only where two series are compared (a one-series legend would say nothing). */
    static void showLegendIfCompared(JFreeChart chart) {
        if (chart.getLegend() != null) {
            chart.getLegend().setVisible(chart.getCategoryPlot().getDataset().getRowCount() > 1);
        }
    }

    static ChartViewer bars(String title, DefaultCategoryDataset data, boolean horizontal,
                            BiConsumer<BarKey, Boolean> onClick) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, true, true, false);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        showLegendIfCompared(chart);
        chart.getTitle().setFont(TITLE);
        // Dots below letters (ạ, ộ) are clipped without room under the title.
        chart.getTitle().setPadding(new RectangleInsets(2, 2, 8, 2));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0D7DE));
        plot.setOutlineVisible(false);
        org.jfree.chart.axis.NumberAxis values = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits(
                java.util.Locale.forLanguageTag("vi-VN")));
        // bars from zero: a scale starting at 7 makes 17 look a third of 30
        values.setAutoRangeIncludesZero(true);
        if (horizontal) {
            // the names on one line, as wide as they need (up to 1.2 times the bars' area): "Tuyên truyền trên ..." was cut
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.2f);
        }
        if (!horizontal) {
            // Twelve or thirteen month labels side by side only fit slanted.
            plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setSeriesPaint(1, PREVIOUS);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        ChartViewer viewer = new ChartViewer(chart);
        // The mouse wheel scrolls the page, as everywhere else: JFreeChart's own handler zoomed the chart under
        // the pointer instead, leaving a scale that no longer starts at zero. No zoom by dragging either.
        var canvas = viewer.getCanvas();
        canvas.removeMouseHandler(canvas.getMouseHandler("scroll"));
        canvas.setDomainZoomable(false);
        canvas.setRangeZoomable(false);
        viewer.setPrefSize(490, 290);
        viewer.setMinHeight(260);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof CategoryItemEntity item && item.getColumnKey() instanceof BarKey k) {
                    onClick.accept(k, item.getRowKey() instanceof Series s && s.previous());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                // nothing: tooltips show the value
            }
        });
        return viewer;
    }
}
