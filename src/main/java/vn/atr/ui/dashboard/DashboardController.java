package vn.atr.ui.dashboard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.TilePane;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.AgeBand;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Sex;
import vn.atr.domain.Summary;
import vn.atr.domain.Tally;
import vn.atr.domain.VnFormats;
import vn.atr.ui.common.ActivityListFilter;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.shell.Screens;
import vn.atr.ui.common.Labels;

/** Key figures beside the previous period, and the charts; a bar click opens the filtered list. */
public final class DashboardController implements Refreshable {
    private final AppContext context;
    private final DashboardViewModel model;

    @FXML private GridPane figures;
    @FXML private Label currentHeader;
    @FXML private Label previousHeader;
    @FXML private TilePane charts;
    @FXML private Label note;
    @FXML private Label chartsHint;
    @FXML private Label quietUnits;
    private final Map<DashboardChart, ChartViewer> viewers = new EnumMap<>(DashboardChart.class);
    /** The newest data while the first charts wait to be made (null before that). */
    private Map<DashboardChart, DefaultCategoryDataset> firstSets;

    public DashboardController(AppContext context) {
        this.context = context;
        this.model = new DashboardViewModel(context);
    }

    @FXML
    private void initialize() {
        model.data().addListener((o, old, d) -> show(d));
        context.onPeriodChange((o, old, p) -> model.reload());
        model.reload();
    }

    @Override
    public void refresh() {
        model.reload();
    }

