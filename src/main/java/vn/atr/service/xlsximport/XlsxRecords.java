package vn.atr.service.xlsximport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.atr.domain.Text;
import vn.atr.domain.Activity;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Messages;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.SupportService;
import vn.atr.domain.SupportType;
import vn.atr.domain.Topic;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.AgeBandRules;
import vn.atr.format.xlsx.XlsxColumn;
import vn.atr.service.Repositories;
import vn.atr.service.Session;

/**
 * Turns imported rows into new records (new ids, author = the session's user) and keeps the valid
 * ones. A row is valid when every cell reads, the domain's {@link RecordValidator} accepts the
 * record, its unit exists on the record's date and the user may write for it. Victims name their case
 * and support its victim by code, in the workbook or already stored: those links are resolved once
 * every sheet has been read, whatever the order of the tabs.
 */
final class XlsxRecords {
    final XlsxChanges<Activity> activities;
    final XlsxChanges<OutreachMetric> metrics;
    final XlsxChanges<TraffickingCase> cases;
    final XlsxChanges<Victim> victims;
    final XlsxChanges<SupportService> support;

    private final XlsxLayout layout;
    private final Session session;
    private final String author;
    private final XlsxStore stored;
    private final Map<String, Integer> rowsByCaseCode = new HashMap<>();
    private final Map<String, TraffickingCase> casesByCode = new HashMap<>();
    private final Map<String, Integer> rowsByVictimCode = new HashMap<>();
    private final Map<String, Victim> victimsByCode = new HashMap<>();
    private final List<Pending> pendingVictims = new ArrayList<>();
    private final List<Pending> pendingSupport = new ArrayList<>();

    /** A row whose link (case or victim code) can only be checked after the whole workbook is read. */
    private record Pending(XlsxRow row, Object record, String code) {
    }

    XlsxRecords(XlsxLayout layout, Session session, String author, Repositories repos) {
        this.layout = layout;
        this.session = session;
        this.author = author;
        this.stored = new XlsxStore(repos, session::mayTouchUnit);
        activities = new XlsxChanges<>(repos.activities(), Activity::meta);
        metrics = new XlsxChanges<>(repos.metrics(), OutreachMetric::meta);
        cases = new XlsxChanges<>(repos.cases(), TraffickingCase::meta);
        victims = new XlsxChanges<>(repos.victims(), Victim::meta);
        support = new XlsxChanges<>(repos.support(), SupportService::meta);
    }

    /** Rows are read on {@code pipeline}'s reader thread from now on: the store is read through it. */
    void readOn(XlsxPipeline pipeline) {
        stored.readThrough(pipeline);
    }

    /**
     * New activities and metrics (the large sheets) are written for {@code user} in batches while reading goes
     * on, as long as {@code wanted} says the import will keep them. Cases and victims wait for the end: the
     * search for likely duplicates must not find them in the store. {@code activityIndexes} sets the activity
     * table's indexes aside once the workbook brings many rows against those stored (ADR 0186).
     */
    void writeEarly(XlsxPipeline pipeline, String user, java.util.function.BooleanSupplier wanted,
                    vn.atr.store.BulkIndexes activityIndexes) {
        activities.writeEarly(user, pipeline, wanted, activityIndexes::expectGrowing);
        metrics.writeEarly(user, pipeline, wanted, brought -> { });
    }

    /** Stores every kind: new records inserted, changed ones updated; joins the caller's transaction. */
    void write(String user) {
        activities.write(user);
        metrics.write(user);
        cases.write(user);
        victims.write(user);
        support.write(user);
    }

    void add(String sheetKey, XlsxRow r) {
        // a sum row staff add below the data ("Tổng cộng" in any cell, =SUM in the figures): said as such, once,
        // rather than as a unit not in the list and every required cell missing
        // (the cells are read only for a row missing a required cell: a full row costs nothing more; a plain loop, as
        // this runs for each of 100,000 rows)
        List<String> missing = null;
        for (XlsxColumn c : layout.sheet(sheetKey).columns()) {
            if (c.required() && !r.has(c.key())) {
                (missing == null ? missing = new ArrayList<>() : missing).add(c.key());
            }
        }
        if (missing != null) {
            for (vn.atr.format.xlsx.XlsxCell cell : r.cells()) {
                if (isTotal(cell.text())) {
                    r.rowProblem(Messages.get("xlsx.totalRow", cell.text().strip()));
                    return;
                }
            }
            missing.forEach(r::missing);
        }
        switch (sheetKey) {
            case XlsxLayout.ACTIVITIES -> activity(r);
            case XlsxLayout.METRICS -> metric(r);
            case XlsxLayout.CASES -> trafficking(r);
            case XlsxLayout.VICTIMS -> victim(r);
            default -> support(r);
        }
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z ]");

