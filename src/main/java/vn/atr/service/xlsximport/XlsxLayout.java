package vn.atr.service.xlsximport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.ActivityType;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Messages;
import vn.atr.domain.Organisation;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.SupportType;
import vn.atr.domain.Topic;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.format.xlsx.XlsxColumn;
import vn.atr.format.xlsx.XlsxColumn.Kind;
import vn.atr.format.xlsx.XlsxSheet;
import vn.atr.format.xlsx.XlsxWorkbookWriter;
import vn.atr.service.Repositories;

/**
 * The fillable workbook's layout: one sheet per record kind with the columns of the sample CSVs
 * (minus the id: imported rows get new ids), Vietnamese headers from the bundle ({@code field.*}),
 * and the coded fields' lists from the store's reference data, so an administrator's new activity
 * type or unit appears in the next template. Column keys are the domain's field names, so the
 * validator's violations land on the right column.
 */
final class XlsxLayout {
    static final String ACTIVITIES = "activities";
    static final String METRICS = "metrics";
    static final String CASES = "cases";
    static final String VICTIMS = "victims";
    static final String SUPPORT = "support";

    private final Map<String, ChoiceList> lists = new HashMap<>();
    /** Every activity type by its code (retired ones too), for what a type counts. */
    private final Map<String, ActivityType> activityTypes = new HashMap<>();
    private final java.util.Set<String> byQuantity;
    private final Map<String, AdminUnit> units = new HashMap<>();
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private final List<AgeBandEntry> ageBands;

    XlsxLayout(Repositories repos, List<AgeBandEntry> ageBands) {
        this(repos, ageBands, code -> true);
    }

