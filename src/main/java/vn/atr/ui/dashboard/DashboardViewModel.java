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
    /**
     * The key figures the report screen shows beside the draft, by {@link Summary} component name (the same names as
     * {@code atr summary --json}); the report's text says how many of the victims are not (yet) found victims.
     */
    public static final List<String> FIGURES = List.of("trainingCourses", "trainingParticipants", "outreachSessions",
            "outreachParticipants", "conferences", "broadcasts", "leaflets", "bannerPlaces", "newsArticles",
            "legalDocumentsPosted", "websiteNewsItems", "websiteVisits", "cases", "victims", "victimsReturned",
            "supportServices", "supportAmountVnd");
    /**
     * The figures the catalogue does not hold (cases, victims, support), shown under the catalogue's
     * indicators, which come from the catalogue ({@link #keyFigures}).
     */
    public static final List<String> CASE_FIGURES = List.of("cases", "victims", "victimsNotYetIdentified",
            "victimsReturned", "supportServices", "supportAmountVnd");
    static final int TOP_UNITS = 10;

    /** A key figure's label: the summary's, or the dashboard's own for a part of the row above ("trong đó ..."). */
    public static String figureLabel(String name) {
        return name.equals("victimsNotYetIdentified") ? Messages.get("dashboard.victimsNotYetIdentified")
                : Messages.get("summary." + name);
    }

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
        List<vn.atr.domain.ActivityTally> all = s.activitiesByUnit(p);
        List<vn.atr.domain.ActivityTally> units = all.stream()
                .sorted(Comparator.comparingLong(vn.atr.domain.ActivityTally::records).reversed())
                .limit(TOP_UNITS).toList();
        var quiet = s.unitsWithoutActivity(p, all.stream().map(vn.atr.domain.ActivityTally::key)
                .collect(java.util.stream.Collectors.toSet()));
        List<DashboardService.IndicatorRow> indicators = s.indicatorsWithPrevious(p);
        return new DashboardData(two.get(0), two.get(1), indicators, s.activitiesByMonth(p),
                s.activitiesByMonth(p.previous()), units, shownNames(byType(s.activitiesByType(p)), indicators),
                s.victimsBySex(p), s.victimsByAgeBand(p), s.victimsByExploitation(p), quiet);
    }

    /**
     * The bars of the chart by type: the types with activities in the period (not every type of the catalogue at
     * zero, nor the metrics, whose value is no count of activities: a budget in đồng beside numbers of sessions).
     */
    static List<vn.atr.domain.ActivityTally> byType(List<vn.atr.domain.ActivityTally> rows) {
        return rows.stream().filter(t -> t.records() > 0).toList();
    }

    /** The types named in the window's language, as the key figures above them are (the store reads Vietnamese). */
    static List<vn.atr.domain.ActivityTally> shownNames(List<vn.atr.domain.ActivityTally> rows,
                                                         List<DashboardService.IndicatorRow> indicators) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        indicators.forEach(r -> names.put(r.indicator().code(), r.indicator().shownName()));
        return rows.stream().map(t -> new vn.atr.domain.ActivityTally(t.key(), names.getOrDefault(t.key(), t.label()),
                t.measure(), t.records(), t.participants(), t.quantity(), t.sessions())).toList();
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
            } else if (i.countsRecords()) { // "other" activities: their number, as the report counts them
                out.add(new KeyFigure(i.code(), Messages.get("dashboard.indicatorSessions", name,
                        Messages.get("dashboard.activityUnit")), false, r.current().activities(), r.previous().activities()));
                if (r.current().participants() > 0 || r.previous().participants() > 0) {
                    out.add(new KeyFigure(i.code() + "-participants", Messages.get("dashboard.indicatorParticipants"),
                            false, r.current().participants(), r.previous().participants()));
                }
                if (r.current().quantity() > 0 || r.previous().quantity() > 0) { // "cuốn" of a handbook handed out
                    out.add(new KeyFigure(i.code() + "-quantity", Messages.get("dashboard.indicatorOtherQuantity", unit),
                            false, r.current().quantity(), r.previous().quantity()));
                }
            } else {
                out.add(new KeyFigure(i.code(), Messages.get("dashboard.indicatorQuantity", name, unit), false,
                        r.current().quantity(), r.previous().quantity()));
            }
        }
        return out;
    }

    /**
     * The current column's header: a period still running says up to which day its figures go, so that a quarter
     * five days from its end is not read as a whole one against last year's.
     */
    public static String currentHeader(ReportPeriod p, java.time.LocalDate today) {
        return !today.isBefore(p.from()) && today.isBefore(p.to())
                ? Messages.get("dashboard.currentSoFar", p.toString(), VnFormats.date(today))
                : Messages.get("dashboard.current", p.toString());
    }

    /**
     * The previous column's header as a civil servant names it: the previous year, or the same period a year
     * earlier for the 6 and 9 months, quarters and months (not the half-year before); a range of dates, the days
     * just before it.
     */
    public static String previousHeader(ReportPeriod p) {
        String key = switch (p.kind()) {
            case YEAR -> "dashboard.previousYear";
            case CUSTOM -> "dashboard.previous";
            default -> "dashboard.samePeriodLastYear";
        };
        return Messages.get(key, p.previous().toString());
    }

    /** How a figure moved since the previous period, as shown in the change column, and its style class. */
    public record Change(String text, String style) {
    }

    /**
     * The change column's cell: the difference and, against a figure above zero, the share it makes of it
     * ("+12 (+25%)", "-54 (-100%)"), so that 12 more sessions in a ward and in the city read for what they are.
     * Nothing to compare against when the previous period has no data at all (a "+10.215" against an empty year
     * only says that nobody entered that year).
     */
    public static Change change(long now, long before, boolean previousHasData) {
        if (!previousHasData) {
            return new Change(Messages.get("dashboard.noChange"), "change-none");
        }
        long diff = now - before;
        if (diff == 0) {
            return new Change("=", "change-none");
        }
        String sign = diff > 0 ? "+" : "-";
        String text = sign + VnFormats.number(Math.abs(diff));
        long pct = before > 0 ? Math.round(100.0 * Math.abs(diff) / before) : 0;
        if (pct > 0) {
            text += " (" + sign + VnFormats.number(pct) + "%)";
        }
        return new Change(text, diff > 0 ? "change-up" : "change-down");
    }

    /**
     * One bar pair of the month chart: a reporting month of the period, its activities, and those of the same
     * place in the previous period ({@code previous} -1 when that period has no data: one series only).
     */
    public record MonthBar(String key, String label, long current, long previous) {
    }

    /**
     * Every reporting month of the period in order, months without activity at 0 (a gap would hide the month
     * in which nothing was done), each beside the month at the same place in the previous period (the same
     * month a year earlier for the decree's periods).
     */
    public static List<MonthBar> monthBars(ReportPeriod p, List<vn.atr.domain.ActivityTally> now,
                                           List<vn.atr.domain.ActivityTally> before, boolean compare) {
        java.util.Map<String, vn.atr.domain.ActivityTally> current = new java.util.HashMap<>();
        now.forEach(t -> current.put(t.key(), t));
        java.util.Map<String, Long> previous = new java.util.HashMap<>();
        before.forEach(t -> previous.put(t.key(), t.records()));
        List<MonthBar> bars = new java.util.ArrayList<>();
        for (java.time.YearMonth m : p.reportMonths()) {
            var t = current.get(m.toString());
            String label = t != null ? t.label() : String.format("%02d/%d", m.getMonthValue(), m.getYear());
            long then = compare ? previous.getOrDefault(previousMonth(m.toString(), p), 0L) : -1;
            bars.add(new MonthBar(m.toString(), label, t == null ? 0 : t.records(), then));
        }
        return bars;
    }

    /** The month of the previous period at the place of {@code key} in the chart of {@code p}. */
    static String previousMonth(String key, ReportPeriod p) {
        long shift = java.time.temporal.ChronoUnit.MONTHS.between(ReportPeriod.reportMonthOf(p.previous().from()),
                ReportPeriod.reportMonthOf(p.from()));
        return java.time.YearMonth.parse(key).minusMonths(shift).toString();
    }

    /**
     * The line under the figures saying what is missing and what to do about it; empty when both periods
     * have data.
     */
    public static String note(DashboardData d, ReportPeriod p) {
        if (!d.currentHasData()) {
            return Messages.get("dashboard.emptyCurrent", p.toString());
        }
        // names the column as its header does ("Năm trước (...)")
        return d.previousHasData() ? "" : Messages.get("dashboard.emptyPrevious", previousHeader(p));
    }

    /** At most this many units are named in the line of units without activity; the others are counted. */
    static final int QUIET_NAMED = 12;

    /**
     * The line under the charts saying where nothing was done: "3/15 đơn vị chưa có hoạt động nào trong kỳ: Huyện
     * Bạch Long Vĩ, ..."; empty for a period without data (its note says so) and where the store expects nothing.
     */
    public static String quietUnits(DashboardData d) {
        var q = d.quietUnits();
        if (q.expected() == 0 || !d.currentHasData()) {
            return "";
        }
        if (q.quiet().isEmpty()) {
            return Messages.get("dashboard.quietNone", q.expected());
        }
        List<String> names = q.quiet().stream().limit(QUIET_NAMED).map(vn.atr.domain.AdminUnit::name).toList();
        String more = q.quiet().size() > QUIET_NAMED
                ? Messages.get("dashboard.quietMore", VnFormats.number(q.quiet().size() - QUIET_NAMED)) : "";
        return Messages.get("dashboard.quiet", q.quiet().size(), q.expected(), String.join(", ", names) + more);
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