    /** Titles of the sum rows staff add below their data. */
    private static final java.util.Set<String> TOTAL_ROWS = java.util.Set.of("tong cong", "tong so", "cong", "tong",
            "tong cong cac hoat dong");

    private static boolean isTotal(String label) {
        return label != null && label.length() <= 30
                && TOTAL_ROWS.contains(NOT_LETTERS.matcher(Text.fold(label)).replaceAll("").strip());
    }

    /** The first row of each activity as the entry form compares them (unit, type, day, title, figures). */
    private final Map<SameActivity, Integer> firstRowOf = new HashMap<>(1 << 12);

    /** What the entry form compares to ask about an activity typed twice; the title as read (already composed). */
    private record SameActivity(String unit, String type, LocalDate day, String title, int participants,
                                long quantity) {
    }
    /** Rows that repeat an earlier row's activity: imported both, said (a line typed or pasted twice). */
    final List<String> repeatedRows = new ArrayList<>();
    private int repeated;
    private static final int REPEATS_SHOWN = 20;

    private void activity(XlsxRow r) {
        Activity a = new Activity(Meta.fresh(author), r.code("unitCode"), r.code("typeCode"), r.date("startDate"),
                r.date("endDate"), r.text("title"), r.codeOrText("leadOrg"), r.codes("partnerOrgs"),
                r.choices("topics", Topic.class), r.text("targetGroup"), small(r.whole("participants")),
                r.whole("quantity"), r.text("notes"));
        List<vn.atr.domain.Violation> found = new ArrayList<>(RecordValidator.forEntry(a));
        if (found.stream().noneMatch(v -> v.field().equals("quantity"))) {
            layout.activityType(a.typeCode()).flatMap(t -> RecordValidator.quantityProblem(a,
                    layout.countedByQuantity(t.code()), t.nameVi())).ifPresent(found::add);
        }
        r.violations(found);
        if (a.unitCode() != null && a.typeCode() != null && a.startDate() != null) {
            SameActivity same = new SameActivity(a.unitCode(), a.typeCode(), a.startDate(), a.title(), a.participants(),
                    a.quantity());
            Integer first = firstRowOf.putIfAbsent(same, r.number());
            if (first != null && ++repeated <= REPEATS_SHOWN) {
                repeatedRows.add(Messages.get("xlsx.repeatedActivity", r.sheetTitle(), first, r.number()));
            } else if (first != null && repeated == REPEATS_SHOWN + 1) {
                repeatedRows.add(Messages.get("xlsx.repeatedActivity.more", r.sheetTitle()));
            }
        }
        String label = a.title() != null ? a.title() : a.notes(); // "Tổng cộng" in the title, or in the notes
        if (isTotal(label)) { // a sum row staff add below the data, with its unit, type and date filled in
            r.problem(a.title() != null ? "title" : "notes", Messages.get("xlsx.totalRow", label));
        }
        if (unitUsable(r, a.unitCode(), a.startDate())) {
            activities.offer(a, stored.sameKey(a));
        }
    }

    /** The figures read so far, with their rows. */
    private final Map<String, List<MetricRow>> metricRows = new HashMap<>(); // by unit and indicator

    private record MetricRow(XlsxRow row, OutreachMetric metric) {
    }