    /**
     * {@code offered}: the units the unit lists offer (a commune officer's template lists their own unit, not the
     * city's 130 it would then refuse); reading a workbook offers them all, so that another unit's row is refused
     * for what it is rather than as a name not in the list.
     */
    XlsxLayout(Repositories repos, List<AgeBandEntry> ageBands, java.util.function.Predicate<String> offered) {
        this.ageBands = List.copyOf(ageBands);
        this.byQuantity = repos.reference().typesCountedByQuantity();
        Map<String, String> unitLabels = new LinkedHashMap<>();
        Map<String, String> provinces = new LinkedHashMap<>();
        java.util.Optional<vn.atr.service.StoreArea> area = vn.atr.service.StoreArea.of(repos);
        for (AdminUnit u : repos.units().listAll()) {
            units.put(u.code(), u);
            if (area.map(a -> a.holds(u.code())).orElse(true) // the store's area only (a wrong pick counted)
                    && offered.test(u.code())) {
                unitLabels.put(u.code(), u.code() + " - " + u.name());
            }
            if (u.level() == UnitLevel.PROVINCE) {
                provinces.put(u.code(), u.code() + " - " + u.name());
            }
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (ActivityType t : repos.reference().activityTypes()) {
            if (t.active()) {
                types.put(t.code(), t.nameVi());
            }
            activityTypes.put(t.code(), t);
        }
        Map<String, String> orgs = new LinkedHashMap<>();
        Map<String, String> retiredOrgs = new LinkedHashMap<>();
        for (Organisation o : repos.reference().organisations()) {
            (o.active() ? orgs : retiredOrgs).put(o.code(), o.name());
        }
        // bodies no longer offered (dissolved in 2025) are still read: a workbook of 2024's work names them
        ChoiceList organisations = new ChoiceList(orgs, retiredOrgs, Map.of());
        Map<String, String> yesNoLabels = new LinkedHashMap<>();
        yesNoLabels.put("1", vi("label.yes"));
        yesNoLabels.put("0", vi("label.no"));
        ChoiceList yesNo = new ChoiceList(yesNoLabels);
        lists.put("unitCode", ChoiceList.units(unitLabels));
        lists.put("residenceProvinceCode", new ChoiceList(provinces));
        lists.put("typeCode", new ChoiceList(types));
        lists.put("leadOrg", organisations);
        lists.put("partnerOrgs", organisations);
        lists.put("topics", ChoiceList.of(Topic.class));
        Map<String, String> metricTypes = new LinkedHashMap<>();
        for (ActivityType t : repos.reference().metricTypes()) {
            if (t.active()) {
                metricTypes.put(t.code(), t.nameVi());
            }
        }
        lists.put("metricType", new ChoiceList(metricTypes));
        lists.put("detectingAgency", ChoiceList.of(DetectingAgency.class));
        lists.put("scope", ChoiceList.of(CaseScope.class));
        lists.put("status", ChoiceList.of(CaseStatus.class));
        lists.put("exploitationForms", ChoiceList.of(ExploitationForm.class));
        lists.put("sex", ChoiceList.of(Sex.class));
        lists.put("ageBand", ageBandList(ageBands));
        lists.put("legalStatus", ChoiceList.of(LegalStatus.class));
        lists.put("returnPath", ChoiceList.of(ReturnPath.class));
        lists.put("supportType", ChoiceList.of(SupportType.class));
        lists.put("traffickedWithinVietnam", yesNo);
        lists.put("consentToDataUse", yesNo);
        sheets.add(new XlsxSheet(ACTIVITIES, vi("xlsx.sheet.activities"), List.of(
                col("unitCode", Kind.CHOICE, true, 30), col("typeCode", Kind.CHOICE, true, 28),
                col("startDate", Kind.PAST_DATE, true, 14), col("endDate", Kind.DATE, false, 14),
                col("title", Kind.TEXT, false, 50), col("leadOrg", Kind.OPEN_CHOICE, false, 30),
                col("partnerOrgs", Kind.MULTI_CHOICE, false, 30), col("topics", Kind.MULTI_CHOICE, false, 20),
                col("targetGroup", Kind.TEXT, false, 30), col("participants", Kind.WHOLE, false, 14),
                col("quantity", Kind.WHOLE, false, 12), col("notes", Kind.TEXT, false, 40))));
        sheets.add(new XlsxSheet(METRICS, vi("xlsx.sheet.metrics"), List.of(
                col("unitCode", Kind.CHOICE, true, 30), col("metricType", Kind.CHOICE, true, 34),
                col("periodFrom", Kind.PAST_DATE, true, 14), col("periodTo", Kind.DATE, true, 14),
                col("value", Kind.WHOLE, true, 14), col("notes", Kind.TEXT, false, 40))));
        sheets.add(new XlsxSheet(CASES, vi("xlsx.sheet.cases"), List.of(
                col("unitCode", Kind.CHOICE, true, 30), col("caseCode", Kind.TEXT, true, 16),
                col("detectionDate", Kind.PAST_DATE, true, 14), col("detectingAgency", Kind.CHOICE, true, 20),
                col("scope", Kind.CHOICE, true, 16), col("destinationCountry", Kind.TEXT, false, 16),
                col("exploitationForms", Kind.MULTI_CHOICE, false, 28), col("status", Kind.CHOICE, true, 16),
                col("suspects", Kind.WHOLE, false, 12), col("notes", Kind.TEXT, false, 40))));
        sheets.add(new XlsxSheet(VICTIMS, vi("xlsx.sheet.victims"), List.of(
                col("unitCode", Kind.CHOICE, true, 30), col("caseCode", Kind.TEXT, true, 16),
                col("victimCode", Kind.TEXT, true, 16), col("sex", Kind.CHOICE, true, 10),
                col("birthYear", Kind.WHOLE, false, 10), col("ageBand", Kind.CHOICE, false, 22),
                col("ethnicity", Kind.TEXT, false, 12), col("destinationCountry", Kind.TEXT, false, 16),
                col("traffickedWithinVietnam", Kind.YES_NO, false, 14),
                col("residenceProvinceCode", Kind.CHOICE, true, 24), col("legalStatus", Kind.CHOICE, true, 26),
                col("exploitationForms", Kind.MULTI_CHOICE, false, 28), col("returnPath", Kind.CHOICE, false, 22),
                col("identificationDate", Kind.PAST_DATE, false, 14), col("returnedDate", Kind.PAST_DATE, false, 14),
                col("consentToDataUse", Kind.YES_NO, false, 14), col("notes", Kind.TEXT, false, 40))));
        sheets.add(new XlsxSheet(SUPPORT, vi("xlsx.sheet.support"), List.of(
                col("unitCode", Kind.CHOICE, true, 30), col("victimCode", Kind.TEXT, true, 16),
                col("supportType", Kind.CHOICE, true, 30), col("serviceDate", Kind.PAST_DATE, true, 14),
                col("provider", Kind.TEXT, false, 36), col("amountVnd", Kind.WHOLE, false, 16),
                col("notes", Kind.TEXT, false, 40))));
    }

    /** Workbook text is always Vietnamese, whatever the app's language, so a filled file reads back anywhere. */
    /** The type of {@code code}, if the store knows it. */
    java.util.Optional<ActivityType> activityType(String code) {
        return java.util.Optional.ofNullable(code == null ? null : activityTypes.get(code));
    }

    /** Whether the report counts the type's records by their quantity (see ReferenceRepository). */
    boolean countedByQuantity(String code) {
        return byQuantity.contains(code);
    }

    static String vi(String key, Object... args) {
        return Messages.format(Messages.VIETNAMESE, key, args);
    }

    private XlsxColumn col(String key, Kind kind, boolean required, int width) {
        ChoiceList list = lists.get(key);
        String header = vi("field." + key) + (required ? " *" : "");
        String hint = switch (kind) {
            case DATE -> vi("xlsx.hint.date");
            case PAST_DATE -> vi("xlsx.hint.pastDate");
            case WHOLE -> vi("xlsx.hint.whole");
            case CHOICE, YES_NO -> vi("xlsx.hint.choice");
            case MULTI_CHOICE -> vi("xlsx.hint.multi");
            case OPEN_CHOICE -> vi("xlsx.hint.open");
            case TEXT -> vi("xlsx.hint.text");
        };
        return new XlsxColumn(key, header, kind, list == null ? List.of() : list.labels(), required, width, hint);
    }

    List<XlsxSheet> sheets() {
        return sheets;
    }

    XlsxSheet sheet(String key) {
        return sheets.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** The data sheet a tab name stands for: its Vietnamese title or its key, in any case. */
    Optional<XlsxSheet> sheetNamed(String name) {
        String n = ChoiceList.normal(name);
        Optional<XlsxSheet> exact = sheets.stream().filter(s -> ChoiceList.normal(s.title()).equals(n) || s.key().equals(n))
                .findFirst();
        // a tab renamed without its marks ("Hoat dong", "VU VIEC") is still the template's: the tabs' names differ
        // without marks too
        return exact.isPresent() ? exact : sheets.stream().filter(s -> sameWithoutMarks(s.title(), name)).findFirst();
    }

    /** "Hoạt động" and "hoat  dong": the same words once marks, capitals and spacing are set aside. */
    static boolean sameWithoutMarks(String a, String b) {
        return vn.atr.domain.Text.fold(ChoiceList.normal(a)).equals(vn.atr.domain.Text.fold(ChoiceList.normal(b)));
    }

    /**
     * The configured age bands: the current ones offered, retired ones still read (old rows name them), and the
     * labels of the templates from before bands were data ("Dưới 16 tuổi", "Không rõ tuổi") read as their codes.
     */
    private static ChoiceList ageBandList(List<AgeBandEntry> bands) {
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, String> retired = new LinkedHashMap<>();
        for (AgeBandEntry b : bands) {
            (b.active() ? current : retired).put(b.code(), b.labelVi());
        }
        Map<String, String> earlier = new LinkedHashMap<>();
        for (AgeBand b : AgeBand.values()) {
            earlier.put(vi("enum.AgeBand." + b.name()), b.name());
        }
        return new ChoiceList(current, retired, earlier);
    }

    /** Every configured age band, retired ones too (a birth year gives the band; a row's band is checked). */
    List<AgeBandEntry> ageBands() {
        return ageBands;
    }

    ChoiceList list(String key) {
        return lists.get(key);
    }

    Optional<AdminUnit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    XlsxWorkbookWriter.Texts texts() {
        List<String> help = new ArrayList<>(List.of(vi("xlsx.help.rows"), vi("xlsx.help.columns"),
                vi("xlsx.help.formats"), vi("xlsx.help.lists"), vi("xlsx.help.links"),
                vi("xlsx.help.again"), vi("xlsx.help.import")));
        for (XlsxSheet s : sheets) {
            StringBuilder cols = new StringBuilder();
            for (XlsxColumn c : s.columns()) {
                cols.append(cols.isEmpty() ? "" : "; ").append(c.header()).append(" (").append(c.hint()).append(')');
            }
            help.add(vi("xlsx.help.sheet", s.title(), cols));
        }
        return new XlsxWorkbookWriter.Texts(vi("xlsx.sheet.instructions"), help,
                vi("xlsx.sheet.lists"), vi("xlsx.errorTitle"));
    }
}
