package vn.atr.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.store.AdminUnitRepository;

/**
 * The record rules that need the store: a record's unit must exist on the record's date
 * ({@link vn.atr.domain.AdminUnit#problemOn}). Services check them with the domain's own rules and refuse
 * with every problem at once, so the form, the workbook and the command line give the same words.
 */
public final class UnitDates {
    private final AdminUnitRepository units;

    public UnitDates(AdminUnitRepository units) {
        this.units = units;
    }

    /** The problem of {@code unitCode} on {@code day}, if any (an unknown unit is the store's foreign key to refuse). */
    public List<Violation> problems(String unitCode, LocalDate day) {
        if (unitCode == null || day == null) {
            return List.of();
        }
        return units.find(unitCode).flatMap(u -> u.problemOn("unitCode", day)).stream().toList();
    }

    /** Refuses the record with the domain's violations and the unit's, all at once. */
    void require(List<Violation> domain, String unitCode, LocalDate day) {
        List<Violation> all = new ArrayList<>(domain);
        all.addAll(problems(unitCode, day));
        ValidationException.throwIfAny(all);
    }
}