    private void metric(XlsxRow r) {
        OutreachMetric m = new OutreachMetric(Meta.fresh(author), r.code("unitCode"), r.code("metricType"),
                r.date("periodFrom"), r.date("periodTo"), r.whole("value"), r.text("notes"));
        r.violations(RecordValidator.forEntry(m));
        // as the form: one figure for a unit, type and day (a half-year and the whole year were added up)
        List<MetricRow> sameUnitAndType = metricRows.computeIfAbsent(XlsxStore.unitAndType(m), k -> new ArrayList<>());
        Optional<XlsxRow> before = sameUnitAndType.stream().filter(x -> x.metric().overlaps(m)).map(MetricRow::row)
                .findFirst();
        if (before.isPresent()) {
            r.problem("periodFrom", Messages.get("xlsx.metricOverlapsRow", before.get().number()));
        } else {
            stored.overlapping(m).ifPresent(o -> r.violations(List.of(
                    vn.atr.service.MetricService.overlap(o))));
        }
        sameUnitAndType.add(new MetricRow(r, m));
        // the unit on the figure's first and last days (a district dissolved on 30/06/2025 counts nothing after)
        if (unitUsable(r, m.unitCode(), m.periodFrom()) && unitUsable(r, m.unitCode(), m.periodTo())) {
            metrics.offer(m, stored.sameKey(m));
        }
    }

    private void trafficking(XlsxRow r) {
        // a stored case's code as it was written: "lc-2026-01" typed for "LC-2026-01" matches it and keeps it
        String typed = r.text("caseCode");
        String unit = r.code("unitCode");
        // the unit's own case of that code; another unit's is another case, which the row must not change
        List<TraffickingCase> withCode = typed == null ? List.of() : stored.casesByCode(typed);
        Optional<TraffickingCase> same = withCode.stream().filter(x -> x.unitCode().equals(unit)).findFirst();
        String code = same.map(TraffickingCase::caseCode).orElse(typed);
        TraffickingCase c = new TraffickingCase(Meta.fresh(author), unit, code,
                r.date("detectionDate"), r.choice("detectingAgency", DetectingAgency.class),
                r.choice("scope", CaseScope.class), r.text("destinationCountry"),
                r.choices("exploitationForms", ExploitationForm.class), r.choice("status", CaseStatus.class),
                small(r.whole("suspects")), r.text("notes"));
        r.violations(RecordValidator.forEntry(c));
        if (isTotal(c.caseCode())) {
            r.problem("caseCode", Messages.get("xlsx.totalRow", c.caseCode()));
        }
        if (c.caseCode() != null) {
            unique(r, "caseCode", c.caseCode(), rowsByCaseCode);
            same.ifPresent(x -> storedUnitUsable(r, "caseCode", x.unitCode()));
            if (same.isEmpty() && unit != null && !withCode.isEmpty()) { // as the form: one case per code
                TraffickingCase other = withCode.get(0);
                r.problem("caseCode", Messages.get("case.codeTaken", other.caseCode(), layout.unit(other.unitCode())
                        .map(vn.atr.domain.AdminUnit::name).orElse(other.unitCode()),
                        vn.atr.domain.VnFormats.date(other.detectionDate())));
            }
        }
        if (unitUsable(r, c.unitCode(), c.detectionDate())) {
            casesByCode.put(Text.key(c.caseCode()), cases.add(c, same));
        }
    }

    private void victim(XlsxRow r) {
        Long birthYear = r.optWhole("birthYear");
        LocalDate identified = r.date("identificationDate");
        String band = r.code("ageBand");
        if (band == null && !r.has("ageBand") && birthYear != null) {
            // Reports count age bands; when only the birth year is known, the age at identification gives it.
            int year = identified != null ? identified.getYear() : LocalDate.now().getYear();
            band = AgeBandRules.holding(layout.ageBands(), (int) (year - birthYear)).map(AgeBandEntry::code)
                    .orElse(null);
        }
        Victim v = new Victim(Meta.fresh(author), r.code("unitCode"), null, r.text("victimCode"),
                r.choice("sex", Sex.class), birthYear == null ? null : small(birthYear), band, r.text("ethnicity"),
                r.text("destinationCountry"), r.yesNo("traffickedWithinVietnam"), r.code("residenceProvinceCode"),
                r.choice("legalStatus", LegalStatus.class), r.choices("exploitationForms", ExploitationForm.class),
                r.choice("returnPath", ReturnPath.class), identified, r.date("returnedDate"),
                r.yesNo("consentToDataUse"), r.text("notes"));
        if (v.victimCode() != null) {
            unique(r, "victimCode", v.victimCode(), rowsByVictimCode);
            stored.victimByCode(v.victimCode(), v.unitCode())
                    .ifPresent(x -> storedUnitUsable(r, "victimCode", x.unitCode()));
        }
        pendingVictims.add(new Pending(r, v, r.text("caseCode")));
    }

