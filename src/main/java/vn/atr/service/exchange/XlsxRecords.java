package vn.atr.service.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.Activity;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgeBand;
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
import vn.atr.domain.VnFormats;
import vn.atr.exchange.xlsx.XlsxColumn;
import vn.atr.service.Session;

/**
 * Turns imported rows into new records (new ids, author = the session's user) and keeps the valid
 * ones. A row is valid when every cell reads, the domain's {@link RecordValidator} accepts the
 * record, its unit exists on the record's date and the user may write for it. Victims name their case
 * and support its victim by code, in the workbook or already stored: those links are resolved once
 * every sheet has been read, whatever the order of the tabs.
 */
final class XlsxRecords {
    final List<Activity> activities = new ArrayList<>();
    final List<OutreachMetric> metrics = new ArrayList<>();
    final List<TraffickingCase> cases = new ArrayList<>();
    final List<Victim> victims = new ArrayList<>();
    final List<SupportService> support = new ArrayList<>();

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

    XlsxRecords(XlsxLayout layout, Session session, String author, XlsxStore stored) {
        this.layout = layout;
        this.session = session;
        this.author = author;
        this.stored = stored;
    }

    void add(String sheetKey, XlsxRow r) {
        for (XlsxColumn c : layout.sheet(sheetKey).columns()) {
            if (c.required() && !r.has(c.key())) {
                r.missing(c.key());
            }
        }
        switch (sheetKey) {
            case XlsxLayout.ACTIVITIES -> activity(r);
            case XlsxLayout.METRICS -> metric(r);
            case XlsxLayout.CASES -> trafficking(r);
            case XlsxLayout.VICTIMS -> victim(r);
            default -> support(r);
        }
    }

    private void activity(XlsxRow r) {
        Activity a = new Activity(Meta.fresh(author), r.code("unitCode"), r.code("typeCode"), r.date("startDate"),
                r.date("endDate"), r.text("title"), r.codeOrText("leadOrg"), r.codes("partnerOrgs"),
                r.choices("topics", Topic.class), r.text("targetGroup"), small(r.whole("participants")),
                r.whole("quantity"), r.text("notes"));
        r.violations(RecordValidator.validate(a));
        if (unitUsable(r, a.unitCode(), a.startDate())) {
            activities.add(a);
        }
    }

    private void metric(XlsxRow r) {
        OutreachMetric m = new OutreachMetric(Meta.fresh(author), r.code("unitCode"), r.code("metricType"),
                r.date("periodFrom"), r.date("periodTo"), r.whole("value"), r.text("notes"));
        r.violations(RecordValidator.validate(m));
        if (unitUsable(r, m.unitCode(), m.periodFrom())) {
            metrics.add(m);
        }
    }

    private void trafficking(XlsxRow r) {
        TraffickingCase c = new TraffickingCase(Meta.fresh(author), r.code("unitCode"), r.text("caseCode"),
                r.date("detectionDate"), r.choice("detectingAgency", DetectingAgency.class),
                r.choice("scope", CaseScope.class), r.text("destinationCountry"),
                r.choices("exploitationForms", ExploitationForm.class), r.choice("status", CaseStatus.class),
                small(r.whole("suspects")), r.text("notes"));
        r.violations(RecordValidator.validate(c));
        if (c.caseCode() != null) {
            unique(r, "caseCode", c.caseCode(), rowsByCaseCode, stored.caseByCode(c.caseCode()).isPresent(),
                    "xlsx.caseExists");
        }
        if (unitUsable(r, c.unitCode(), c.detectionDate())) {
            cases.add(c);
            casesByCode.put(c.caseCode(), c);
        }
    }

