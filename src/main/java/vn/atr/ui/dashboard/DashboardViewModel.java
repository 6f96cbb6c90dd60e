package vn.atr.ui.dashboard;

import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.service.DashboardService;
import vn.atr.ui.shell.AppContext;

/** The dashboard's figures for the selected period and the one before, reloaded when the period changes. */
public final class DashboardViewModel {
    /** The key figures shown, by {@link Summary} component name (the same names as {@code atr summary --json}). */
    public static final List<String> FIGURES = List.of("outreachSessions", "outreachParticipants", "trainingCourses",
            "trainingParticipants", "leaflets", "bannerPlaces", "newsArticles", "websiteNewsItems", "cases", "victims",
            "supportServices", "supportAmountVnd");
    static final int TOP_UNITS = 10;

    private final AppContext context;
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>();

    public DashboardViewModel(AppContext context) {
        this.context = context;
    }

    public ObjectProperty<DashboardData> data() {
        return data;
    }

    public void reload() {
        ReportPeriod p = context.period();
        context.tasks().run(() -> read(context.services().dashboard(), p), data::set);
    }

    /** Reads everything the dashboard shows for the period (in a task: it touches the store). */
    public static DashboardData read(DashboardService s, ReportPeriod p) {
        List<Summary> two = s.summaryWithPrevious(p);
        List<vn.atr.domain.ActivityTally> units = s.activitiesByUnit(p).stream()
                .sorted(Comparator.comparingLong(vn.atr.domain.ActivityTally::records).reversed())
                .limit(TOP_UNITS).toList();
        return new DashboardData(two.get(0), two.get(1), s.activitiesByMonth(p), units, s.activitiesByType(p),
                s.victimsBySex(p), s.victimsByAgeBand(p), s.victimsByExploitation(p));
    }

    /** A figure of a summary by its component name. */
    public static long figure(Summary s, String name) {
        for (RecordComponent c : Summary.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return (long) c.getAccessor().invoke(s);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(name);
    }
}