    private void support(XlsxRow r) {
        SupportService s = new SupportService(Meta.fresh(author), r.code("unitCode"), null,
                r.choice("supportType", SupportType.class), r.date("serviceDate"), r.text("provider"),
                r.whole("amountVnd"), r.text("notes"));
        pendingSupport.add(new Pending(r, s, r.text("victimCode")));
    }

    /** Links victims to cases and support to victims, then validates them like the other rows. */
    void resolve() {
        Map<String, TraffickingCase> caseOfVictim = new java.util.HashMap<>(); // by the victim's code, as typed
        for (Pending p : pendingVictims) {
            Victim v = (Victim) p.record();
            Optional<TraffickingCase> c = link(p, "caseCode", casesByCode, rowsByCaseCode,
                    code -> stored.caseByCode(code, v.unitCode()), "xlsx.badCase", "xlsx.unknownCase", XlsxLayout.CASES);
            // the stored victim the row stands for: of its unit and case (another's of the same code is another
            // person), its code as it was written (matched whatever the letters' case)
            Optional<Victim> sameVictim = v.victimCode() == null || c.isEmpty() ? Optional.empty()
                    : stored.sameVictim(v.victimCode(), v.unitCode(), c.get().meta().id());
            String code = sameVictim.map(Victim::victimCode).orElse(v.victimCode());
            Victim linked = new Victim(v.meta(), v.unitCode(), c.map(x -> x.meta().id()).orElse("-"), code,
                    v.sex(), v.birthYear(), v.ageBand(), v.ethnicity(), v.destinationCountry(),
                    v.traffickedWithinVietnam(), v.residenceProvinceCode(), v.legalStatus(), v.exploitationForms(),
                    v.returnPath(), v.identificationDate(), v.returnedDate(), v.consentToDataUse(), v.notes());
            p.row().violations(RecordValidator.forEntry(linked));
            // As the form: a band retired by the case's detection is not chosen for it; a stored victim keeps its own.
            if (!sameVictim.map(x -> Objects.equals(x.ageBand(), linked.ageBand())).orElse(false)) {
                AgeBandRules.usableProblem("ageBand", linked.ageBand(), layout.ageBands(),
                        c.map(TraffickingCase::detectionDate).orElse(null))
                        .ifPresent(x -> p.row().violations(List.of(x)));
            }
            LocalDate day = v.identificationDate() != null ? v.identificationDate()
                    : c.map(TraffickingCase::detectionDate).orElse(null);
            if (linked.victimCode() != null && c.isPresent()) {
                caseOfVictim.put(Text.key(linked.victimCode()), c.get());
            }
            if (unitUsable(p.row(), v.unitCode(), day) && c.isPresent()) {
                victimsByCode.put(Text.key(linked.victimCode()), victims.add(linked, sameVictim));
            }
        }
        for (Pending p : pendingSupport) {
            SupportService s = (SupportService) p.record();
            Optional<Victim> v = link(p, "victimCode", victimsByCode, rowsByVictimCode,
                    code -> stored.victimByCode(code, s.unitCode()),
                    "xlsx.badVictim", "xlsx.unknownVictim", XlsxLayout.VICTIMS);
            SupportService linked = new SupportService(s.meta(), s.unitCode(), v.map(x -> x.meta().id()).orElse("-"),
                    s.type(), s.serviceDate(), s.provider(), s.amountVnd(), s.notes());
            p.row().violations(RecordValidator.forEntry(linked));
            // as the form: support comes after its case was found (CaseService)
            v.flatMap(x -> Optional.ofNullable(caseOfVictim.get(Text.key(x.victimCode())))
                    .or(() -> stored.caseById(x.caseId())))
                    .filter(c -> s.serviceDate() != null && s.serviceDate().isBefore(c.detectionDate()))
                    .ifPresent(c -> p.row().violations(List.of(new vn.atr.domain.Violation("serviceDate",
                            "validation.supportBeforeCase", vn.atr.domain.VnFormats.date(s.serviceDate()),
                            c.caseCode(), vn.atr.domain.VnFormats.date(c.detectionDate())))));
            if (unitUsable(p.row(), s.unitCode(), s.serviceDate()) && v.isPresent()) {
                support.offer(linked, stored.sameKey(linked));
            }
        }
        pendingVictims.clear();
        pendingSupport.clear();
        activities.settle();
        metrics.settle();
        support.settle();
    }