    private void victim(XlsxRow r) {
        Long birthYear = r.optWhole("birthYear");
        LocalDate identified = r.date("identificationDate");
        AgeBand band = r.choice("ageBand", AgeBand.class);
        if (band == null && !r.has("ageBand") && birthYear != null) {
            // Reports count age bands; when only the birth year is known, the age at identification gives it.
            int year = identified != null ? identified.getYear() : LocalDate.now().getYear();
            band = AgeBand.ofAge((int) (year - birthYear));
        }
        Victim v = new Victim(Meta.fresh(author), r.code("unitCode"), null, r.text("victimCode"),
                r.choice("sex", Sex.class), birthYear == null ? null : small(birthYear), band, r.text("ethnicity"),
                r.text("destinationCountry"), r.yesNo("traffickedWithinVietnam"), r.code("residenceProvinceCode"),
                r.choice("legalStatus", LegalStatus.class), r.choices("exploitationForms", ExploitationForm.class),
                r.choice("returnPath", ReturnPath.class), identified, r.date("returnedDate"),
                r.yesNo("consentToDataUse"), r.text("notes"));
        if (v.victimCode() != null) {
            unique(r, "victimCode", v.victimCode(), rowsByVictimCode, stored.victimByCode(v.victimCode()).isPresent(),
                    "xlsx.victimExists");
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
        for (Pending p : pendingVictims) {
            Victim v = (Victim) p.record();
            Optional<TraffickingCase> c = link(p, "caseCode", casesByCode, rowsByCaseCode, stored::caseByCode,
                    "xlsx.badCase", "xlsx.unknownCase", XlsxLayout.CASES);
            Victim linked = new Victim(v.meta(), v.unitCode(), c.map(x -> x.meta().id()).orElse("-"), v.victimCode(),
                    v.sex(), v.birthYear(), v.ageBand(), v.ethnicity(), v.destinationCountry(),
                    v.traffickedWithinVietnam(), v.residenceProvinceCode(), v.legalStatus(), v.exploitationForms(),
                    v.returnPath(), v.identificationDate(), v.returnedDate(), v.consentToDataUse(), v.notes());
            p.row().violations(RecordValidator.validate(linked));
            LocalDate day = v.identificationDate() != null ? v.identificationDate()
                    : c.map(TraffickingCase::detectionDate).orElse(null);
            if (unitUsable(p.row(), v.unitCode(), day) && c.isPresent()) {
                victims.add(linked);
                victimsByCode.put(linked.victimCode(), linked);
            }
        }
        for (Pending p : pendingSupport) {
            SupportService s = (SupportService) p.record();
            Optional<Victim> v = link(p, "victimCode", victimsByCode, rowsByVictimCode, stored::victimByCode,
                    "xlsx.badVictim", "xlsx.unknownVictim", XlsxLayout.VICTIMS);
            SupportService linked = new SupportService(s.meta(), s.unitCode(), v.map(x -> x.meta().id()).orElse("-"),
                    s.type(), s.serviceDate(), s.provider(), s.amountVnd(), s.notes());
            p.row().violations(RecordValidator.validate(linked));
            if (unitUsable(p.row(), s.unitCode(), s.serviceDate()) && v.isPresent()) {
                support.add(linked);
            }
        }
        pendingVictims.clear();
        pendingSupport.clear();
    }

    private <T> Optional<T> link(Pending p, String key, Map<String, T> valid, Map<String, Integer> rows,
                                 java.util.function.Function<String, Optional<T>> inStore, String badKey,
                                 String unknownKey, String sheetKey) {
        if (p.code() == null) {
            return Optional.empty();
        }
        T found = valid.get(p.code());
        if (found != null) {
            return Optional.of(found);
        }
        if (rows.containsKey(p.code())) {
            p.row().problem(key, Messages.get(badKey, p.code(), layout.sheet(sheetKey).title(), rows.get(p.code())));
            return Optional.empty();
        }
        Optional<T> existing = inStore.apply(p.code());
        if (existing.isEmpty()) {
            p.row().problem(key, Messages.get(unknownKey, p.code()));
        }
        return existing;
    }

    private static void unique(XlsxRow r, String key, String code, Map<String, Integer> rows, boolean inStore,
                               String existsKey) {
        if (inStore) {
            r.problem(key, Messages.get(existsKey, code));
        } else if (rows.containsKey(code)) {
            r.problem(key, Messages.get("xlsx.repeated", code, rows.get(code)));
        } else {
            rows.put(code, r.number());
        }
    }

    /** The unit must exist on the record's date (a 2025 commune cannot hold a 2023 record) and be the user's to write. */
    private boolean unitUsable(XlsxRow r, String unit, LocalDate day) {
        if (unit != null) {
            Optional<AdminUnit> u = layout.unit(unit);
            if (u.isPresent() && day != null && !u.get().validOn(day)) {
                AdminUnit a = u.get();
                r.problem("unitCode", a.validFrom() != null && day.isBefore(a.validFrom())
                        ? Messages.get("xlsx.unitNotYet", a.name(), VnFormats.date(a.validFrom()), VnFormats.date(day))
                        : Messages.get("xlsx.unitRetired", a.name(), VnFormats.date(a.validTo()), VnFormats.date(day)));
            } else if (!session.mayTouchUnit(unit)) {
                r.problem("unitCode", Messages.get("xlsx.otherUnit", unit, session.restrictedUnit().orElse("")));
            }
        }
        return r.ok();
    }

    /** Counts fit an int for the record; the validator then refuses anything above its limit. */
    private static int small(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    int size() {
        return activities.size() + metrics.size() + cases.size() + victims.size() + support.size();
    }

    /** Valid rows per sheet title, in template order. */
    Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(layout.sheet(XlsxLayout.ACTIVITIES).title(), activities.size());
        m.put(layout.sheet(XlsxLayout.METRICS).title(), metrics.size());
        m.put(layout.sheet(XlsxLayout.CASES).title(), cases.size());
        m.put(layout.sheet(XlsxLayout.VICTIMS).title(), victims.size());
        m.put(layout.sheet(XlsxLayout.SUPPORT).title(), support.size());
        return m;
    }
}
