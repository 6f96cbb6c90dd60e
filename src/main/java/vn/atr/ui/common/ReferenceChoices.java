package vn.atr.ui.common;

import java.util.List;
import java.util.Optional;
import vn.atr.domain.ActivityType;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.Messages;
import vn.atr.domain.Organisation;
import vn.atr.domain.VnFormats;
import vn.atr.service.ReferenceService;

/**
 * The choice lists of the coded fields, read once per screen from the reference data, with the unit this
 * installation serves (the unit a new record starts in), so that no form reads the store on the FX thread.
 */
public record ReferenceChoices(List<Choice> activityTypes, List<Choice> units, List<String> organisations,
                               List<Choice> provinces, String installationUnit,
                               java.util.Map<String, vn.atr.domain.Measure> measures, List<Choice> partners) {

    public static final ReferenceChoices EMPTY = new ReferenceChoices(List.of(), List.of(), List.of(), List.of(),
            null, java.util.Map.of(), List.of());

    /** Lists without the organisations as partners (tests of the other lists). */
    public ReferenceChoices(List<Choice> activityTypes, List<Choice> units, List<String> organisations,
                            List<Choice> provinces, String installationUnit,
                            java.util.Map<String, vn.atr.domain.Measure> measures) {
        this(activityTypes, units, organisations, provinces, installationUnit, measures, List.of());
    }

    /** Reads the lists (call it in a task: it touches the store). */
    public static ReferenceChoices read(ReferenceService reference) {
        boolean english = "en".equals(Messages.locale().getLanguage());
        List<Choice> types = reference.activityTypes().stream().filter(ActivityType::active)
                .map(t -> new Choice(t.code(), english && t.nameEn() != null ? t.nameEn() : t.nameVi())).toList();
        List<Choice> units = reference.entryUnits().stream().map(ReferenceChoices::unitChoice).toList();
        List<String> orgs = reference.organisations().stream().filter(Organisation::active).map(Organisation::name)
                .toList();
        List<Choice> provinces = reference.units().stream().filter(u -> u.level() == vn.atr.domain.UnitLevel.PROVINCE)
                .map(u -> new Choice(u.code(), u.name())).toList();
        java.util.Map<String, vn.atr.domain.Measure> measures = new java.util.HashMap<>();
        reference.activityTypes().forEach(t -> measures.put(t.code(), t.measure()));
        List<Choice> partners = reference.organisations().stream().filter(Organisation::active)
                .map(o -> new Choice(o.code(), o.name())).toList();
        return new ReferenceChoices(types, units, orgs, provinces, reference.defaultEntryUnit(),
                java.util.Map.copyOf(measures), partners);
    }

    /** A retired unit says until when it existed (old records still use the pre-2025 districts). */
    public static Choice unitChoice(AdminUnit u) {
        String label = u.validTo() == null ? u.name()
                : Messages.get("unit.retired", u.name(), VnFormats.date(u.validTo()));
        return new Choice(u.code(), label);
    }

    /**
     * Whether the activity type counts {@code participants} (sessions) or else a quantity: the list leaves the
     * other column's 0 blank, as the report prints "-" there. An unknown type counts both.
     */
    public boolean counts(String typeCode, boolean participants) {
        vn.atr.domain.Measure m = measures.get(typeCode);
        return m == null || (m == vn.atr.domain.Measure.SESSIONS) == participants;
    }

    public Optional<Choice> type(String code) {
        return activityTypes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Choice> unit(String code) {
        return units.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
