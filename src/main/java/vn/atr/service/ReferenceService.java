package vn.atr.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ActivityType;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Organisation;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ValidationException;
import vn.atr.store.Database;

/** Reference lists (units, activity types, organisations) and the installation's agency settings. */
public final class ReferenceService {
    /** Set when someone has answered the first-run questions (the shipped defaults are only a guess). */
    static final String CONFIRMED = "installation.confirmed";
    static final String UNIT_SETTING = "installation.unit";

    private final Database db;
    private final Repositories repos;

    private final Supplier<Session> session;

    ReferenceService(Database db, Repositories repos, Supplier<Session> session) {
        this.db = db;
        this.session = session;
        this.repos = repos;
    }

    public List<AdminUnit> units() {
        return repos.units().listAll();
    }

    /**
     * The units a record of this store may be filed under ({@link StoreArea}): the province of the store's own
     * unit and the units within it.
     */
    public List<AdminUnit> entryUnits() {
        Optional<StoreArea> area = StoreArea.of(repos);
        List<AdminUnit> inArea = area.map(a -> units().stream().filter(u -> a.holds(u.code())).toList())
                .orElseGet(this::units);
        // a commune officer's records are their unit's (and any below it): the others would be refused at saving
        Session s = session.get();
        return s.restrictedUnit().isEmpty() ? inArea : inArea.stream().filter(u -> s.mayTouchUnit(u.code())).toList();
    }

    /**
     * The unit a new record starts in: a commune officer's own unit, else the unit this store serves (the
     * agency's), which a commune officer may not use.
     */
    public String defaultEntryUnit() {
        return session.get().restrictedUnit().orElseGet(() -> agency().installationUnitCode());
    }

    /** Every unit's name by its code, for lists that show records of many units. */
    public java.util.Map<String, String> unitNames() {
        return units().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(AdminUnit::code,
                AdminUnit::name, (a, b) -> a));
    }

    /** The kinds a unit's name starts with, as folded ("phuong hong an" is "hong an" of kind "phuong"). */
    private static final String UNIT_KIND =
            "^(phuong|xa|dac khu|thi tran|thi xa|quan|huyen|thanh pho|tinh) ";

    /**
     * The code of the unit {@code typed} names: a code as it is, else a name with or without its marks, capitals
     * or kind ("Hồng An", "phuong hong an" for "Phường Hồng An"). A name several units bear is refused naming
     * them with their codes; a name none bears is given back as typed, for the caller's own refusal of the code.
     */
    public String unitCode(String typed) {
        if (typed == null || typed.isBlank() || repos.units().find(typed.strip()).isPresent()) {
            return typed == null ? null : typed.strip();
        }
        String wanted = vn.atr.domain.Text.fold(typed.strip()).replaceAll("\\s+", " ");
        // the whole name, or the name after its kind: "hong" is not "Xã Thượng Hồng"
        List<AdminUnit> named = units().stream().filter(u -> {
            String name = vn.atr.domain.Text.fold(u.name()).replaceAll("\\s+", " ");
            return name.equals(wanted) || name.replaceFirst(UNIT_KIND, "").equals(wanted);
        }).toList();
        if (named.size() > 1) {
            throw new vn.atr.service.ServiceException(vn.atr.domain.Messages.get("store.unitAmbiguous", typed.strip(),
                    named.stream().map(u -> u.name() + " (" + u.code() + ")").collect(java.util.stream.Collectors.joining(", "))));
        }
        if (named.isEmpty() && typed.chars().anyMatch(Character::isLetter)) {
            // a name no unit bears ("Lê"): the units whose names hold it, rather than "no unit with the code Lê"
            List<String> near = units().stream()
                    .filter(u -> (" " + vn.atr.domain.Text.fold(u.name()).replaceAll("\\s+", " ") + " ")
                            .contains(" " + wanted))
                    .limit(6).map(u -> u.name() + " (" + u.code() + ")").toList();
            throw new vn.atr.service.ServiceException(near.isEmpty()
                    ? vn.atr.domain.Messages.get("store.unitNameUnknown", typed.strip())
                    : vn.atr.domain.Messages.get("store.unitNameNear", typed.strip(), String.join(", ", near)));
        }
        return named.isEmpty() ? typed.strip() : named.get(0).code();
    }

    /** The unit {@code code} and the units within it (a district and its communes), as a unit's extract counts. */
    public java.util.Set<String> codesWithin(String code) {
        return java.util.Set.copyOf(repos.units().codesWithin(code));
    }

    public Optional<AdminUnit> unit(String code) {
        return code == null ? Optional.empty() : repos.units().find(code);
    }

    public List<ActivityType> activityTypes() {
        return repos.reference().activityTypes();
    }

    public List<Organisation> organisations() {
        return repos.reference().organisations();
    }

    public AgencySettings agency() {
        return repos.settings().agency();
    }

    /** True once someone has confirmed the agency and unit of this installation (the first-run questions). */
    public boolean isConfigured() {
        return repos.settings().get(CONFIRMED).isPresent();
    }

    /** Reference changes are audited like record changes: units decide what commune staff may touch. */
    public void saveAgency(AgencySettings settings) {
        Session s = session.get();
        s.require(Permission.REFERENCE_ADMIN);
        ValidationException.throwIfAny(RecordValidator.validate(settings));
        db.runInTransaction(() -> {
            repos.settings().saveAgency(settings);
            repos.settings().put(CONFIRMED, java.time.Instant.now().toString());
            db.audit().append(s.userName(), "reference.agency", "settings", null, null, null, null);
        });
    }

    public void saveUnit(AdminUnit unit) {
        Session s = session.get();
        s.require(Permission.REFERENCE_ADMIN);
        ValidationException.throwIfAny(RecordValidator.validate(unit));
        db.runInTransaction(() -> {
            repos.units().save(unit);
            db.audit().append(s.userName(), "reference.unit", "admin_unit", unit.code(), null, null, unit.name());
        });
    }

    public void saveOrganisation(Organisation organisation) {
        Session s = session.get();
        s.require(Permission.REFERENCE_ADMIN);
        ValidationException.throwIfAny(RecordValidator.validate(organisation));
        db.runInTransaction(() -> {
            repos.reference().saveOrganisation(organisation);
            db.audit().append(s.userName(), "reference.organisation", "organisation", organisation.code(), null, null,
                    null);
        });
    }
}
