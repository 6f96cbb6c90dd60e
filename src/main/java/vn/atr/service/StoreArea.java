package vn.atr.service;

import java.util.Optional;
import java.util.Set;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.Violation;
import vn.atr.store.AdminUnitRepository;

/**
 * The units a store's records may be filed under: the province (or centrally run city) of the store's own unit
 * and every unit within it, dissolved ones included (a ward formed in 2025 keeps its early-2025 records under the
 * old district). A pick of another province in a list would otherwise count in a report headed "Toàn địa bàn
 * Hải Phòng". The rule is for records entered here; a package's units are its sender's approval
 * ({@code SenderCheck}: a ward's unit, or every unit for a province sending to the national store).
 */
public record StoreArea(AdminUnit top, Set<String> codes) {

    /** The area of the store whose own unit is {@code ownUnit}; empty when it is not set or not known. */
    public static Optional<StoreArea> of(AdminUnitRepository units, String ownUnit) {
        if (ownUnit == null || ownUnit.isBlank()) {
            return Optional.empty();
        }
        Optional<AdminUnit> unit = units.find(ownUnit);
        for (int depth = 0; unit.isPresent() && unit.get().parentCode() != null && depth < 10; depth++) {
            Optional<AdminUnit> parent = units.find(unit.get().parentCode());
            if (parent.isEmpty()) {
                break;
            }
            unit = parent;
        }
        return unit.map(top -> new StoreArea(top, Set.copyOf(units.codesWithin(top.code()))));
    }

    public static Optional<StoreArea> of(Repositories repos) {
        return of(repos.units(), repos.settings().agency().installationUnitCode());
    }

    public boolean holds(String code) {
        return codes.contains(code);
    }

    /** Why {@code unit} cannot hold this store's records, or nothing when it can. */
    public Optional<Violation> problem(String field, AdminUnit unit) {
        return holds(unit.code()) ? Optional.empty()
                : Optional.of(new Violation(field, "validation.unitOutsideArea", unit.name(), unit.code(), top.name()));
    }
}