    private <T> Optional<T> link(Pending p, String key, Map<String, T> valid, Map<String, Integer> rows,
                                 java.util.function.Function<String, Optional<T>> inStore, String badKey,
                                 String unknownKey, String sheetKey) {
        if (p.code() == null) {
            return Optional.empty();
        }
        // Codes are compared as people read them: "nn-01" and "NN-01 " (composed or not) are one code.
        T found = valid.get(Text.key(p.code()));
        if (found != null) {
            return Optional.of(found);
        }
        if (rows.containsKey(Text.key(p.code()))) {
            p.row().problem(key, Messages.get(badKey, p.code(), layout.sheet(sheetKey).title(),
                    rows.get(Text.key(p.code()))));
            return Optional.empty();
        }
        Optional<T> existing = inStore.apply(p.code());
        if (existing.isEmpty()) {
            p.row().problem(key, Messages.get(unknownKey, p.code()));
        }
        return existing;
    }

    /** A case or victim code names one row of the workbook: the row updates the stored record with that code. */
    private static void unique(XlsxRow r, String key, String code, Map<String, Integer> rows) {
        if (rows.containsKey(Text.key(code))) {
            r.problem(key, Messages.get("xlsx.repeated", code, rows.get(Text.key(code))));
        } else {
            rows.put(Text.key(code), r.number());
        }
    }

    /** A row updating a stored case or victim: the stored record's unit must be the user's to write too. */
    private void storedUnitUsable(XlsxRow r, String key, String unit) {
        if (!session.mayTouchUnit(unit)) {
            r.problem(key, otherUnit(unit));
        }
    }

    /** "Phường An Biên (10305013)": the officer knows the wards by name. */
    private String otherUnit(String unit) {
        return Messages.get("xlsx.otherUnit", named(unit), named(session.restrictedUnit().orElse("")));
    }

    private String named(String code) {
        return layout.unit(code).map(u -> u.name() + " (" + code + ")").orElse(code);
    }

    /** The unit must exist on the record's date (a 2025 commune cannot hold a 2023 record) and be the user's to write. */
    private boolean unitUsable(XlsxRow r, String unit, LocalDate day) {
        if (unit != null) {
            Optional<Violation> dated = layout.unit(unit).flatMap(u -> u.problemOn("unitCode", day));
            if (dated.isPresent()) {
                r.problem("unitCode", dated.get().reason());
            } else if (!session.mayTouchUnit(unit)) {
                r.problem("unitCode", otherUnit(unit));
            }
        }
        return r.ok();
    }

    /** Counts fit an int for the record; the validator then refuses anything above its limit. */
    private static int small(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** Records the import writes: new ones and changed ones. */
    int size() {
        return changes().mapToInt(c -> c.addedCount() + c.updated.size()).sum();
    }

    int added() {
        return changes().mapToInt(XlsxChanges::addedCount).sum();
    }

    int updated() {
        return changes().mapToInt(c -> c.updated.size()).sum();
    }

    int unchanged() {
        return changes().mapToInt(XlsxChanges::unchanged).sum();
    }

    /** The stored records the rows change, as the import writes them. */
    java.util.List<Object> updatedRecords() {
        return changes().flatMap(c -> c.updated.stream().map(r -> (Object) r)).toList();
    }

    private java.util.stream.Stream<XlsxChanges<?>> changes() {
        return java.util.stream.Stream.of(activities, metrics, cases, victims, support);
    }

    /** Valid rows per sheet title, in template order. */
    Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(layout.sheet(XlsxLayout.ACTIVITIES).title(), activities.rows());
        m.put(layout.sheet(XlsxLayout.METRICS).title(), metrics.rows());
        m.put(layout.sheet(XlsxLayout.CASES).title(), cases.rows());
        m.put(layout.sheet(XlsxLayout.VICTIMS).title(), victims.rows());
        m.put(layout.sheet(XlsxLayout.SUPPORT).title(), support.rows());
        return m;
    }
}
