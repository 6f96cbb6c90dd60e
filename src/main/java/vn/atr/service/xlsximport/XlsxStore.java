package vn.atr.service.xlsximport;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.atr.domain.Text;
import vn.atr.domain.Activity;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.service.Repositories;

/**
 * The stored records an imported row may stand for, read once per kind and only when the workbook has
 * rows of that kind (ADR 0032). Cases and victims are found by their codes (unique, the workbook's
 * links); the other kinds by a natural key: activity = unit, type, start date and title (case and
 * spacing ignored); metric = unit, type and period; support = unit, victim, type and date. Several rows with
 * one key share the stored records with that key one to one (see {@link XlsxChanges#settle}), so two
 * sessions of the same title on one day stay two. Commune staff see only their units' records here: a
 * code of another unit's case or victim reads as unknown, exactly like a code nobody uses, so neither an
 * import nor its dry run tells them whether it exists (nor links their rows below it).
 */
final class XlsxStore {
    private final Repositories repos;
    private final Predicate<String> unitVisible;
    /** Stored cases and victims by their code as people read it; a code may be used in several units. */
    private Map<String, java.util.List<TraffickingCase>> cases;
    private Map<String, java.util.List<Victim>> victims;
    private Map<String, ArrayDeque<Activity>> activities;
    private Map<String, ArrayDeque<OutreachMetric>> metrics;
    private Map<String, ArrayDeque<OutreachMetric>> metricsByUnitAndType;
    private Map<String, ArrayDeque<SupportService>> support;
    /** Set while the workbook is read on another thread: the store is read on the thread that holds it. */
    private XlsxPipeline pipeline;

    XlsxStore(Repositories repos, Predicate<String> unitVisible) {
        this.repos = repos;
        this.unitVisible = unitVisible;
    }

    void readThrough(XlsxPipeline pipeline) {
        this.pipeline = pipeline;
    }

    private <T> T read(Supplier<T> query) {
        return pipeline == null ? query.get() : pipeline.onStore(query);
    }

    /** The stored cases of {@code code} in any unit this session may see. */
    java.util.List<TraffickingCase> casesByCode(String code) {
        if (cases == null) {
            cases = byCode(repos.cases()::listActive, TraffickingCase::caseCode, TraffickingCase::unitCode);
        }
        return cases.getOrDefault(Text.key(code), java.util.List.of());
    }

    /** The visible records of one kind by their code as people read it. */
    private <T> Map<String, java.util.List<T>> byCode(Supplier<java.util.List<T>> all,
                                                      java.util.function.Function<T, String> code,
                                                      java.util.function.Function<T, String> unit) {
        Map<String, java.util.List<T>> found = new HashMap<>();
        read(all).stream().filter(x -> unitVisible.test(unit.apply(x)))
                .forEach(x -> found.computeIfAbsent(Text.key(code.apply(x)), k -> new java.util.ArrayList<>()).add(x));
        return found;
    }

    /** The unit's own record among {@code found}, else the only one; none when several other units share the code. */
    private static <T> Optional<T> ownOrOnly(java.util.List<T> found, java.util.function.Function<T, String> unitOf,
                                             String unit) {
        return found.stream().filter(x -> unitOf.apply(x).equals(unit)).findFirst()
                .or(() -> found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty());
    }

    /**
     * The stored case a row of {@code unit} links to by {@code code} (a victim's case): the unit's own, else the only
     * one of that code; none when several other units use the code.
     */
    Optional<TraffickingCase> caseByCode(String code, String unit) {
        return ownOrOnly(casesByCode(code), TraffickingCase::unitCode, unit);
    }

    /** A stored case by its id (a stored victim's), among those this session may see. */
    Optional<TraffickingCase> caseById(String id) {
        casesByCode(""); // reads them once
        return cases.values().stream().flatMap(java.util.List::stream).filter(c -> c.meta().id().equals(id)).findFirst();
    }

