package vn.atr.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Messages;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.domain.catalog.IndicatorSection;
import vn.atr.domain.report.Figures;

/**
 * The communication section's list items, one per catalogue indicator with data in the period, grouped by the
 * indicator's section: "12 lớp tập huấn cho 480 lượt người", "in 500 cuốn sổ tay". An entry the report text
 * words itself ({@code comm.item.CODE}: the built-in ones) keeps its wording; any other is worded from its
 * section's pattern, its unit word and its name. Indicators without data are left out (ADR 0092).
 */
final class IndicatorItems {
    /**
     * The built-in entries in the order the report has always listed them within their section (the
     * catalogue's own order puts broadcasts before leaflets); other entries follow in the catalogue's order.
     */
    private static final List<String> BUILT_IN_ORDER = List.of(ActivityType.TRAINING,
            ActivityType.OUTREACH_SESSION, ActivityType.CONFERENCE, ActivityType.LEAFLET, ActivityType.BANNER,
            ActivityType.BROADCAST, ActivityType.NEWS_ARTICLE, ActivityType.LEGAL_DOCUMENT, ActivityType.WEBSITE_NEWS,
            OutreachMetric.WEBSITE_VISITS);

    /** The prefix of an entry's own wording ({@code comm.item.CODE}), also accepted from the text overrides. */
    static final String OWN_WORDING = "comm.item.";

    /** Groups that have their own sentence instead of an item in the communication section. */
    static final java.util.Set<IndicatorGroup> OWN_SENTENCE = java.util.EnumSet.of(IndicatorGroup.INSPECTION,
            IndicatorGroup.COOPERATION, IndicatorGroup.FUNDING);

    private final ReportText t;

    IndicatorItems(ReportText text) {
        this.t = text;
    }

    /** Section -> its items in order; a section without any item is absent. */
    Map<IndicatorSection, List<String>> bySection(List<Indicator> catalogue, Figures f) {
        Map<String, ActivityTally> byCode = f.activitiesByType().stream()
                .collect(Collectors.toMap(ActivityTally::key, Function.identity(), (a, b) -> a));
        Map<IndicatorSection, List<String>> out = new EnumMap<>(IndicatorSection.class);
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Indicator i : inOrder(catalogue)) {
            if (OWN_SENTENCE.contains(i.group())) {
                continue; // inspection, cooperation and funding: ReportSentences.otherWork
            }
            ActivityTally a = byCode.get(i.code());
            long figure = figure(i, a, f);
            if (figure > 0) {
                // the visits follow the website's news ("đưa 5 tin ..., thu hút 52.727 lượt truy cập"); without them
                // they would be the previous item's ("đăng tải 1 văn bản ..., thu hút 2.312 lượt truy cập")
                String item = i.code().equals(vn.atr.domain.OutreachMetric.WEBSITE_VISITS)
                        && !said.contains(vn.atr.domain.ActivityType.WEBSITE_NEWS)
                        ? t.get(OWN_WORDING + i.code() + ".alone", n(figure)) : item(i, a, figure);
                out.computeIfAbsent(i.section(), s -> new ArrayList<>()).add(item);
                said.add(i.code());
            }
        }
        return out;
    }

    /** The indicator's headline figure in {@code f} (what its sentence and its target quote). */
    static long headline(Indicator i, Figures f) {
        return figure(i, f.activitiesByType().stream().filter(a -> a.key().equals(i.code())).findFirst().orElse(null), f);
    }

    private static List<Indicator> inOrder(List<Indicator> catalogue) {
        List<Indicator> sorted = new ArrayList<>(catalogue);
        sorted.sort(Comparator.comparingInt(i -> {
            int builtIn = BUILT_IN_ORDER.indexOf(i.code());
            return builtIn < 0 ? BUILT_IN_ORDER.size() : builtIn;
        })); // stable: the catalogue's order among the others
        return sorted;
    }

    /**
     * The headline figure: a metric's value, the number of activities for what counts sessions and for the
     * other activities (as the report always counted them), otherwise the quantity in the unit. Website visits
     * come from the summary, which carries them in reports frozen before metrics had their row's figures.
     */
    private static long figure(Indicator i, ActivityTally a, Figures f) {
        if (OutreachMetric.WEBSITE_VISITS.equals(i.code())) {
            return f.summary().websiteVisits();
        }
        if (a == null) {
            return 0;
        }
        if (i.kind() == IndicatorKind.METRIC) {
            return a.quantity();
        }
        return i.countsRecords() ? a.records() : a.quantity();
    }

    private String item(Indicator i, ActivityTally a, long figure) {
        long participants = a == null ? 0 : a.participants();
        long quantity = a == null ? 0 : a.quantity();
        String own = OWN_WORDING + i.code();
        if (t.has(own)) {
            return t.get(own, n(figure), n(participants));
        }
        String key = "comm.indicator." + i.section().name();
        if (i.kind() == IndicatorKind.METRIC && i.section() == IndicatorSection.OTHER) {
            key += ".metric";
        } else if (i.section() == IndicatorSection.ORGANISED && participants == 0) {
            key += ".alone";
        } else if (i.section() == IndicatorSection.OTHER && !i.countsSessions() && quantity > 0
                && !t.get("comm.activityUnit").equals(i.unitVi())) {
            key += ".quantity";
        }
        return t.get(key, n(figure), n(participants), unitPhrase(i), i.nameVi(), n(quantity), i.unitVi());
    }

    /** "cuốn sổ tay": the unit word and the name, or the name alone when it starts with the unit ("tờ gấp"). */
    static String unitPhrase(Indicator i) {
        String name = ReportText.lowerFirst(i.nameVi());
        String unit = i.unitVi() == null ? "" : i.unitVi().toLowerCase(Messages.VIETNAMESE);
        return unit.isEmpty() || name.equals(unit) || name.startsWith(unit + " ") ? name : unit + " " + name;
    }

    private static String n(long v) {
        return VnFormats.number(v);
    }
}
