package vn.atr.ui.dashboard;

import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.VnFormats;
import vn.atr.service.DashboardService;
import vn.atr.ui.shell.AppContext;

/** The dashboard's figures for the selected period and the one before, reloaded when the period changes. */
public final class DashboardViewModel {
    /** The key figures shown, by {@link Summary} component name (the same names as {@code atr summary --json}). */
    public static final List<String> FIGURES = List.of("trainingCourses", "trainingParticipants", "outreachSessions",
            "outreachParticipants", "conferences", "broadcasts", "leaflets", "bannerPlaces", "newsArticles",
            "legalDocumentsPosted", "websiteNewsItems", "websiteVisits", "cases", "victims", "victimsReturned",
            "supportServices", "supportAmountVnd");
    /**
     * The figures the catalogue does not hold (cases, victims, support), shown under the catalogue's
     * indicators, which come from the catalogue ({@link #keyFigures}).
     */
    public static final List<String> CASE_FIGURES = List.of("cases", "victims", "victimsReturned", "supportServices",
            "supportAmountVnd");
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
        return new DashboardData(two.get(0), two.get(1), s.indicatorsWithPrevious(p), s.activitiesByMonth(p), units, s.activitiesByType(p),
                s.victimsBySex(p), s.victimsByAgeBand(p), s.victimsByExploitation(p));
    }

    /**
     * One line of the key figures: a group's heading (no figures), an indicator's headline figure (number of
     * activities for sessions, else its quantity) or the participants of a session indicator. {@code id} names
     * the labels ({@code figure-ID-current}) and is the indicator's catalogue code.
     */
    public record KeyFigure(String id, String label, boolean heading, long current, long previous) {
    }

    /** The key figures of the catalogue's indicators, a heading for each group with data. */
    public static List<KeyFigure> keyFigures(DashboardData d) {
        List<KeyFigure> out = new java.util.ArrayList<>();
        vn.atr.domain.catalog.IndicatorGroup group = null;
        boolean english = "en".equals(Messages.locale().getLanguage());
        for (DashboardService.IndicatorRow r : d.indicators()) {
            var i = r.indicator();
            if (i.group() != group) {
                group = i.group();
                out.add(new KeyFigure("group-" + group.name(), Messages.get("enum.IndicatorGroup." + group.name()),
                        true, 0, 0));
            }
            String name = english ? i.nameEn() : i.nameVi();
            String unit = english ? i.unitEn() : i.unitVi();
            if (i.countsSessions()) {
                out.add(new KeyFigure(i.code(), Messages.get("dashboard.indicatorSessions", name, unit),
                        false, r.current().activities(), r.previous().activities()));
                out.add(new KeyFigure(i.code() + "-participants", Messages.get("dashboard.indicatorParticipants"),
                        false, r.current().participants(), r.previous().participants()));
            } else {
                out.add(new KeyFigure(i.code(), Messages.get("dashboard.indicatorQuantity", name, unit), false,
                        r.current().quantity(), r.previous().quantity()));
            }
        }
        return out;
    }

    /** How a figure moved since the previous period, as shown in the change column, and its style class. */
    public record Change(String text, String style) {
    }

    /**
     * The change column's cell: nothing to compare against when the previous period has no data at all
     * (a "+10.215" against an empty year only says that nobody entered that year).
     */
    public static Change change(long now, long before, boolean previousHasData) {
        if (!previousHasData) {
            return new Change(Messages.get("dashboard.noChange"), "change-none");
        }
        long diff = now - before;
        return new Change(diff == 0 ? "=" : (diff > 0 ? "+" : "-") + VnFormats.number(Math.abs(diff)),
                diff > 0 ? "change-up" : diff < 0 ? "change-down" : "change-none");
    }

    /**
     * The line under the figures saying what is missing and what to do about it; empty when both periods
     * have data.
     */
    public static String note(DashboardData d, ReportPeriod p) {
        if (!d.current().hasData()) {
            return Messages.get("dashboard.emptyCurrent", p.toString());
        }
        return d.previous().hasData() ? "" : Messages.get("dashboard.emptyPrevious", p.previous().toString());
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

    /**
     * The days a bar of the month chart stands for: its reporting month ("2023-03": 15/02/2023 to 14/03/2023, as
     * the chart counts them), within the period shown.
     */
    static ReportPeriod monthWithin(String key, ReportPeriod shown) {
        java.time.YearMonth m = java.time.YearMonth.parse(key);
        ReportPeriod month = ReportPeriod.ofMonth(m.getYear(), m.getMonthValue());
        return new ReportPeriod(month.from().isBefore(shown.from()) ? shown.from() : month.from(),
                month.to().isAfter(shown.to()) ? shown.to() : month.to());
    }
}
