package vn.atr.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.atr.domain.Tally;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.AppendixTable.Row;
import vn.atr.domain.report.Figures;

/** Builds the appendix tables (Phụ lục I, II...) from the figures; both renderers print these. */
public final class AppendixTables {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    /** "I" for 1 ... "X" for 10: an appendix's number. */
    public static String roman(int n) {
        return ROMAN[n - 1];
    }

    /**
     * What a table's reader must know to compare it with their own records, printed under it in the workbook: the
     * months are reporting months (15th to 14th, Decree 09/2019), so a ward's calendar January does not match. The
     * document's column says "Tháng báo cáo" instead: two more lines there moved the table off the page it shares.
     */
    public static java.util.Optional<String> note(AppendixTable t, ReportText text) {
        return "months".equals(t.key()) ? java.util.Optional.of(text.get("appendix.note.months"))
                : java.util.Optional.empty();
    }

    private final ReportText text;
    private final List<AppendixTable> tables = new ArrayList<>();

    private AppendixTables(ReportText text) {
        this.text = text;
    }

    public static List<AppendixTable> of(Figures f, ReportText text) {
        return of(f, text, List.of());
    }

    /**
     * The tables of {@code f}; Phụ lục I (communication by type) leaves out the indicators of the catalogue groups
     * that have their own sentence (inspection, cooperation, funding: ADR 0110), which are no communication.
     */
    public static List<AppendixTable> of(Figures f, ReportText text, List<vn.atr.domain.catalog.Indicator> catalogue) {
        java.util.Set<String> own = new java.util.HashSet<>();
        catalogue.stream().filter(i -> IndicatorItems.OWN_SENTENCE.contains(i.group())).forEach(i -> own.add(i.code()));
        AppendixTables t = new AppendixTables(text);
        java.util.Set<String> metrics = new java.util.HashSet<>();
        catalogue.stream().filter(i -> i.kind() == vn.atr.domain.catalog.IndicatorKind.METRIC)
                .forEach(i -> metrics.add(i.code()));
        java.util.Set<String> byRecords = new java.util.HashSet<>(); // "other" activities: counted by records
        catalogue.stream().filter(i -> i.countsRecords() && !i.countsSessions()).forEach(i -> byRecords.add(i.code()));
        t.add("types", f.activitiesByType().stream().filter(a -> !own.contains(a.key())).toList(), a -> noRecord(a) ? Row.noRecord(a.label(), 3)
                : Row.of(a.label(), a.records(), a.participants(), a.quantity())
                        .unmeasured(unmeasured(a, metrics, byRecords)), 2, false);
        t.add("months", f.activitiesByMonth(), a -> Row.of(a.label(), a.records(), a.sessions(), a.participants()), 3,
                false);
        // Activities by unit describe no person: not suppressed (cases and victims by unit are).
        t.add("units", f.activitiesByUnit(),
                a -> Row.of(a.label(), a.records(), a.sessions(), a.quantity(), a.participants()), 4, false);
        t.add("caseUnits", f.casesByUnit(), c -> Row.of(c.label(), c.count(), c.value()), 2, true);
        t.grouped("cases", List.of("agency", "scope", "caseForm"),
                List.of(f.casesByAgency(), f.casesByScope(), f.casesByExploitation()));
        t.grouped("victims", List.of("sex", "age", "residence", "province", "ethnicity", "victimForm", "destination", "return",
                        "legal"),
                List.of(f.victimsBySex(), f.victimsByAge(), f.victimsByResidence(), f.victimsByProvince(),
                        f.victimsByEthnicity(), f.victimsByExploitation(),
                        f.victimsByDestination().isEmpty() ? List.of() : f.victimsByPlace(),
                        f.victimsByReturnPath(), f.victimsByLegalStatus()));
        t.add("support", f.supportByType(), s -> Row.of(ReportText.capitalize(s.label()), s.count(), s.value()), 2,
                false);
        return List.copyOf(t.tables);
    }

    /**
     * The columns of Phụ lục I (activities, participants, quantity) an indicator does not count: sessions have
     * participants and no quantity, materials and media a quantity and no participants, a counted metric only
     * its value, "other" activities their number (participants or a quantity only where recorded).
     */
    private static java.util.List<Integer> unmeasured(vn.atr.domain.ActivityTally a, java.util.Set<String> metrics,
                                                      java.util.Set<String> byRecords) {
        if (metrics.contains(a.key())) {
            return java.util.List.of(0, 1);
        }
        if (byRecords.contains(a.key())) {
            return java.util.List.of(1, 2);
        }
        return a.measure() == vn.atr.domain.Measure.SESSIONS ? java.util.List.of(2) : java.util.List.of(1);
    }

    /** Nothing recorded for the indicator in the period (a metric has its value as quantity, no records). */
    private static boolean noRecord(vn.atr.domain.ActivityTally a) {
        return a.records() == 0 && a.participants() == 0 && a.quantity() == 0;
    }

    private <T> void add(String id, List<T> items, Function<T, Row> row, int totals, boolean byUnit) {
        tables.add(new AppendixTable(ROMAN[tables.size()], text.get("appendix." + id + ".title"),
                text.headers("appendix." + id + ".h"), items.stream().map(row).toList(), totals, byUnit, id));
    }

    /** Breakdowns under sub-headings: no total row, since one record may count under several. */
    private void grouped(String id, List<String> groups, List<List<Tally>> breakdowns) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (breakdowns.get(i).isEmpty()) {
                continue;
            }
            rows.add(Row.heading(text.get("group." + groups.get(i))));
            for (Tally t : breakdowns.get(i)) { // a row without a label: the victims trafficked within Vietnam
                rows.add(Row.of(ReportText.capitalize(t.label() == null ? text.get("victims.withinVietnam") : t.label()),
                        t.count()));
            }
        }
        tables.add(new AppendixTable(ROMAN[tables.size()], text.get("appendix." + id + ".title"),
                text.headers("appendix." + id + ".h"), rows, 0, id.equals("victims"), id));
    }
}
