package vn.atr.ui.dashboard;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.function.Consumer;
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

/** Bar charts of the dashboard (JFreeChart in a ChartViewer); a click on a bar reports its key. */
final class DashboardCharts {
    private static final Color BAR = new Color(0x0969DA);
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

    static ChartViewer bars(String title, DefaultCategoryDataset data, boolean horizontal, Consumer<BarKey> onClick) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, false, true, false);
        chart.getTitle().setFont(TITLE);
        // Dots below letters (ạ, ộ) are clipped without room under the title.
        chart.getTitle().setPadding(new RectangleInsets(2, 2, 8, 2));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0D7DE));
        plot.setOutlineVisible(false);
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits(
                java.util.Locale.forLanguageTag("vi-VN")));
        if (!horizontal) {
            // Twelve or thirteen month labels side by side only fit slanted.
            plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.08);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setPrefSize(490, 290);
        viewer.setMinHeight(260);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof CategoryItemEntity item && item.getColumnKey() instanceof BarKey k) {
                    onClick.accept(k);
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