    /** The stored victims of {@code code} in any unit this session may see. */
    java.util.List<Victim> victimsByCode(String code) {
        if (victims == null) {
            victims = byCode(repos.victims()::listActive, Victim::victimCode, Victim::unitCode);
        }
        return victims.getOrDefault(Text.key(code), java.util.List.of());
    }

    /** The stored victim a row of {@code unit} links to by {@code code} (a support's victim); as {@link #caseByCode}. */
    Optional<Victim> victimByCode(String code, String unit) {
        return ownOrOnly(victimsByCode(code), Victim::unitCode, unit);
    }

    /**
     * The stored victim a victim row stands for: the one of that code in the row's unit and case. Another unit's or
     * another case's victim of the same code is another person (a code is a case's own): never updated by the row.
     */
    Optional<Victim> sameVictim(String code, String unit, String caseId) {
        return victimsByCode(code).stream().filter(v -> v.unitCode().equals(unit) && v.caseId().equals(caseId))
                .findFirst();
    }



    ArrayDeque<Activity> sameKey(Activity a) {
        if (activities == null) {
            activities = index(repos.activities()::listActive, XlsxStore::key);
        }
        return group(activities, a, XlsxStore::key);
    }

    ArrayDeque<OutreachMetric> sameKey(OutreachMetric m) {
        if (metrics == null) {
            metrics = index(repos.metrics()::listActive, XlsxStore::key);
        }
        return group(metrics, m, XlsxStore::key);
    }

    /** A stored figure of the row's unit and type over some of its days, under another key, if any. */
    java.util.Optional<OutreachMetric> overlapping(OutreachMetric m) {
        if (metricsByUnitAndType == null) { // its own index: the key queues are taken from as rows are matched
            metricsByUnitAndType = index(repos.metrics()::listActive, XlsxStore::unitAndType);
        }
        return metricsByUnitAndType.getOrDefault(unitAndType(m), new ArrayDeque<>()).stream()
                .filter(o -> !key(o).equals(key(m)) && o.overlaps(m)).findFirst();
    }

    /** The figures of one unit and indicator: only those can overlap a row's. */
    static String unitAndType(OutreachMetric m) {
        return m.unitCode() + '|' + m.metricType();
    }

    ArrayDeque<SupportService> sameKey(SupportService s) {
        if (support == null) {
            support = index(repos.support()::listActive, XlsxStore::key);
        }
        return group(support, s, XlsxStore::key);
    }

    static String key(Activity a) {
        return a.unitCode() + '|' + a.typeCode() + '|' + a.startDate() + '|' + titleKey(a.title());
    }

    /**
     * A title as a person tells two apart: case, spacing and punctuation set aside ("phòng, chống" retyped as
     * "phòng chống" is the same line), the words and their marks kept.
     */
    static String titleKey(String title) {
        return ChoiceList.normal(title == null ? "" : title.replaceAll("[\\p{P}\\p{S}]+", " "));
    }

    static String key(OutreachMetric m) {
        return m.unitCode() + '|' + m.metricType() + '|' + m.periodFrom() + '|' + m.periodTo();
    }

    static String key(SupportService s) {
        return s.unitCode() + '|' + s.victimId() + '|' + s.type() + '|' + s.serviceDate();
    }

    private <T> Map<String, ArrayDeque<T>> index(Supplier<List<T>> stored, Function<T, String> key) {
        Map<String, ArrayDeque<T>> index = new HashMap<>();
        for (T r : read(stored)) { // oldest first (ids are time-ordered)
            index.computeIfAbsent(key.apply(r), k -> new ArrayDeque<>()).add(r);
        }
        return index;
    }

    /**
     * The stored records with the row's key, oldest first, or null; {@link XlsxChanges#settle} takes the
     * records it matches out of this (shared) queue, so each stored record stands for one row at most.
     */
    private static <T> ArrayDeque<T> group(Map<String, ArrayDeque<T>> index, T row, Function<T, String> key) {
        if (index.isEmpty()) {
            return null; // a fresh store: no key to build for each of 100,000 rows
        }
        return index.get(key.apply(row));
    }
}