    private void show(DashboardData d) {
        ReportPeriod p = context.period();
        currentHeader.setText(DashboardViewModel.currentHeader(p, LocalDate.now()));
        previousHeader.setText(DashboardViewModel.previousHeader(p));
        figures.getChildren().removeIf(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) > 0);
        boolean compare = d.previousHasData();
        note.setText(DashboardViewModel.note(d, p));
        note.setVisible(!note.getText().isEmpty());
        note.setManaged(note.isVisible());
        quietUnits.setText(DashboardViewModel.quietUnits(d));
        quietUnits.setVisible(!quietUnits.getText().isEmpty());
        quietUnits.setManaged(quietUnits.isVisible());
        // a period without any data has nothing to chart: the note says so, not seven empty frames
        charts.setVisible(d.currentHasData());
        charts.setManaged(charts.isVisible());
        chartsHint.setVisible(charts.isVisible());
        chartsHint.setManaged(charts.isVisible());
        int row = 1;
        for (DashboardViewModel.KeyFigure k : DashboardViewModel.keyFigures(d)) {
            if (k.heading()) {
                figures.add(heading(k.id(), k.label()), 0, row++, 4, 1);
            } else {
                addFigure(row++, k.id(), k.label(), k.current(), k.previous(), compare);
            }
        }
        figures.add(heading("group-cases", Messages.get("dashboard.casesGroup")), 0, row++, 4, 1);
        for (String name : DashboardViewModel.CASE_FIGURES) {
            addFigure(row++, name, DashboardViewModel.figureLabel(name), DashboardViewModel.figure(d.current(), name),
                    DashboardViewModel.figure(d.previous(), name), compare);
        }
        showCharts(d);
    }

    /**
     * The charts are made once; a new period only gives them new datasets (making seven ChartViewers
     * again was most of a period switch's time on the FX thread).
     */
    private void showCharts(DashboardData d) {
        Map<DashboardChart, DefaultCategoryDataset> sets = datasets(d);
        if (viewers.isEmpty()) {
            // Making the charts (JFreeChart, AWT fonts) was a third of the first frame's work at start: they
            // come right after it; the figures above are in it (ADR 0061).
            boolean queued = firstSets != null;
            firstSets = sets;
            if (!queued) {
                context.afterFirstFrame(this::makeCharts);
            }
        } else {
            sets.forEach((chart, set) -> {
                var c = viewers.get(chart).getChart();
                c.getCategoryPlot().setDataset(set);
                DashboardCharts.showLegendIfCompared(c);
            });
        }
    }

    private void makeCharts() {
        firstSets.forEach((chart, set) -> viewers.put(chart, DashboardCharts.bars(Messages.get(chart.titleKey), set,
                chart.horizontal, onClick(chart))));
        charts.getChildren().setAll(viewers.values());
    }

    private Map<DashboardChart, DefaultCategoryDataset> datasets(DashboardData d) {
        int[] i = {0};
        Map<DashboardChart, DefaultCategoryDataset> sets = new EnumMap<>(DashboardChart.class);
        ReportPeriod p = context.period();
        List<DashboardViewModel.MonthBar> months = DashboardViewModel.monthBars(p, d.byMonth(), d.byMonthPrevious(),
                d.previousHasData()).stream()
                .map(b -> new DashboardViewModel.MonthBar(b.key(), monthLabel(b.key()), b.current(), b.previous()))
                .toList();
        sets.put(DashboardChart.BY_MONTH, DashboardCharts.months(months,
                DashboardViewModel.currentHeader(p, LocalDate.now()), DashboardViewModel.previousHeader(p)));
        sets.put(DashboardChart.BY_UNIT, DashboardCharts.dataset(d.byUnit(), t -> new BarKey(i[0]++, t.key(), t.label()),
                ActivityTally::records));
        sets.put(DashboardChart.BY_TYPE, DashboardCharts.dataset(d.byType(), t -> new BarKey(i[0]++, t.key(), t.label()),
                ActivityTally::records));
        sets.put(DashboardChart.VICTIMS_BY_SEX, victims(d.bySex(), t -> Labels.of(Sex.class, t.key())));
        sets.put(DashboardChart.VICTIMS_BY_AGE, victims(d.byAgeBand(), DashboardController::ageLabel));
        sets.put(DashboardChart.VICTIMS_BY_RESIDENCE, victims(d.current().victimsByResidence(), t -> Messages.get(
                t.key().equals(Summary.LOCAL) ? "chart.local" : "chart.otherProvince")));
        sets.put(DashboardChart.VICTIMS_BY_EXPLOITATION, victims(d.byExploitation(),
                t -> Labels.of(ExploitationForm.class, t.key())));
        return sets;
    }

    /**
     * The band's configured (Vietnamese) name, as the report shows it; in English the seeded bands' English names.
     * The form keeps "Dưới 16 tuổi" as its choice label so that filled-in workbooks of earlier templates still match.
     */
    private static String ageLabel(Tally t) {
        String label = Labels.of(AgeBand.class, t.key());
        boolean configured = !t.key().isBlank() && (Messages.locale().equals(Messages.VIETNAMESE) || label.equals(t.key()));
        return configured ? t.label() : label;
    }

    /**
     * A click on a bar of the activity charts opens the list narrowed to it, in the period shown now; a bar of
     * the previous period opens that period's month.
     */
    private BiConsumer<BarKey, Boolean> onClick(DashboardChart chart) {
        return switch (chart) {
            case BY_MONTH -> (k, previous) -> openMonth(k, context.period(), previous);
            case BY_UNIT -> (k, previous) -> openActivities(null, k.code(), context.period().from(), context.period().to());
            case BY_TYPE -> (k, previous) -> openActivities(k.code(), null, context.period().from(), context.period().to());
            default -> (k, previous) -> { };
        };
    }

    private static DefaultCategoryDataset victims(List<Tally> rows, Function<Tally, String> label) {
        int[] i = {0};
        return DashboardCharts.dataset(rows, t -> new BarKey(i[0]++, t.key(), label.apply(t)), Tally::count);
    }

    /** "2023-01" -> "01/23": short enough for twelve bars side by side. */
    private static String monthLabel(String key) {
        return key.substring(5, 7) + "/" + key.substring(2, 4);
    }

    private void openMonth(BarKey k, ReportPeriod p, boolean previous) {
        ReportPeriod days = previous ? DashboardViewModel.monthWithin(DashboardViewModel.previousMonth(k.code(), p),
                p.previous()) : DashboardViewModel.monthWithin(k.code(), p);
        if (previous) {
            // the list keeps to the window's period: a month of last year needs last year's period
            context.periodProperty().set(p.previous());
        }
        openActivities(null, null, days.from(), days.to());
    }

    private void openActivities(String type, String unit, LocalDate from, LocalDate to) {
        if (context.navigator().open(Screens.ACTIVITIES) instanceof ActivityListFilter list) {
            list.showOnly(type, unit, from, to);
        }
    }

    private void addFigure(int row, String id, String label, long now, long before, boolean compare) {
        Label value = figure(id, "current", now);
        value.getStyleClass().add("figure-value");
        Label name = new Label(label);
        name.getStyleClass().add("figure-name");
        name.setWrapText(true); // two lines in a 1000-pixel window rather than "(..."
        // a previous period without any data has no figure to show: "-", as its change, not a 0 read as "none done"
        Label previous = figure(id, "previous", before);
        if (!compare) {
            previous.setText("-");
        }
        figures.addRow(row, name, value, previous, change(id, DashboardViewModel.change(now, before, compare)));
    }

    private static Label heading(String id, String text) {
        Label l = new Label(text);
        l.setId("figure-" + id);
        l.getStyleClass().add("figures-group");
        return l;
    }

    private static Label figure(String name, String which, long value) {
        Label l = new Label(VnFormats.number(value));
        l.setId("figure-" + name + "-" + which);
        l.getStyleClass().add("number");
        return l;
    }

    private static Label change(String name, DashboardViewModel.Change c) {
        Label l = new Label(c.text());
        l.setId("figure-" + name + "-change");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "-10.800.000 (-21%)" whole, never "(-2..."
        l.getStyleClass().addAll("number", c.style());
        return l;
    }
}
